-- Issue 22 point 5: webhooks for agency systems that cannot read Kafka. A subscription names the
-- event types an agency wants and where to POST them; each event in the subscriber's scope becomes
-- one delivery row, sent by the dispatcher in the subscription's order and retried until delivered
-- or abandoned at the end of the retention.

CREATE TABLE webhook_subscription (
    id                   uuid        PRIMARY KEY,
    owner_subject        text        NOT NULL,
    owner_role           text        NOT NULL,
    owner_agency         text        NOT NULL,
    owner_unit           text        NOT NULL,
    event_types          text[]      NOT NULL,
    url                  text        NOT NULL,
    -- The signing key (whsec_…): needed in clear to sign every delivery; never answered after creation.
    secret               text        NOT NULL,
    description          text,
    state                text        NOT NULL,
    consecutive_failures int         NOT NULL DEFAULT 0,
    paused_reason        text,
    paused_at            timestamptz,
    created_at           timestamptz NOT NULL,
    changed_by           text        NOT NULL,
    changed_at           timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0
);
CREATE INDEX webhook_subscription_owner ON webhook_subscription (owner_agency, owner_unit);
CREATE INDEX webhook_subscription_live ON webhook_subscription USING gin (event_types) WHERE state <> 'CANCELLED';

-- seq orders a subscription's deliveries as the events were consumed (each topic is keyed by
-- aggregate, so one aggregate's events arrive in order).
CREATE TABLE webhook_delivery (
    seq              bigserial   PRIMARY KEY,
    subscription_id  uuid        NOT NULL REFERENCES webhook_subscription (id),
    event_id         uuid        NOT NULL,
    event_type       text        NOT NULL,
    -- The minimised CloudEvent exactly as it is POSTed: every attempt sends the same bytes.
    body             text        NOT NULL,
    status           text        NOT NULL,
    attempts         int         NOT NULL DEFAULT 0,
    last_status_code int,
    last_error       text,
    created_at       timestamptz NOT NULL,
    next_attempt_at  timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    delivered_at     timestamptz,
    UNIQUE (subscription_id, event_id)
);
CREATE INDEX webhook_delivery_pending ON webhook_delivery (subscription_id, seq) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_due ON webhook_delivery (next_attempt_at) WHERE status IN ('PENDING', 'FAILED');
CREATE INDEX webhook_delivery_subscription ON webhook_delivery (subscription_id, seq DESC);
