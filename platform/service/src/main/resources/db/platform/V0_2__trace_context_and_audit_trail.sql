-- The W3C trace context (traceparent) of the request or event that recorded an outbox row, so the
-- relay can hand it on to Kafka and the consumer continues the same trace. Null for rows written
-- before tracing existed or outside any trace.
ALTER TABLE outbox_event ADD COLUMN trace_parent text;

-- Who changed what: one row per change of an audited entity, written in the transaction of the
-- change. `changes` holds the changed fields as {"field": {"before": …, "after": …}}.
CREATE TABLE audit_entry (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    action      text        NOT NULL,
    operation   text        NOT NULL CHECK (operation IN ('CREATE', 'UPDATE', 'DELETE')),
    entity_type text        NOT NULL,
    entity_id   text        NOT NULL,
    inmate_id   uuid,
    changes     jsonb       NOT NULL,
    request_id  text,
    trace_id    text
);
CREATE INDEX audit_entry_at ON audit_entry (at DESC, id DESC);
CREATE INDEX audit_entry_entity ON audit_entry (entity_type, entity_id, at DESC);
CREATE INDEX audit_entry_inmate ON audit_entry (inmate_id, at DESC) WHERE inmate_id IS NOT NULL;
CREATE INDEX audit_entry_actor ON audit_entry (actor, at DESC);
