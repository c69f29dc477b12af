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


ALTER TABLE incident ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX incident_change_position ON incident (change_position, id);
CREATE INDEX incident_updated_at ON incident (updated_at, id);
CREATE TRIGGER incident_change_position BEFORE INSERT OR UPDATE ON incident
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE agreement ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX agreement_change_position ON agreement (change_position, id);
CREATE INDEX agreement_updated_at ON agreement (updated_at, id);
CREATE TRIGGER agreement_change_position BEFORE INSERT OR UPDATE ON agreement
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE meeting ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX meeting_change_position ON meeting (change_position, id);
CREATE INDEX meeting_updated_at ON meeting (updated_at, id);
CREATE TRIGGER meeting_change_position BEFORE INSERT OR UPDATE ON meeting
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE action_item ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX action_item_change_position ON action_item (change_position, id);
CREATE INDEX action_item_updated_at ON action_item (updated_at, id);
CREATE TRIGGER action_item_change_position BEFORE INSERT OR UPDATE ON action_item
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE joint_operation ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX joint_operation_change_position ON joint_operation (change_position, id);
CREATE INDEX joint_operation_updated_at ON joint_operation (updated_at, id);
CREATE TRIGGER joint_operation_change_position BEFORE INSERT OR UPDATE ON joint_operation
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE other_case ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
CREATE INDEX other_case_change_position ON other_case (change_position, id);
CREATE INDEX other_case_updated_at ON other_case (updated_at, id);
CREATE TRIGGER other_case_change_position BEFORE INSERT OR UPDATE ON other_case
    FOR EACH ROW EXECUTE FUNCTION record_change_position();

ALTER TABLE notification ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE notification ADD COLUMN updated_at timestamptz;
UPDATE notification SET updated_at = issued_at;
ALTER TABLE notification ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX notification_change_position ON notification (change_position, id);
CREATE INDEX notification_updated_at ON notification (updated_at, id);
CREATE TRIGGER notification_change_position BEFORE INSERT OR UPDATE ON notification
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER notification_updated_at BEFORE INSERT OR UPDATE ON notification
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE info_request ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE info_request ADD COLUMN updated_at timestamptz;
UPDATE info_request SET updated_at = coalesce(decided_at, submitted_at);
ALTER TABLE info_request ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX info_request_change_position ON info_request (change_position, id);
CREATE INDEX info_request_updated_at ON info_request (updated_at, id);
CREATE TRIGGER info_request_change_position BEFORE INSERT OR UPDATE ON info_request
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER info_request_updated_at BEFORE INSERT OR UPDATE ON info_request
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE police_loan ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE police_loan ADD COLUMN updated_at timestamptz;
UPDATE police_loan SET updated_at = requested_at;
ALTER TABLE police_loan ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX police_loan_change_position ON police_loan (change_position, id);
CREATE INDEX police_loan_updated_at ON police_loan (updated_at, id);
CREATE TRIGGER police_loan_change_position BEFORE INSERT OR UPDATE ON police_loan
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER police_loan_updated_at BEFORE INSERT OR UPDATE ON police_loan
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE detention_request ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE detention_request ADD COLUMN updated_at timestamptz;
UPDATE detention_request SET updated_at = coalesce(decided_at, submitted_at);
ALTER TABLE detention_request ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX detention_request_change_position ON detention_request (change_position, id);
CREATE INDEX detention_request_updated_at ON detention_request (updated_at, id);
CREATE TRIGGER detention_request_change_position BEFORE INSERT OR UPDATE ON detention_request
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER detention_request_updated_at BEFORE INSERT OR UPDATE ON detention_request
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE wbp_release ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE wbp_release ADD COLUMN updated_at timestamptz;
UPDATE wbp_release SET updated_at = recorded_at;
ALTER TABLE wbp_release ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX wbp_release_change_position ON wbp_release (change_position, inmate_id);
CREATE INDEX wbp_release_updated_at ON wbp_release (updated_at, inmate_id);
CREATE TRIGGER wbp_release_change_position BEFORE INSERT OR UPDATE ON wbp_release
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER wbp_release_updated_at BEFORE INSERT OR UPDATE ON wbp_release
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE admission ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE admission ADD COLUMN updated_at timestamptz;
UPDATE admission SET updated_at = recorded_at;
ALTER TABLE admission ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX admission_change_position ON admission (change_position, inmate_id);
CREATE INDEX admission_updated_at ON admission (updated_at, inmate_id);
CREATE TRIGGER admission_change_position BEFORE INSERT OR UPDATE ON admission
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER admission_updated_at BEFORE INSERT OR UPDATE ON admission
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE integration_start ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE integration_start ADD COLUMN updated_at timestamptz;
UPDATE integration_start SET updated_at = recorded_at;
ALTER TABLE integration_start ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX integration_start_change_position ON integration_start (change_position, id);
CREATE INDEX integration_start_updated_at ON integration_start (updated_at, id);
CREATE TRIGGER integration_start_change_position BEFORE INSERT OR UPDATE ON integration_start
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER integration_start_updated_at BEFORE INSERT OR UPDATE ON integration_start
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE programme_activity ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE programme_activity ADD COLUMN updated_at timestamptz;
UPDATE programme_activity SET updated_at = recorded_at;
ALTER TABLE programme_activity ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX programme_activity_change_position ON programme_activity (change_position, id);
CREATE INDEX programme_activity_updated_at ON programme_activity (updated_at, id);
CREATE TRIGGER programme_activity_change_position BEFORE INSERT OR UPDATE ON programme_activity
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER programme_activity_updated_at BEFORE INSERT OR UPDATE ON programme_activity
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE webhook_subscription ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE webhook_subscription ADD COLUMN updated_at timestamptz;
UPDATE webhook_subscription SET updated_at = changed_at;
ALTER TABLE webhook_subscription ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX webhook_subscription_change_position ON webhook_subscription (change_position, id);
CREATE INDEX webhook_subscription_updated_at ON webhook_subscription (updated_at, id);
CREATE TRIGGER webhook_subscription_change_position BEFORE INSERT OR UPDATE ON webhook_subscription
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER webhook_subscription_updated_at BEFORE INSERT OR UPDATE ON webhook_subscription
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

ALTER TABLE webhook_delivery ADD COLUMN change_position bigint NOT NULL DEFAULT 0;
ALTER TABLE webhook_delivery ADD COLUMN updated_at timestamptz;
UPDATE webhook_delivery SET updated_at = coalesce(last_attempt_at, created_at);
ALTER TABLE webhook_delivery ALTER COLUMN updated_at SET NOT NULL;
CREATE INDEX webhook_delivery_change_position ON webhook_delivery (change_position, seq);
CREATE INDEX webhook_delivery_updated_at ON webhook_delivery (updated_at, seq);
CREATE TRIGGER webhook_delivery_change_position BEFORE INSERT OR UPDATE ON webhook_delivery
    FOR EACH ROW EXECUTE FUNCTION record_change_position();
CREATE TRIGGER webhook_delivery_updated_at BEFORE INSERT OR UPDATE ON webhook_delivery
    FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
