-- Issue 22 point 1: the Polres directory becomes data that sinergi-admin keeps
-- (PUT /api/v1/liaison/polres-units/{code}); it was the file polres/polres-units.csv, read at start.
-- Seeded with the same rows.
--
-- The Polres units of Polda Kalimantan Selatan and the regencies/cities (kabupaten/kota) each covers.
-- Regency codes: Kemendagri codes of administrative areas (kode wilayah), Keputusan Menteri Dalam Negeri
-- Nomor 100.1.1-6117 Tahun 2022 tentang Pemberian dan Pemutakhiran Kode, Data Wilayah Administrasi
-- Pemerintahan, dan Pulau (province 63 = Kalimantan Selatan). Each Polres covers one kabupaten/kota
-- (Perkap/Perpol on the organisation of Polres: the Polres is the Polri command of a kabupaten/kota).
CREATE TABLE polres_unit (
    code       text        PRIMARY KEY CHECK (code ~ '^[A-Z][A-Z0-9-]{1,39}$'),
    name       text        NOT NULL CHECK (btrim(name) <> ''),
    version    bigint      NOT NULL,
    updated_at timestamptz NOT NULL,
    updated_by text        NOT NULL
);

-- One regency, one unit: the regency is the key, so no regency can be routed to two units.
CREATE TABLE polres_unit_regency (
    regency_code text PRIMARY KEY CHECK (regency_code ~ '^\d{2}\.\d{2}$'),
    unit_code    text NOT NULL REFERENCES polres_unit (code) ON DELETE CASCADE,
    regency_name text NOT NULL CHECK (btrim(regency_name) <> '')
);
CREATE INDEX polres_unit_regency_unit ON polres_unit_regency (unit_code);

INSERT INTO polres_unit (code, name, version, updated_at, updated_by) VALUES
    ('POLRES-TANAH-LAUT', 'Polres Tanah Laut', 0, now(), 'system:migration'),
    ('POLRES-KOTABARU', 'Polres Kotabaru', 0, now(), 'system:migration'),
    ('POLRES-BANJAR', 'Polres Banjar', 0, now(), 'system:migration'),
    ('POLRES-BATOLA', 'Polres Barito Kuala', 0, now(), 'system:migration'),
    ('POLRES-TAPIN', 'Polres Tapin', 0, now(), 'system:migration'),
    ('POLRES-HSS', 'Polres Hulu Sungai Selatan', 0, now(), 'system:migration'),
    ('POLRES-HST', 'Polres Hulu Sungai Tengah', 0, now(), 'system:migration'),
    ('POLRES-HSU', 'Polres Hulu Sungai Utara', 0, now(), 'system:migration'),
    ('POLRES-TABALONG', 'Polres Tabalong', 0, now(), 'system:migration'),
    ('POLRES-TANAH-BUMBU', 'Polres Tanah Bumbu', 0, now(), 'system:migration'),
    ('POLRES-BALANGAN', 'Polres Balangan', 0, now(), 'system:migration'),
    ('POLRESTA-BANJARMASIN', 'Polresta Banjarmasin', 0, now(), 'system:migration'),
    ('POLRES-BANJARBARU', 'Polres Banjarbaru', 0, now(), 'system:migration');

INSERT INTO polres_unit_regency (regency_code, unit_code, regency_name) VALUES
    ('63.01', 'POLRES-TANAH-LAUT', 'Kabupaten Tanah Laut'),
    ('63.02', 'POLRES-KOTABARU', 'Kabupaten Kotabaru'),
    ('63.03', 'POLRES-BANJAR', 'Kabupaten Banjar'),
    ('63.04', 'POLRES-BATOLA', 'Kabupaten Barito Kuala'),
    ('63.05', 'POLRES-TAPIN', 'Kabupaten Tapin'),
    ('63.06', 'POLRES-HSS', 'Kabupaten Hulu Sungai Selatan'),
    ('63.07', 'POLRES-HST', 'Kabupaten Hulu Sungai Tengah'),
    ('63.08', 'POLRES-HSU', 'Kabupaten Hulu Sungai Utara'),
    ('63.09', 'POLRES-TABALONG', 'Kabupaten Tabalong'),
    ('63.10', 'POLRES-TANAH-BUMBU', 'Kabupaten Tanah Bumbu'),
    ('63.11', 'POLRES-BALANGAN', 'Kabupaten Balangan'),
    ('63.71', 'POLRESTA-BANJARMASIN', 'Kota Banjarmasin'),
    ('63.72', 'POLRES-BANJARBARU', 'Kota Banjarbaru');

-- The facilities of the region as inmate-service's directory publishes them (inmate.facility-changed):
-- which facilities exist, their names, kinds and time zones, for the Kanwil's report.
CREATE TABLE facility (
    code           text        PRIMARY KEY,
    name           text        NOT NULL,
    kind           text,
    facility_class text,
    time_zone      text,
    regency_code   text,
    regency_name   text,
    changed_at     timestamptz NOT NULL
);
