-- Issue 21 point 2: Polres's follow-up of a shared incident as a history (one row per step), and
-- "other cases": Polres reports that a WBP in custody is a suspect in another case.

CREATE TABLE incident_follow_up (
    id                   uuid        PRIMARY KEY,
    incident_id          uuid        NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    action               text        NOT NULL,
    state                text        NOT NULL,
    police_report_number text,
    note                 text,
    acted_by             text        NOT NULL,
    acted_at             timestamptz NOT NULL
);
CREATE INDEX incident_follow_up_incident ON incident_follow_up (incident_id, acted_at);

-- Incidents followed up before the history was kept: their last step is all that is known.
INSERT INTO incident_follow_up (id, incident_id, action, state, police_report_number, note, acted_by, acted_at)
SELECT gen_random_uuid(), id,
       CASE state WHEN 'RECEIVED' THEN 'receive' WHEN 'UNDER_INVESTIGATION' THEN 'investigate' ELSE 'charge' END,
       state,
       police_report_number, follow_up_note, followed_up_by, followed_up_at
FROM incident
WHERE followed_up_at IS NOT NULL AND state IN ('RECEIVED', 'UNDER_INVESTIGATION', 'CHARGED');
INSERT INTO incident_follow_up (id, incident_id, action, state, police_report_number, note, acted_by, acted_at)
SELECT gen_random_uuid(), id, 'close', 'CLOSED', police_report_number, closing_reason, closed_by, closed_at
FROM incident
WHERE state = 'CLOSED' AND shared_at IS NOT NULL AND closed_at IS NOT NULL;

CREATE TABLE other_case (
    id                   uuid        PRIMARY KEY,
    facility             text,
    polres_unit          text        NOT NULL,
    inmate_id            uuid        NOT NULL,
    register_number      text        NOT NULL,
    police_report_number text        NOT NULL,
    article              text        NOT NULL,
    description          text        NOT NULL,
    state                text        NOT NULL,
    outcome              text,
    reason               text,
    closed_by            text,
    closed_at            timestamptz,
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL,
    -- One report per WBP and police report number: a second is a duplicate (409).
    CONSTRAINT other_case_inmate_report UNIQUE (inmate_id, police_report_number)
);
CREATE INDEX other_case_list ON other_case (created_at DESC, id);
CREATE INDEX other_case_open ON other_case (inmate_id) WHERE state = 'OPEN';
