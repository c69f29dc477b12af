-- Issue 20 point 2: detention as it is lived. Every order that detains a WBP of an A class (the
-- initial order of a stage, its extensions, and the handover to the next stage) is kept, so the stage's
-- length can be checked against the code that governs the case (rules/detention-limits.csv).

-- When the case began decides the code of criminal procedure: UU 8/1981 for cases begun before
-- 2 January 2026, UU 20/2025 from that day. Stays admitted before V6 take their admission date (the
-- earliest date the register knows of their case); a row written without it (by SQL outside the
-- service) is read the same way (Inmate.caseBegan).
ALTER TABLE inmate ADD COLUMN case_begun_on date;
UPDATE inmate SET case_begun_on = admitted_on;

CREATE TABLE detention_order (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    inmate_id          uuid        NOT NULL REFERENCES inmate (id),
    -- The register class of the stage the order is for: A.I (investigator) .. A.V (Supreme Court).
    stage              text        NOT NULL CHECK (stage IN ('A.I', 'A.II', 'A.III', 'A.IV', 'A.V')),
    -- INITIAL: the order the stay was admitted under (or the first of its stage); EXTENSION: the same
    -- stage extended; HANDOVER: the first order of the next stage.
    kind               text        NOT NULL CHECK (kind IN ('INITIAL', 'EXTENSION', 'HANDOVER')),
    authority          text        NOT NULL,
    -- Null only for an order the admission recorded without its number (every stay admitted before V6).
    order_number       text,
    order_date         date,
    starts_on          date        NOT NULL,
    ends_on            date        NOT NULL CHECK (ends_on >= starts_on),
    -- Sent by the detaining Polres unit through liaison-service and confirmed by the registrar.
    liaison_request_id uuid        UNIQUE,
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL
);
CREATE INDEX detention_order_inmate ON detention_order (inmate_id, id);

-- The order every detained stay was admitted under, from what the stay already holds.
INSERT INTO detention_order (inmate_id, stage, kind, authority, starts_on, ends_on, recorded_by, recorded_at)
SELECT id, register_class, 'INITIAL', coalesce(detaining_authority, 'unknown'), admitted_on,
       greatest(detention_ends_on, admitted_on), 'migration:V6', now()
FROM inmate
WHERE register_class LIKE 'A.%' AND detention_ends_on IS NOT NULL;
