-- What program-service knows of inmates, from inmate events: enough to decide eligibility.
CREATE TABLE known_inmate (
    inmate_id       uuid        PRIMARY KEY,
    register_number text        NOT NULL,
    register_class  text        NOT NULL,
    risk_level      text        NOT NULL,
    status          text        NOT NULL,
    updated_at      timestamptz NOT NULL
);
