-- The read model of inmates follows every inmate event's basic view, plus offence categories from
-- the admission (for the notification rule). New columns are nullable: rows written before them
-- fill in with the WBP's next event.
ALTER TABLE inmate_snapshot
    ADD COLUMN register_class      text,
    ADD COLUMN location            text,
    ADD COLUMN facility            text,
    ADD COLUMN cell_block          text,
    ADD COLUMN expected_release    date,
    ADD COLUMN detaining_authority text,
    ADD COLUMN offence_categories  text[] NOT NULL DEFAULT '{}',
    ADD COLUMN last_known_address  text;

-- What liaison-service knows of programmes, from program events: the reintegration summary's
-- programmes completed and ongoing.
CREATE TABLE enrolment_snapshot (
    enrolment_id       uuid         PRIMARY KEY,
    inmate_id          uuid         NOT NULL,
    programme_code     text         NOT NULL,
    programme_name     text         NOT NULL,
    category           text         NOT NULL,
    partner            text,
    state              text         NOT NULL,
    reason             text,
    attendance_rate    numeric(5, 4),
    certificate_number text,
    completed_on       date,
    changed_at         timestamptz  NOT NULL
);
CREATE INDEX enrolment_snapshot_inmate ON enrolment_snapshot (inmate_id, state);

-- Release and detention-expiry notifications. One per WBP, kind, threshold and date: a redelivered
-- or repeated notice finds its row.
CREATE TABLE notification (
    id                   uuid        PRIMARY KEY,
    kind                 text        NOT NULL,
    audience             text        NOT NULL,
    recipient            text        NOT NULL,
    inmate_id            uuid        NOT NULL,
    facility             text,
    register_number      text        NOT NULL,
    risk_level           text        NOT NULL,
    offence_categories   text[]      NOT NULL,
    threshold_days       integer     NOT NULL,
    due_on               date        NOT NULL,
    reason               text        NOT NULL,
    summary              jsonb       NOT NULL,
    state                text        NOT NULL,
    issued_at            timestamptz NOT NULL,
    acknowledge_by       timestamptz NOT NULL,
    acknowledged_by      text,
    acknowledged_unit    text,
    acknowledged_at      timestamptz,
    acknowledgement_note text,
    escalated_at         timestamptz,
    version              bigint      NOT NULL,
    CONSTRAINT notification_once UNIQUE (inmate_id, kind, threshold_days, due_on)
);
-- The escalation job reads only open notifications past their deadline.
CREATE INDEX notification_open ON notification (acknowledge_by) WHERE state = 'OPEN';
CREATE INDEX notification_list ON notification (due_on, id);

-- Information requests from Polres (purpose-bound access).
CREATE TABLE info_request (
    id                   uuid        PRIMARY KEY,
    inmate_id            uuid        NOT NULL,
    facility             text,
    register_number      text        NOT NULL,
    officer              text        NOT NULL,
    polres_unit          text        NOT NULL,
    purpose              text        NOT NULL,
    letter_number        text        NOT NULL,
    police_report_number text,
    requested_data       text[]      NOT NULL,
    needed_by            date        NOT NULL,
    state                text        NOT NULL,
    submitted_at         timestamptz NOT NULL,
    answer_due_at        timestamptz NOT NULL,
    decided_by           text,
    decided_at           timestamptz,
    access_expires_at    timestamptz,
    reason               text,
    fulfilled_by         text,
    fulfilled_at         timestamptz,
    provided_data        text[],
    fulfilment_note      text,
    version              bigint      NOT NULL
);
CREATE INDEX info_request_list ON info_request (submitted_at DESC, id);
CREATE INDEX info_request_inmate ON info_request (inmate_id);

-- Police loans (bon).
CREATE TABLE police_loan (
    id              uuid        PRIMARY KEY,
    inmate_id       uuid        NOT NULL,
    facility        text,
    register_number text        NOT NULL,
    requested_by    text        NOT NULL,
    polres_unit     text        NOT NULL,
    borrowing_unit  text        NOT NULL,
    purpose         text        NOT NULL,
    case_number     text        NOT NULL,
    letter_number   text        NOT NULL,
    planned_out_at  timestamptz NOT NULL,
    planned_back_at timestamptz NOT NULL,
    escorts         jsonb       NOT NULL,
    state           text        NOT NULL,
    requested_at    timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    reason          text,
    checked_out_by  text,
    checked_out_at  timestamptz,
    returned_by     text,
    returned_at     timestamptz,
    overdue_since   timestamptz,
    version         bigint      NOT NULL,
    CHECK (planned_back_at > planned_out_at)
);
-- A WBP can be out on one loan at a time, also when two check-outs race.
CREATE UNIQUE INDEX police_loan_one_out ON police_loan (inmate_id) WHERE state IN ('CHECKED_OUT', 'OVERDUE');
CREATE INDEX police_loan_due ON police_loan (planned_back_at) WHERE state = 'CHECKED_OUT';
CREATE INDEX police_loan_list ON police_loan (planned_out_at, id);
