-- The population at a date read without sorting the region's whole history: each snapshot row knows
-- until when it held (the time of the WBP's next snapshot), so "the snapshot of a WBP at date D" is
-- the row with valid_from < D <= valid_to (or no valid_to yet). Measured on a region of 15 facilities
-- x 20,000 WBP, the per-WBP DISTINCT ON over the history took 0.5 s per count and the region's
-- monthly report ran out of its transaction's time (deploy/bench/results/region-2026-12-06.md).
ALTER TABLE inmate_history ADD COLUMN valid_to timestamptz;

UPDATE inmate_history h SET valid_to = next.valid_from
FROM (SELECT inmate_id, snapshot_version,
             lead(valid_from) OVER (PARTITION BY inmate_id ORDER BY snapshot_version) AS valid_from
      FROM inmate_history) next
WHERE next.inmate_id = h.inmate_id AND next.snapshot_version = h.snapshot_version AND next.valid_from IS NOT NULL;

CREATE INDEX inmate_history_facility_period ON inmate_history (facility, valid_from, valid_to);
