-- Reads of a WBP's personal data beyond the basic view (UU 27/2022): who, when, which WBP, why and
-- which part, written by the platform's AccessLog and queried by the auditors (issue 21 point 6).
CREATE TABLE access_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id uuid        NOT NULL,
    actor     text        NOT NULL,
    agency    text,
    unit      text,
    purpose   text,
    record    text        NOT NULL,
    at        timestamptz NOT NULL
);
CREATE INDEX access_log_inmate ON access_log (inmate_id, at DESC);
CREATE INDEX access_log_actor ON access_log (actor, at DESC);
CREATE INDEX access_log_at ON access_log (at DESC);
