-- Where the WBP is, from inmate.moved (rows written before this migration learn it from their next event).
ALTER TABLE known_inmate ADD COLUMN location text;

-- The catalogue of rehabilitation programmes (pembinaan).
CREATE TABLE programme (
    id                   uuid        PRIMARY KEY,
    code                 text        NOT NULL UNIQUE,
    name                 text        NOT NULL,
    description          text,
    category             text        NOT NULL,
    partner              text,
    capacity             integer     NOT NULL CHECK (capacity > 0),
    starts_on            date        NOT NULL,
    ends_on              date        NOT NULL CHECK (ends_on >= starts_on),
    status               text        NOT NULL,
    status_reason        text,
    eligible_classes     text[]      NOT NULL DEFAULT '{}',
    eligible_risk_levels text[]      NOT NULL DEFAULT '{}',
    certificates_issued  integer     NOT NULL DEFAULT 0,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL
);
CREATE INDEX programme_listing ON programme (status, category, starts_on, code);

CREATE TABLE programme_session (
    id           uuid        PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme (id),
    session_date date        NOT NULL,
    starts_at    time        NOT NULL,
    ends_at      time        NOT NULL CHECK (ends_at > starts_at),
    topic        text        NOT NULL,
    facilitator  text,
    created_at   timestamptz NOT NULL
);
CREATE INDEX programme_session_schedule ON programme_session (programme_id, session_date, starts_at, id);

CREATE TABLE enrolment (
    id                 uuid        PRIMARY KEY,
    programme_id       uuid        NOT NULL REFERENCES programme (id),
    inmate_id          uuid        NOT NULL,
    state              text        NOT NULL,
    reason             text,
    requested_at       timestamptz NOT NULL,
    requested_by       text        NOT NULL,
    activated_at       timestamptz,
    changed_at         timestamptz NOT NULL,
    changed_by         text        NOT NULL,
    sessions_recorded  integer     NOT NULL DEFAULT 0,
    sessions_present   integer     NOT NULL DEFAULT 0 CHECK (sessions_present <= sessions_recorded),
    certificate_number text        UNIQUE,
    completed_on       date,
    final_score        integer     CHECK (final_score BETWEEN 0 AND 100),
    version            bigint      NOT NULL
);
-- A WBP is in a programme at most once at a time (a later enrolment after leaving is fine).
CREATE UNIQUE INDEX enrolment_open_once ON enrolment (programme_id, inmate_id)
    WHERE state IN ('REQUESTED', 'WAITLISTED', 'ACTIVE', 'SUSPENDED');
-- Places taken, the waiting list in order, and a programme's lists.
CREATE INDEX enrolment_programme_state ON enrolment (programme_id, state, requested_at, id);
CREATE INDEX enrolment_inmate ON enrolment (inmate_id, requested_at);

CREATE TABLE enrolment_transition (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    enrolment_id uuid        NOT NULL REFERENCES enrolment (id),
    action       text        NOT NULL,
    from_state   text,
    to_state     text        NOT NULL,
    reason       text,
    actor        text        NOT NULL,
    at           timestamptz NOT NULL
);
CREATE INDEX enrolment_transition_enrolment ON enrolment_transition (enrolment_id, id);

CREATE TABLE assessment (
    id           uuid        PRIMARY KEY,
    enrolment_id uuid        NOT NULL REFERENCES enrolment (id),
    kind         text        NOT NULL,
    score        integer     CHECK (score BETWEEN 0 AND 100),
    notes        text,
    assessed_on  date        NOT NULL,
    assessor     text        NOT NULL,
    recorded_at  timestamptz NOT NULL
);
CREATE INDEX assessment_enrolment ON assessment (enrolment_id, assessed_on, recorded_at);

CREATE TABLE attendance (
    id             uuid        PRIMARY KEY,
    session_id     uuid        NOT NULL REFERENCES programme_session (id),
    enrolment_id   uuid        NOT NULL REFERENCES enrolment (id),
    status         text        NOT NULL,
    absence_reason text,
    note           text,
    recorded_by    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    version        bigint      NOT NULL,
    UNIQUE (session_id, enrolment_id),
    CHECK ((status = 'ABSENT') = (absence_reason IS NOT NULL))
);
CREATE INDEX attendance_enrolment ON attendance (enrolment_id);

CREATE TABLE attendance_amendment (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attendance_id           uuid        NOT NULL REFERENCES attendance (id),
    previous_status         text        NOT NULL,
    previous_absence_reason text,
    previous_note           text,
    previously_recorded_by  text        NOT NULL,
    previously_recorded_at  timestamptz NOT NULL,
    reason                  text        NOT NULL,
    amended_by              text        NOT NULL,
    amended_at              timestamptz NOT NULL
);
CREATE INDEX attendance_amendment_attendance ON attendance_amendment (attendance_id, id);

-- Enrolments put in front of a programme officer by an inmate event (risk raised to HIGH).
CREATE TABLE enrolment_review (
    id                  uuid        PRIMARY KEY,
    enrolment_id        uuid        NOT NULL REFERENCES enrolment (id),
    programme_id        uuid        NOT NULL REFERENCES programme (id),
    inmate_id           uuid        NOT NULL,
    cause               text        NOT NULL,
    previous_risk_level text,
    raised_at           timestamptz NOT NULL,
    source_event_id     uuid        NOT NULL,
    acknowledged_at     timestamptz,
    acknowledged_by     text,
    note                text,
    version             bigint      NOT NULL,
    UNIQUE (enrolment_id, source_event_id)
);
CREATE INDEX enrolment_review_pending ON enrolment_review (raised_at, id) WHERE acknowledged_at IS NULL;
CREATE INDEX enrolment_review_enrolment ON enrolment_review (enrolment_id);
