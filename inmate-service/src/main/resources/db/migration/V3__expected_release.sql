-- The expected release as a column of its own: an index on the expression coalesce(expires_on,
-- detention_ends_on) cannot answer an index-only scan, so counting a release window read every
-- matching row (18 ms for a month of a million-WBP register); this index counts it from the index.
ALTER TABLE inmate ADD COLUMN expected_release date
    GENERATED ALWAYS AS (coalesce(expires_on, detention_ends_on)) STORED;
CREATE INDEX inmate_release_window ON inmate (expected_release, status);
DROP INDEX inmate_expected_release;
