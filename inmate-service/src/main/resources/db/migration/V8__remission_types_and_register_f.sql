-- Issue 20 point 4: remissions have a type and a decree date; Register F records disciplinary sanctions.

ALTER TABLE remission
    ADD COLUMN type        text CHECK (type IN ('GENERAL', 'SPECIAL', 'ADDITIONAL', 'DASAWARSA', 'HUMANITARIAN')),
    ADD COLUMN ground      text CHECK (ground IN ('SERVICE_TO_STATE', 'PEMUKA', 'SHORT_SENTENCE', 'AGE_OVER_70', 'LONG_ILLNESS')),
    ADD COLUMN decree_date date;

-- Rows recorded before V8 had no type. A remission granted on 17 August is the general remission (remisi umum,
-- Keppres 174/1999 Pasal 2); any other row keeps no type rather than a guessed one, and no row gets a decree
-- date it never had. New rows always have both (the API requires them).
UPDATE remission SET type = 'GENERAL'
 WHERE extract(month FROM granted_on) = 8 AND extract(day FROM granted_on) = 17;

CREATE INDEX remission_inmate_type ON remission (inmate_id, type, granted_on);

-- Register F: breaches of the facility's rules and the disciplinary sanctions imposed for them. Entries are
-- annulled, never deleted; only entries not annulled count against remission.
CREATE TABLE disciplinary_entry (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id        uuid        NOT NULL REFERENCES inmate (id),
    violation        text        NOT NULL,
    decision_number  text        NOT NULL,
    decision_date    date        NOT NULL,
    sanction         text        NOT NULL,
    sanction_start   date        NOT NULL,
    sanction_end     date        NOT NULL,
    recorded_by      text        NOT NULL,
    recorded_at      timestamptz NOT NULL,
    annulled_at      timestamptz,
    annulled_by      text,
    annulment_reason text,
    CHECK (sanction_end >= sanction_start),
    CHECK ((annulled_at IS NULL) = (annulled_by IS NULL))
);

CREATE INDEX disciplinary_entry_inmate ON disciplinary_entry (inmate_id, sanction_start);
