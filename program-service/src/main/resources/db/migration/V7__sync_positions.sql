-- Sync (docs/decisions/0022-sync-by-change-position.md). Every listed table gets:
--   change_position: the id of the transaction that last wrote the row, set by a trigger on every
--     INSERT and UPDATE (whatever wrote it: Hibernate, a bulk update, a migration). ?sort=changes reads rows
--     in (change_position, id) order, only below the oldest transaction still running, so a row
--     whose transaction commits late is read later, never skipped. Rows written before this
--     migration are at position 0, in id order.
--   updated_at where the table had none: when the row last changed (?updatedSince=, ?sort=updatedAt),
--     kept by a trigger, backfilled from the row's own time.
-- ADD COLUMN with a constant default rewrites no rows.

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


ALTER TABLE programme ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX programme_change_position ON programme (change_position, id);
CREATE INDEX programme_updated_at ON programme (updated_at, id);
CREATE TRIGGER programme_change_position BEFORE INSERT OR UPDATE ON programme
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE programme_session ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE programme_session ADD COLUMN updated_at timestamptz;
UPDATE programme_session SET updated_at = created_at;
ALTER TABLE programme_session ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX programme_session_change_position ON programme_session (change_position, id);
CREATE INDEX programme_session_updated_at ON programme_session (updated_at, id);
CREATE TRIGGER programme_session_change_position BEFORE INSERT OR UPDATE ON programme_session
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER programme_session_updated_at BEFORE INSERT OR UPDATE ON programme_session
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE enrolment ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE enrolment ADD COLUMN updated_at timestamptz;
UPDATE enrolment SET updated_at = changed_at;
ALTER TABLE enrolment ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX enrolment_change_position ON enrolment (change_position, id);
CREATE INDEX enrolment_updated_at ON enrolment (updated_at, id);
CREATE TRIGGER enrolment_change_position BEFORE INSERT OR UPDATE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER enrolment_updated_at BEFORE INSERT OR UPDATE ON enrolment
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE attendance ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE attendance ADD COLUMN updated_at timestamptz;
UPDATE attendance SET updated_at = recorded_at;
ALTER TABLE attendance ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX attendance_change_position ON attendance (change_position, id);
CREATE INDEX attendance_updated_at ON attendance (updated_at, id);
CREATE TRIGGER attendance_change_position BEFORE INSERT OR UPDATE ON attendance
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER attendance_updated_at BEFORE INSERT OR UPDATE ON attendance
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE enrolment_review ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE enrolment_review ADD COLUMN updated_at timestamptz;
UPDATE enrolment_review SET updated_at = coalesce(acknowledged_at, raised_at);
ALTER TABLE enrolment_review ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX enrolment_review_change_position ON enrolment_review (change_position, id);
CREATE INDEX enrolment_review_updated_at ON enrolment_review (updated_at, id);
CREATE TRIGGER enrolment_review_change_position BEFORE INSERT OR UPDATE ON enrolment_review
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER enrolment_review_updated_at BEFORE INSERT OR UPDATE ON enrolment_review
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

-- A session had no version: it gets one for its ETag, so a client that keeps a copy can ask
-- whether it changed (If-None-Match).
ALTER TABLE programme_session ADD COLUMN version bigint NOT NULL DEFAULT 0;
