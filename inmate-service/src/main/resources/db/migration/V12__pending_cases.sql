-- Issue 21 point 2: a case pending against a WBP in custody, other than the one they serve: an incident
-- charged by Polres (liaison.incident-changed, action charge, for each perpetrator or suspect; closed with
-- the incident) or a Polres "other case" naming the WBP as suspect (liaison.other-case-changed, OPEN or
-- CLOSED). While one is open, PB and CB are refused (integration condition NO_PENDING_CASE).
--
-- One row per source record and WBP, so replayed events change nothing.

CREATE TABLE pending_case (
    id                   uuid        PRIMARY KEY,
    inmate_id            uuid        NOT NULL REFERENCES inmate (id),
    source               text        NOT NULL CHECK (source IN ('INCIDENT', 'OTHER_CASE')),
    source_id            uuid        NOT NULL,
    police_report_number text,
    article              text,
    polres_unit          text,
    description          text,
    opened_at            timestamptz NOT NULL,
    closed_at            timestamptz,
    outcome              text,
    CONSTRAINT pending_case_once UNIQUE (source, source_id, inmate_id)
);

CREATE INDEX pending_case_open ON pending_case (inmate_id) WHERE closed_at IS NULL;
