-- Sync (docs/decisions/0022-sync-by-change-position.md). Every listed table gets:
--   change_position: the id of the transaction that last wrote the row, set by a trigger on every
--     INSERT and UPDATE (whatever wrote it: Hibernate, a bulk update, a migration). ?sort=changes reads rows
--     in (change_position, id) order, only below the oldest transaction still running, so a row
--     whose transaction commits late is read later, never skipped. Rows written before this
--     migration are at position 0, in id order.
--   updated_at where the table had none: when the row last changed (?updatedSince=, ?sort=updatedAt),
--     kept by a trigger, backfilled from the row's own time.
-- ADD COLUMN with a constant default rewrites no rows, so this is quick on a large register.

CREATE FUNCTION record_change_position() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_position := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END
$$;

CREATE FUNCTION touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END
$$;

-- inmate: updated_at is the service's own (it says when the record last changed in the register's terms).
ALTER TABLE inmate ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX inmate_change_position ON inmate (change_position, id);
CREATE INDEX inmate_updated_at ON inmate (updated_at, id);
CREATE INDEX inmate_created_at ON inmate (created_at, id);
CREATE TRIGGER inmate_change_position BEFORE INSERT OR UPDATE ON inmate
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE timeline_entry ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE timeline_entry ADD COLUMN updated_at timestamptz;
UPDATE timeline_entry SET updated_at = at;
ALTER TABLE timeline_entry ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX timeline_entry_change_position ON timeline_entry (change_position, id);
CREATE TRIGGER timeline_entry_change_position BEFORE INSERT OR UPDATE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER timeline_entry_updated_at BEFORE INSERT OR UPDATE ON timeline_entry
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE risk_assessment ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE risk_assessment ADD COLUMN updated_at timestamptz;
UPDATE risk_assessment SET updated_at = assessed_at;
ALTER TABLE risk_assessment ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX risk_assessment_change_position ON risk_assessment (change_position, id);
CREATE TRIGGER risk_assessment_change_position BEFORE INSERT OR UPDATE ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER risk_assessment_updated_at BEFORE INSERT OR UPDATE ON risk_assessment
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE re_arrest ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE re_arrest ADD COLUMN updated_at timestamptz;
UPDATE re_arrest SET updated_at = recorded_at;
ALTER TABLE re_arrest ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX re_arrest_change_position ON re_arrest (change_position, id);
CREATE INDEX re_arrest_updated_at ON re_arrest (updated_at, id);
CREATE TRIGGER re_arrest_change_position BEFORE INSERT OR UPDATE ON re_arrest
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER re_arrest_updated_at BEFORE INSERT OR UPDATE ON re_arrest
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE risk_review ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE risk_review ADD COLUMN updated_at timestamptz;
UPDATE risk_review SET updated_at = coalesce(resolved_at, opened_at);
ALTER TABLE risk_review ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX risk_review_change_position ON risk_review (change_position, id);
CREATE INDEX risk_review_updated_at ON risk_review (updated_at, id);
CREATE TRIGGER risk_review_change_position BEFORE INSERT OR UPDATE ON risk_review
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER risk_review_updated_at BEFORE INSERT OR UPDATE ON risk_review
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
