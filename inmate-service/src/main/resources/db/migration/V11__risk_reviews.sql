-- Issue 21 point 1: an incident or a joint-operation finding that names a WBP as perpetrator or suspect
-- (liaison.incident-changed, liaison.finding-recorded) opens a risk review for that WBP. Security or the
-- head resolves it with a new risk assessment (through the ordinary assessment, so inmate.risk-changed is
-- published) or with the reason the risk stays as it is, and may add a Register F entry.
--
-- One review per source record and WBP: the first event that names the WBP opens it; replays and the
-- incident's later transitions find it there (ON CONFLICT DO NOTHING on risk_review_once).

CREATE TABLE risk_review (
    id                    uuid        PRIMARY KEY,
    inmate_id             uuid        NOT NULL REFERENCES inmate (id),
    source                text        NOT NULL CHECK (source IN ('INCIDENT', 'FINDING')),
    source_id             uuid        NOT NULL,
    summary               text        NOT NULL,
    opened_at             timestamptz NOT NULL,
    resolved_at           timestamptz,
    resolved_by           text,
    outcome               text        CHECK (outcome IN ('ASSESSED', 'UNCHANGED')),
    risk_level            text        CHECK (risk_level IN ('LOW', 'MEDIUM', 'HIGH')),
    reason                text,
    risk_assessment_id    bigint      REFERENCES risk_assessment (id),
    disciplinary_entry_id bigint      REFERENCES disciplinary_entry (id),
    version               bigint      NOT NULL DEFAULT 0,
    CONSTRAINT risk_review_once UNIQUE (source, source_id, inmate_id),
    CHECK ((resolved_at IS NULL) = (outcome IS NULL)),
    CHECK ((resolved_at IS NULL) = (resolved_by IS NULL)),
    CHECK (outcome IS DISTINCT FROM 'ASSESSED' OR (risk_level IS NOT NULL AND risk_assessment_id IS NOT NULL))
);

CREATE INDEX risk_review_pending ON risk_review (opened_at, id) WHERE resolved_at IS NULL;
CREATE INDEX risk_review_inmate ON risk_review (inmate_id, opened_at);
