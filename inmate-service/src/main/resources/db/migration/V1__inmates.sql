-- The register of inmates (WBP).
CREATE TABLE inmate (
    id              uuid        PRIMARY KEY,
    register_number text        NOT NULL UNIQUE,
    register_class  text        NOT NULL,
    full_name       text        NOT NULL,
    nik             text        UNIQUE CHECK (nik ~ '^[0-9]{16}$'),
    risk_level      text        NOT NULL,
    status          text        NOT NULL,
    admitted_on     date        NOT NULL,
    created_at      timestamptz NOT NULL,
    version         bigint      NOT NULL
);

-- The last register number given per class and year: numbers have no gaps and no duplicates,
-- because taking one locks the row until the admission commits or rolls back.
CREATE TABLE register_sequence (
    register_class text    NOT NULL,
    year           integer NOT NULL,
    last_value     integer NOT NULL,
    PRIMARY KEY (register_class, year)
);
