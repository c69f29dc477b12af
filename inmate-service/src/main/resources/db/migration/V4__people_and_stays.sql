-- People and stays (issue 20, point 1). A person (identity, NIK, aliases) can come back: each
-- admission is a stay, and the existing `inmate` row IS the stay. Its id stays the id of every
-- endpoint and event, so nothing outside this service has to change. The identity moves to `people`.

CREATE TABLE people (
    id          uuid        PRIMARY KEY,
    nik         text        CHECK (nik ~ '^[0-9]{16}$'),
    full_name   text        NOT NULL,
    aliases     text[]      NOT NULL DEFAULT '{}',
    birth_place text,
    birth_date  date,
    sex         text        NOT NULL,
    nationality text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL DEFAULT 0
);
-- One person per NIK; people without a NIK (foreigners) are matched by the registrar instead.
CREATE UNIQUE INDEX people_nik ON people (nik) WHERE nik IS NOT NULL;

-- One person per existing WBP: NIK was unique on `inmate`, so no two rows can name the same person
-- by NIK, and rows without one cannot be matched safely by name.
ALTER TABLE inmate ADD COLUMN person_id uuid;
UPDATE inmate SET person_id = gen_random_uuid();
INSERT INTO people (id, nik, full_name, aliases, birth_place, birth_date, sex, nationality, created_at, updated_at, version)
SELECT person_id, nik, full_name, aliases, birth_place, birth_date, sex, nationality, created_at, updated_at, 0
FROM inmate;

ALTER TABLE inmate ALTER COLUMN person_id SET NOT NULL;
ALTER TABLE inmate ADD CONSTRAINT inmate_person_fk FOREIGN KEY (person_id) REFERENCES people (id);
-- The stays of a person, oldest first: earlier stays of a record, recidivism at admission.
CREATE INDEX inmate_person ON inmate (person_id, admitted_on);

-- Whether the person had served an earlier conviction here when this stay began (see
-- docs/domain-rules.md, "People and stays"); every existing stay is its person's only one.
ALTER TABLE inmate ADD COLUMN recidivist boolean NOT NULL DEFAULT false;

-- Identity now lives on the person. search_name stays: it is the stay's search text (name and
-- aliases of its person, kept in step by the service), from which name_words and the word index
-- of V2 are built per register number. Dropping nik drops its UNIQUE constraint and CHECK.
ALTER TABLE inmate
    DROP COLUMN full_name,
    DROP COLUMN aliases,
    DROP COLUMN nik,
    DROP COLUMN birth_place,
    DROP COLUMN birth_date,
    DROP COLUMN sex,
    DROP COLUMN nationality;

-- At most one open stay per person: open is every status but the two that end a stay here,
-- RELEASED and TRANSFERRED (statuses added later, such as an escape, keep the stay open).
CREATE UNIQUE INDEX inmate_one_open_stay ON inmate (person_id) WHERE status NOT IN ('RELEASED', 'TRANSFERRED');
