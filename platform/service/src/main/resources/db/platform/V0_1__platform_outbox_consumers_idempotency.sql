-- Platform tables, the same in every service's database. Platform migrations are versioned 0.x
-- and the service's own 1.x and up; the two sequences share one history (out-of-order on).

-- Events waiting to be published, written in the same transaction as the change they describe.
CREATE TABLE outbox_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid        NOT NULL UNIQUE,
    event_type   text        NOT NULL,
    aggregate_id text        NOT NULL,
    payload      jsonb       NOT NULL,
    occurred_at  timestamptz NOT NULL,
    published_at timestamptz
);
CREATE INDEX outbox_event_unpublished ON outbox_event (id) WHERE published_at IS NULL;
CREATE INDEX outbox_event_published ON outbox_event (published_at) WHERE published_at IS NOT NULL;

-- Wakes the relay as soon as a transaction that wrote events commits (NOTIFY is transactional),
-- on whichever replica holds the relay's lock.
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('sinergi_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_notify AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Events a consumer has applied: written with the effect, so a redelivery changes nothing.
CREATE TABLE processed_event (
    consumer     text        NOT NULL,
    event_id     uuid        NOT NULL,
    event_type   text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
CREATE INDEX processed_event_age ON processed_event (processed_at);

-- First answers to writes made with an Idempotency-Key, replayed to retries.
CREATE TABLE idempotency_key (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    request_hash    text        NOT NULL,
    status          int         NOT NULL,
    headers         jsonb       NOT NULL,
    body            text,
    created_at      timestamptz NOT NULL DEFAULT now(),
    expires_at      timestamptz NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX idempotency_key_expiry ON idempotency_key (expires_at);
