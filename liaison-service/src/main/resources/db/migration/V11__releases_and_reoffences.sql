-- Releases and re-offences (issue 21, point 4): the cohort of each month's releases, with what was
-- known of the person at release, and the re-arrests and readmissions that followed, linked to the
-- release (the stay) they followed. Once per release of a stay, once per re-arrest or readmission.
CREATE TABLE wbp_release (
    inmate_id            uuid PRIMARY KEY,
    person_id            uuid,
    register_number      text        NOT NULL,
    facility             text,
    polres_unit          text        NOT NULL,
    released_on          date        NOT NULL,
    reason               text        NOT NULL,
    offence_categories   text[]      NOT NULL,
    risk_level           text        NOT NULL,
    programme_completed  boolean     NOT NULL,
    programme_categories text[]      NOT NULL,
    recorded_at          timestamptz NOT NULL
);
CREATE INDEX wbp_release_released_on ON wbp_release (released_on);

CREATE TABLE reoffence (
    id                   uuid PRIMARY KEY,
    kind                 text        NOT NULL,
    source_id            uuid        NOT NULL,
    release_inmate_id    uuid        NOT NULL,
    person_id            uuid,
    released_on          date        NOT NULL,
    occurred_on          date        NOT NULL,
    months_after_release integer     NOT NULL,
    police_report_number text,
    polres_unit          text,
    recorded_at          timestamptz NOT NULL,
    CONSTRAINT reoffence_once UNIQUE (kind, source_id)
);
CREATE INDEX reoffence_release ON reoffence (release_inmate_id, months_after_release);
