-- Issue 20 point 3: sentences as courts pass them. Every sentence recorded before kinds existed was a
-- term of imprisonment; it stays so. Detainees (no sentence) have no kind.
ALTER TABLE inmate ADD COLUMN sentence_kind text
    CHECK (sentence_kind IN ('IMPRISONMENT', 'LIFE', 'DEATH', 'CONFINEMENT', 'FINE'));
UPDATE inmate SET sentence_kind = 'IMPRISONMENT' WHERE sentence_start IS NOT NULL;
-- Substitute custody (subsider) may be given in months as well as days.
ALTER TABLE inmate ADD COLUMN fine_substitute_months integer CHECK (fine_substitute_months >= 0);
-- The fine's payment: once recorded, the substitute custody no longer counts toward the expiry.
ALTER TABLE inmate ADD COLUMN fine_paid_receipt text;
ALTER TABLE inmate ADD COLUMN fine_paid_on date;
ALTER TABLE inmate ADD COLUMN fine_paid_amount numeric(18, 2);
-- A decree that changed a life or death sentence.
ALTER TABLE inmate ADD COLUMN commutation_decree text;
ALTER TABLE inmate ADD COLUMN commuted_on date;
ALTER TABLE inmate ADD COLUMN commuted_from text
    CHECK (commuted_from IN ('IMPRISONMENT', 'LIFE', 'DEATH', 'CONFINEMENT', 'FINE'));
-- The expiry now includes the substitute custody of a fine not recorded as paid (no payment was recorded
-- before this version), so the stored expiry of such a sentence moves by it, as recomputing it would.
UPDATE inmate SET expires_on = expires_on + fine_substitute_days
    WHERE expires_on IS NOT NULL AND fine_amount > 0 AND fine_substitute_days > 0;
