-- Issue 20 point 2: a Polres unit that detains a WBP (A.I) sends its extension or handover order as a
-- request; the Lapas registrar confirms it by recording the order in inmate-service (which publishes
-- the recorded order with this request's id) or rejects it here. The register changes only through the Lapas.
CREATE TABLE detention_request (
    id              uuid        PRIMARY KEY,
    inmate_id       uuid        NOT NULL,
    facility        text,
    register_number text        NOT NULL,
    polres_unit     text        NOT NULL,
    submitted_by    text        NOT NULL,
    submitted_at    timestamptz NOT NULL,
    -- EXTENSION of the current stage, or HANDOVER to the next stage (stage names it).
    kind            text        NOT NULL CHECK (kind IN ('EXTENSION', 'HANDOVER')),
    stage           text        CHECK (stage IN ('A.II', 'A.III', 'A.IV', 'A.V')),
    order_number    text        NOT NULL,
    order_date      date        NOT NULL,
    issued_by       text        NOT NULL,
    starts_on       date,
    ends_on         date        NOT NULL,
    state           text        NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    reason          text,
    -- What the register recorded on confirmation (the registrar may have corrected the order).
    recorded_ends_on date,
    version         bigint      NOT NULL,
    CHECK ((kind = 'HANDOVER') = (stage IS NOT NULL))
);
CREATE INDEX detention_request_list ON detention_request (submitted_at, id);
CREATE INDEX detention_request_inmate ON detention_request (inmate_id);
