-- The directory of the facilities of the region (UPT Pemasyarakatan of the Kanwil Ditjenpas
-- Kalimantan Selatan) where stays are held: a transfer to one of them keeps the stay open until
-- the receiving facility confirms the arrival; a transfer anywhere else ends the stay here.
-- sinergi-admin keeps it (PUT /api/v1/inmates/facilities/{code}); other services learn it from
-- inmate.facility-changed.
CREATE TABLE facility (
    code           text        PRIMARY KEY CHECK (code ~ '^[A-Z0-9]+(-[A-Z0-9]+)*$'),
    name           text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('LAPAS', 'RUTAN', 'LPKA', 'BAPAS')),
    facility_class text        NOT NULL,
    -- IANA zone: the facility's calendar (arrivals are dated by it).
    time_zone      text        NOT NULL,
    -- Kemendagri code of the regency (kabupaten/kota) the facility stands in.
    regency_code   text        NOT NULL CHECK (regency_code ~ '^[0-9]{2}\.[0-9]{2}$'),
    regency_name   text        NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    updated_at     timestamptz NOT NULL,
    updated_by     text        NOT NULL
);

-- Sources: the UPT named in reports of the Kanwil Kemenkumham / Kanwil Ditjenpas Kalimantan Selatan
-- (Antara Kalsel 2022 on Lapas Kelas III Batulicin and Lapas Kelas IIA Kotabaru; Kanal Kalimantan 2022
-- and INFO_PAS 2025 on Lapas Kelas IIB Banjarbaru; Koranpos 2025 on Lapas Kelas IIA Banjarmasin and
-- Lapas Narkotika Karang Intan; Antara Kalsel on Rutan Kandangan). Regency codes: Permendagri 72/2019
-- (kode wilayah administrasi pemerintahan). Rows marked "unverified" below: the facility is believed
-- to exist with this name, but its class (or its kind) was not confirmed from a source; sinergi-admin
-- corrects a row with PUT, which tells every service.
INSERT INTO facility (code, name, kind, facility_class, time_zone, regency_code, regency_name, updated_at, updated_by) VALUES
    ('LAPAS-AMUNTAI', 'Lapas Kelas IIB Amuntai', 'LAPAS', 'IIB', 'Asia/Makassar', '63.08', 'Kabupaten Hulu Sungai Utara', now(), 'migration:V15'),
    -- unverified: class and kind (a Rutan before, by some accounts)
    ('LAPAS-BARABAI', 'Lapas Kelas IIB Barabai', 'LAPAS', 'IIB', 'Asia/Makassar', '63.07', 'Kabupaten Hulu Sungai Tengah', now(), 'migration:V15'),
    ('LAPAS-BANJARMASIN', 'Lapas Kelas IIA Banjarmasin', 'LAPAS', 'IIA', 'Asia/Makassar', '63.71', 'Kota Banjarmasin', now(), 'migration:V15'),
    -- unverified: class
    ('LAPAS-NARKOTIKA-KARANG-INTAN', 'Lapas Narkotika Kelas IIA Karang Intan', 'LAPAS', 'IIA', 'Asia/Makassar', '63.03', 'Kabupaten Banjar', now(), 'migration:V15'),
    ('LAPAS-BANJARBARU', 'Lapas Kelas IIB Banjarbaru', 'LAPAS', 'IIB', 'Asia/Makassar', '63.72', 'Kota Banjarbaru', now(), 'migration:V15'),
    ('LAPAS-KOTABARU', 'Lapas Kelas IIA Kotabaru', 'LAPAS', 'IIA', 'Asia/Makassar', '63.02', 'Kabupaten Kotabaru', now(), 'migration:V15'),
    -- unverified: class
    ('LAPAS-TANJUNG', 'Lapas Kelas IIB Tanjung', 'LAPAS', 'IIB', 'Asia/Makassar', '63.09', 'Kabupaten Tabalong', now(), 'migration:V15'),
    ('LAPAS-BATULICIN', 'Lapas Kelas III Batulicin', 'LAPAS', 'III', 'Asia/Makassar', '63.10', 'Kabupaten Tanah Bumbu', now(), 'migration:V15'),
    -- unverified: class
    ('LAPAS-PELAIHARI', 'Lapas Kelas III Pelaihari', 'LAPAS', 'III', 'Asia/Makassar', '63.01', 'Kabupaten Tanah Laut', now(), 'migration:V15'),
    -- unverified: class
    ('LAPAS-PEREMPUAN-MARTAPURA', 'Lapas Perempuan Kelas III Martapura', 'LAPAS', 'III', 'Asia/Makassar', '63.03', 'Kabupaten Banjar', now(), 'migration:V15'),
    -- unverified: class
    ('LPKA-MARTAPURA', 'LPKA Kelas II Martapura', 'LPKA', 'II', 'Asia/Makassar', '63.03', 'Kabupaten Banjar', now(), 'migration:V15'),
    -- unverified: class
    ('RUTAN-KANDANGAN', 'Rutan Kelas IIB Kandangan', 'RUTAN', 'IIB', 'Asia/Makassar', '63.06', 'Kabupaten Hulu Sungai Selatan', now(), 'migration:V15'),
    -- unverified: class
    ('RUTAN-RANTAU', 'Rutan Kelas IIB Rantau', 'RUTAN', 'IIB', 'Asia/Makassar', '63.05', 'Kabupaten Tapin', now(), 'migration:V15'),
    -- unverified: class
    ('RUTAN-MARABAHAN', 'Rutan Kelas IIB Marabahan', 'RUTAN', 'IIB', 'Asia/Makassar', '63.04', 'Kabupaten Barito Kuala', now(), 'migration:V15'),
    -- unverified: class, and whether it still stands apart from the Lapas of Martapura
    ('RUTAN-MARTAPURA', 'Rutan Kelas IIB Martapura', 'RUTAN', 'IIB', 'Asia/Makassar', '63.03', 'Kabupaten Banjar', now(), 'migration:V15'),
    -- unverified: class
    ('BAPAS-BANJARMASIN', 'Bapas Kelas I Banjarmasin', 'BAPAS', 'I', 'Asia/Makassar', '63.71', 'Kota Banjarmasin', now(), 'migration:V15'),
    -- unverified: class
    ('BAPAS-BARABAI', 'Bapas Kelas II Barabai', 'BAPAS', 'II', 'Asia/Makassar', '63.07', 'Kabupaten Hulu Sungai Tengah', now(), 'migration:V15');

-- One inmate.facility-changed per seeded facility, so that the caches of the other services fill on
-- their first start. The payload is what the service writes for a PUT (FacilityChanged), keyed by
-- the code; the relay wraps it in the CloudEvent envelope as for every outbox row.
INSERT INTO outbox_event (event_id, event_type, aggregate_id, payload, occurred_at)
SELECT gen_random_uuid(), 'inmate.facility-changed', code,
       jsonb_build_object('facility', jsonb_build_object('code', code, 'name', name, 'kind', kind,
               'facilityClass', facility_class, 'timeZone', time_zone, 'regencyCode', regency_code,
               'regencyName', regency_name)),
       now()
FROM facility ORDER BY code;
