-- Register numbers are given per facility, as each UPT keeps its own register (unverified: the
-- registration standard was not read for this point): the same number may stand in two facilities
-- of the region, never twice in one. A WBP transferred within the region gets a number of the
-- receiving facility on arrival.
ALTER TABLE inmate DROP CONSTRAINT inmate_register_number_key;
ALTER TABLE inmate ADD CONSTRAINT inmate_register_number_per_facility UNIQUE (facility, register_number);

-- The counters per facility, class and year. The last number given so far in each facility is the
-- highest its stays hold (numbers never had gaps: a rolled-back admission gives its number back).
CREATE TABLE register_sequence_per_facility (
    facility       text    NOT NULL,
    register_class text    NOT NULL,
    year           integer NOT NULL,
    last_value     integer NOT NULL,
    PRIMARY KEY (facility, register_class, year)
);
INSERT INTO register_sequence_per_facility (facility, register_class, year, last_value)
SELECT facility, register_class, substring(register_number FROM '/([0-9]{4})$')::integer,
       max(substring(register_number FROM '-([0-9]+)/[0-9]{4}$')::integer)
FROM inmate
WHERE register_number ~ '-[0-9]+/[0-9]{4}$'
GROUP BY 1, 2, 3;
DROP TABLE register_sequence;
ALTER TABLE register_sequence_per_facility RENAME TO register_sequence;
ALTER TABLE register_sequence RENAME CONSTRAINT register_sequence_per_facility_pkey TO register_sequence_pkey;

-- Name search reads WBP by (word, register number): with numbers per facility two WBP may share
-- both, so the WBP's id completes the key.
ALTER TABLE inmate_name_word DROP CONSTRAINT inmate_name_word_pkey;
ALTER TABLE inmate_name_word ADD PRIMARY KEY (word, register_number, inmate_id);

-- A WBP in transit between two facilities of the region is still held (the stay is open): the
-- scheduled notices watch them as they watch those in custody.
DROP INDEX inmate_expires_on;
DROP INDEX inmate_detention_ends_on;
CREATE INDEX inmate_expires_on ON inmate (expires_on) WHERE status IN ('IN_CUSTODY', 'IN_TRANSIT');
CREATE INDEX inmate_detention_ends_on ON inmate (detention_ends_on) WHERE status IN ('IN_CUSTODY', 'IN_TRANSIT');
