-- Issue 22 point 4: the Kanwil's monthly report. Every inmate event's snapshot is kept as history
-- (where the WBP was, in which class and status, from when), so the population at any date can be
-- listed; admissions, integrations started and programme activity are recorded as they arrive.

CREATE TABLE inmate_history (
    inmate_id        uuid        NOT NULL,
    snapshot_version bigint      NOT NULL,
    facility         text,
    register_number  text        NOT NULL,
    register_class   text,
    status           text        NOT NULL,
    valid_from       timestamptz NOT NULL,
    PRIMARY KEY (inmate_id, snapshot_version)
);
CREATE INDEX inmate_history_valid_from ON inmate_history (valid_from, inmate_id);

-- What was known before the history was kept: the snapshot held, from when it was taken.
INSERT INTO inmate_history (inmate_id, snapshot_version, facility, register_number, register_class, status, valid_from)
SELECT inmate_id, coalesce(snapshot_version, -1), facility, register_number, register_class, status, updated_at
FROM inmate_snapshot;

-- A stay's admission (inmate.admitted), once per stay.
CREATE TABLE admission (
    inmate_id       uuid        PRIMARY KEY,
    facility        text,
    register_number text        NOT NULL,
    register_class  text,
    admitted_on     date        NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX admission_admitted_on ON admission (admitted_on);

-- The start of an integration (PB, CB, CMB; inmate.integration-started), once per stay, kind and date:
-- a revoked integration and a later one are two.
CREATE TABLE integration_start (
    id              uuid        PRIMARY KEY,
    inmate_id       uuid        NOT NULL,
    facility        text,
    register_number text        NOT NULL,
    register_class  text,
    kind            text        NOT NULL,
    starts_on       date        NOT NULL,
    recorded_at     timestamptz NOT NULL,
    CONSTRAINT integration_start_once UNIQUE (inmate_id, kind, starts_on)
);
CREATE INDEX integration_start_starts_on ON integration_start (starts_on);

-- A programme at work: a roll taken at a session (program.attendance-recorded) or a completion
-- (program.completed), dated and placed in the facility the WBP was in. One row per enrolment and
-- session (an amended roll is the same session), one per completed enrolment.
CREATE TABLE programme_activity (
    id             uuid        PRIMARY KEY,
    kind           text        NOT NULL CHECK (kind IN ('ATTENDANCE', 'COMPLETION')),
    enrolment_id   uuid        NOT NULL,
    session_id     uuid,
    inmate_id      uuid        NOT NULL,
    programme_code text        NOT NULL,
    programme_name text        NOT NULL,
    category       text        NOT NULL,
    facility       text,
    on_date        date        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    CHECK ((kind = 'ATTENDANCE') = (session_id IS NOT NULL))
);
CREATE UNIQUE INDEX programme_activity_session_once ON programme_activity (enrolment_id, session_id) WHERE kind = 'ATTENDANCE';
CREATE UNIQUE INDEX programme_activity_completion_once ON programme_activity (enrolment_id) WHERE kind = 'COMPLETION';
CREATE INDEX programme_activity_on ON programme_activity (on_date, facility);

-- Scope is by facility now that a region has several: records made before facilities were recorded
-- take the facility of their WBP where it is known. What is left without one is seen only across the
-- region (regional auditor, kanwil-officer) and by its Polres unit, never by every facility's staff.
UPDATE notification t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;
UPDATE info_request t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;
UPDATE police_loan t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;
UPDATE detention_request t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;
UPDATE other_case t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;
UPDATE wbp_release t SET facility = s.facility FROM inmate_snapshot s
WHERE t.facility IS NULL AND s.inmate_id = t.inmate_id AND s.facility IS NOT NULL;

-- The report and its lists read notifications by issue date and information requests by submission.
CREATE INDEX notification_issued ON notification (issued_at);
