-- What liaison-service knows of inmates, from inmate events: the basic view that notifications
-- to Polres carry.
CREATE TABLE inmate_snapshot (
    inmate_id       uuid        PRIMARY KEY,
    register_number text        NOT NULL,
    full_name       text        NOT NULL,
    risk_level      text        NOT NULL,
    status          text        NOT NULL,
    updated_at      timestamptz NOT NULL
);
