-- Release plans (issue 21 point 5). Before a WBP goes out, the Lapas records where they will live,
-- who receives them and the Bapas that will supervise (Permenkumham 3/2018: the guarantor's
-- statement and the Bapas's community research, litmas, for PB/CB/CMB). One plan per stay: a new
-- PUT replaces it. Personal data (UU 27/2022): shown in the full record only.
CREATE TABLE release_plan (
    inmate_id             uuid        PRIMARY KEY REFERENCES inmate (id),
    address               text        NOT NULL,
    village               text        NOT NULL,
    district              text        NOT NULL,
    -- Kemendagri regency code (kode wilayah kabupaten/kota), e.g. 63.08 Hulu Sungai Utara.
    regency_code          text        NOT NULL CHECK (regency_code ~ '^\d{2}\.\d{2}$'),
    regency_name          text        NOT NULL,
    receiver_name         text        NOT NULL,
    receiver_relationship text        NOT NULL,
    receiver_phone        text,
    bapas                 text        NOT NULL,
    planned_by            text        NOT NULL,
    planned_at            timestamptz NOT NULL
);

-- The parts of a record an approved information request opened (issue 21 point 6). Grants from
-- before the categories opened the whole record; they are kept as IDENTITY only, the narrowest
-- reading (a request that wanted more can be asked again).
ALTER TABLE full_record_grant ADD COLUMN categories text[] NOT NULL DEFAULT ARRAY['IDENTITY'];

-- Which part of the record a read was of (issue 21 point 6); older reads were all of the full record.
ALTER TABLE access_log ADD COLUMN record text NOT NULL DEFAULT 'RECORD'
    CHECK (record IN ('RECORD', 'KEY_DATES', 'TIMELINE', 'RISK_ASSESSMENTS', 'RELEASE_PLAN'));
CREATE INDEX access_log_record ON access_log (record, at DESC);
