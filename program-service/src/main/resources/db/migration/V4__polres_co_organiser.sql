-- Integrated pembinaan with Polres (issue 21): a programme may name the Polres unit that co-organises it,
-- a session the unit whose officers facilitate it (null: Lapas staff), and a completion carries who issued
-- the certificate for the Lapas and, once, the co-organising unit's co-signature.
ALTER TABLE programme ADD COLUMN co_organiser_unit text;
CREATE INDEX programme_co_organiser ON programme (co_organiser_unit, starts_on, code) WHERE co_organiser_unit IS NOT NULL;

ALTER TABLE programme_session ADD COLUMN facilitating_unit text;

ALTER TABLE enrolment ADD COLUMN issued_unit text;
ALTER TABLE enrolment ADD COLUMN issued_by text;
ALTER TABLE enrolment ADD COLUMN issued_at timestamptz;
ALTER TABLE enrolment ADD COLUMN co_signed_unit text;
ALTER TABLE enrolment ADD COLUMN co_signed_by text;
ALTER TABLE enrolment ADD COLUMN co_signed_at timestamptz;
ALTER TABLE enrolment ADD CONSTRAINT enrolment_co_signature_whole
    CHECK ((co_signed_unit IS NULL) = (co_signed_by IS NULL) AND (co_signed_by IS NULL) = (co_signed_at IS NULL));

-- Completions before this migration: their issuer is who moved them to COMPLETED (the facility was not kept).
UPDATE enrolment e SET issued_by = t.actor, issued_at = t.at
FROM (SELECT DISTINCT ON (enrolment_id) enrolment_id, actor, at FROM enrolment_transition
      WHERE to_state = 'COMPLETED' ORDER BY enrolment_id, id DESC) t
WHERE t.enrolment_id = e.id AND e.certificate_number IS NOT NULL;
