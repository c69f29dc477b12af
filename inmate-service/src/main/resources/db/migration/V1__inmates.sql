-- The register of inmates (WBP) of the facility.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE inmate (
    id                   uuid          PRIMARY KEY,
    register_number      text          NOT NULL UNIQUE,
    register_class       text          NOT NULL,
    full_name            text          NOT NULL,
    aliases              text[]        NOT NULL DEFAULT '{}',
    nik                  text          UNIQUE CHECK (nik ~ '^[0-9]{16}$'),
    birth_place          text,
    birth_date           date,
    sex                  text          NOT NULL,
    nationality          text          NOT NULL,
    detaining_authority  text,
    detention_ends_on    date,
    sentence_start       date,
    sentence_years       integer,
    sentence_months      integer,
    sentence_days        integer,
    fine_amount          numeric(18, 2),
    fine_substitute_days integer,
    remission_days       integer       NOT NULL DEFAULT 0,
    expires_on           date,
    facility             text          NOT NULL,
    cell_block           text          NOT NULL,
    risk_level           text          NOT NULL,
    status               text          NOT NULL,
    location             text          NOT NULL,
    admitted_on          date          NOT NULL,
    left_on              date,
    release_reason       text,
    transferred_to       text,
    -- Lower-cased name and aliases in one string: what fuzzy name search matches against.
    search_name          text          NOT NULL,
    created_at           timestamptz   NOT NULL,
    updated_at           timestamptz   NOT NULL,
    version              bigint        NOT NULL
);
-- GiST rather than GIN: it also answers "nearest first" (ORDER BY query <<-> search_name LIMIT n)
-- from the index, so the best matches of a common name come without ranking every match.
CREATE INDEX inmate_search_name_trgm ON inmate USING gist (search_name gist_trgm_ops);
CREATE INDEX inmate_expected_release ON inmate ((coalesce(expires_on, detention_ends_on)), status);
CREATE INDEX inmate_expires_on ON inmate (expires_on) WHERE status = 'IN_CUSTODY';
CREATE INDEX inmate_detention_ends_on ON inmate (detention_ends_on) WHERE status = 'IN_CUSTODY';
-- Filters, then register number: a page of a filtered list reads only its rows.
CREATE INDEX inmate_filters ON inmate (status, register_class, risk_level, cell_block, register_number);

-- Typos and partial names should still find a WBP: word similarity of 0.5 between the query and
-- any word run of name or aliases (the default 0.6 misses one-letter typos in short names).
DO $$
BEGIN
    EXECUTE format('ALTER DATABASE %I SET pg_trgm.word_similarity_threshold = 0.5', current_database());
END
$$;

CREATE TABLE offence (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id   uuid    NOT NULL REFERENCES inmate (id),
    position    integer NOT NULL,
    article     text    NOT NULL,
    law         text    NOT NULL,
    description text
);
CREATE INDEX offence_inmate ON offence (inmate_id);

CREATE TABLE risk_assessment (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id      uuid        NOT NULL REFERENCES inmate (id),
    level          text        NOT NULL,
    previous_level text,
    reason         text        NOT NULL,
    assessor       text        NOT NULL,
    assessed_at    timestamptz NOT NULL
);
CREATE INDEX risk_assessment_inmate ON risk_assessment (inmate_id, id DESC);

CREATE TABLE remission (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id     uuid        NOT NULL REFERENCES inmate (id),
    days          integer     NOT NULL CHECK (days > 0),
    decree_number text        NOT NULL,
    granted_on    date        NOT NULL,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    UNIQUE (inmate_id, decree_number)
);

-- Everything that happened to a WBP, newest first: the timeline staff and auditors read.
CREATE TABLE timeline_entry (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id uuid        NOT NULL REFERENCES inmate (id),
    at        timestamptz NOT NULL,
    kind      text        NOT NULL,
    summary   text        NOT NULL,
    details   jsonb       NOT NULL DEFAULT '{}',
    actor     text        NOT NULL
);
CREATE INDEX timeline_entry_inmate ON timeline_entry (inmate_id, id DESC);

-- Every read of a full record (UU 27/2022): who, when, which WBP, why.
CREATE TABLE access_log (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id uuid        NOT NULL,
    actor     text        NOT NULL,
    agency    text,
    unit      text,
    purpose   text,
    at        timestamptz NOT NULL
);
CREATE INDEX access_log_inmate ON access_log (inmate_id, at DESC);
CREATE INDEX access_log_actor ON access_log (actor, at DESC);
CREATE INDEX access_log_at ON access_log (at DESC);

-- Scheduled notices already sent: one row per WBP, kind, threshold and due date, so a job that
-- runs twice, or on two replicas at once, sends each notice once.
CREATE TABLE notice_sent (
    inmate_id      uuid        NOT NULL,
    kind           text        NOT NULL,
    threshold_days integer     NOT NULL,
    due_on         date        NOT NULL,
    sent_at        timestamptz NOT NULL,
    PRIMARY KEY (inmate_id, kind, threshold_days, due_on)
);

-- Officers granted the full record of a WBP by an approved information request (from liaison
-- events), until the grant expires.
CREATE TABLE full_record_grant (
    request_id uuid        PRIMARY KEY,
    inmate_id  uuid        NOT NULL,
    officer    text        NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX full_record_grant_lookup ON full_record_grant (officer, inmate_id, expires_at);

-- The last register number given per class and year: numbers have no gaps and no duplicates,
-- because taking one locks the row until the admission commits or rolls back.
CREATE TABLE register_sequence (
    register_class text    NOT NULL,
    year           integer NOT NULL,
    last_value     integer NOT NULL,
    PRIMARY KEY (register_class, year)
);
