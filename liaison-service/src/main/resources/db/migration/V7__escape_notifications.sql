-- Escape notifications (issue 20, point 6): an urgent notice to Polres per escape, closed by the
-- recapture. Other notices stay once per WBP, kind, threshold and date; an escape's is once per
-- escape (a WBP may escape twice on one day).
ALTER TABLE notification
    ADD COLUMN escape_id uuid,
    ADD COLUMN escape    jsonb,
    ADD COLUMN closed_at timestamptz;

ALTER TABLE notification DROP CONSTRAINT notification_once;
CREATE UNIQUE INDEX notification_once ON notification (inmate_id, kind, threshold_days, due_on) WHERE escape_id IS NULL;
CREATE UNIQUE INDEX notification_escape_once ON notification (escape_id) WHERE escape_id IS NOT NULL;
