-- Escape and recapture (issue 20, point 6). An escape keeps the stay open (status ESCAPED is not
-- one of the two statuses inmate_one_open_stay of V4 treats as closed, so that index needs no change).

-- What tells a person apart and how to reach those close to them: personal data shown in the full
-- record and sent to Polres only in inmate.escaped (see docs/domain-rules.md, "Escape and recapture").
ALTER TABLE people
    ADD COLUMN height_cm            integer CHECK (height_cm BETWEEN 50 AND 250),
    ADD COLUMN build                text,
    ADD COLUMN distinguishing_marks text,
    ADD COLUMN physical_description text,
    ADD COLUMN contacts             jsonb   NOT NULL DEFAULT '[]';

-- One row per escape of a stay; the recapture fills in the rest. The days at large between the two
-- dates (facility calendar) are not served: UU 1/2023 Pasal 63.
CREATE TABLE escape (
    id                    uuid        PRIMARY KEY,
    inmate_id             uuid        NOT NULL REFERENCES inmate (id),
    escaped_at            timestamptz NOT NULL,
    escaped_on            date        NOT NULL,
    place                 text        NOT NULL,
    method                text        NOT NULL,
    noticed_by            text        NOT NULL,
    recorded_by           text        NOT NULL,
    recaptured_at         timestamptz,
    recaptured_on         date,
    recaptured_by         text        CHECK (recaptured_by IN ('POLRES', 'LAPAS', 'OTHER')),
    recapture_place       text,
    recapture_recorded_by text,
    CHECK (recaptured_on IS NULL OR recaptured_on >= escaped_on),
    CHECK ((recaptured_at IS NULL) = (recaptured_on IS NULL) AND (recaptured_at IS NULL) = (recaptured_by IS NULL))
);
CREATE INDEX escape_inmate ON escape (inmate_id, escaped_at);
-- At most one escape under way per stay: a WBP at large cannot escape again.
CREATE UNIQUE INDEX escape_one_ongoing ON escape (inmate_id) WHERE recaptured_on IS NULL;
