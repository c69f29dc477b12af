-- Part 2 of the liaison: security incidents shared with Polres, cooperation agreements,
-- coordination meetings with their action items, and joint operations with their findings.
-- Every table has the facility (the Lapas's scope) and the Polres unit it concerns (Polres's scope).

CREATE TABLE incident (
    id                   uuid        PRIMARY KEY,
    facility             text,
    polres_unit          text,
    type                 text        NOT NULL,
    severity             text        NOT NULL,
    occurred_at          timestamptz NOT NULL,
    place                text        NOT NULL,
    description          text        NOT NULL,
    evidence             text[]      NOT NULL,
    state                text        NOT NULL,
    shared_by            text,
    shared_at            timestamptz,
    police_report_number text,
    followed_up_by       text,
    followed_up_at       timestamptz,
    follow_up_note       text,
    closed_by            text,
    closed_at            timestamptz,
    closing_reason       text,
    created_by           text        NOT NULL,
    created_at           timestamptz NOT NULL,
    updated_at           timestamptz NOT NULL,
    version              bigint      NOT NULL
);
CREATE INDEX incident_list ON incident (occurred_at DESC, id);
-- Polres reads only shared incidents of its unit; the dashboard counts open ones.
CREATE INDEX incident_shared ON incident (polres_unit, occurred_at DESC) WHERE shared_at IS NOT NULL;

-- The WBP involved in an incident, in the order given, with their role.
CREATE TABLE incident_inmate (
    incident_id     uuid    NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    position        integer NOT NULL,
    inmate_id       uuid    NOT NULL,
    register_number text    NOT NULL,
    role            text    NOT NULL,
    PRIMARY KEY (incident_id, position)
);
CREATE INDEX incident_inmate_inmate ON incident_inmate (inmate_id);

CREATE TABLE agreement (
    id           uuid        PRIMARY KEY,
    facility     text,
    polres_unit  text,
    kind         text        NOT NULL,
    number       text        NOT NULL,
    title        text        NOT NULL,
    parties      text[]      NOT NULL,
    scope        text        NOT NULL,
    valid_from   date        NOT NULL,
    valid_to     date        NOT NULL,
    state        text        NOT NULL,
    activated_by text,
    activated_at timestamptz,
    ended_by     text,
    ended_at     timestamptz,
    reason       text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL,
    CONSTRAINT agreement_number UNIQUE (number),
    CHECK (valid_to >= valid_from)
);
-- The expiry job and the about-to-expire list read active agreements by their end.
CREATE INDEX agreement_active ON agreement (valid_to) WHERE state = 'ACTIVE';

CREATE TABLE meeting (
    id          uuid        PRIMARY KEY,
    facility    text,
    polres_unit text,
    title       text        NOT NULL,
    starts_at   timestamptz NOT NULL,
    place       text        NOT NULL,
    agenda      text[]      NOT NULL,
    attendees   jsonb       NOT NULL,
    minutes     text,
    decisions   text[]      NOT NULL,
    state       text        NOT NULL,
    recorded_by text,
    recorded_at timestamptz,
    reason      text,
    created_by  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     bigint      NOT NULL
);
CREATE INDEX meeting_list ON meeting (starts_at DESC, id);

CREATE TABLE action_item (
    id           uuid        PRIMARY KEY,
    meeting_id   uuid        NOT NULL REFERENCES meeting (id),
    facility     text,
    polres_unit  text,
    description  text        NOT NULL,
    owner_agency text        NOT NULL,
    assignee     text        NOT NULL,
    due_on       date        NOT NULL,
    state        text        NOT NULL,
    completed_by text,
    completed_at timestamptz,
    note         text,
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL,
    version      bigint      NOT NULL
);
CREATE INDEX action_item_meeting ON action_item (meeting_id);
-- Overdue items per agency: pending ones by owner and due date.
CREATE INDEX action_item_pending ON action_item (owner_agency, due_on) WHERE state IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE joint_operation (
    id            uuid        PRIMARY KEY,
    facility      text,
    polres_unit   text,
    name          text        NOT NULL,
    planned_for   timestamptz NOT NULL,
    blocks        text[]      NOT NULL,
    units         text[]      NOT NULL,
    officers      jsonb       NOT NULL,
    state         text        NOT NULL,
    conducted_by  text,
    conducted_at  timestamptz,
    debrief_notes text,
    debriefed_by  text,
    debriefed_at  timestamptz,
    reason        text,
    created_by    text        NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL,
    version       bigint      NOT NULL
);
CREATE INDEX joint_operation_list ON joint_operation (planned_for DESC, id);

CREATE TABLE joint_operation_finding (
    id              uuid        PRIMARY KEY,
    operation_id    uuid        NOT NULL REFERENCES joint_operation (id),
    kind            text        NOT NULL,
    description     text        NOT NULL,
    quantity        integer     NOT NULL CHECK (quantity > 0),
    block           text        NOT NULL,
    inmate_id       uuid,
    register_number text,
    incident_id     uuid        REFERENCES incident (id),
    recorded_by     text        NOT NULL,
    recorded_at     timestamptz NOT NULL
);
CREATE INDEX joint_operation_finding_operation ON joint_operation_finding (operation_id);
CREATE INDEX joint_operation_finding_incident ON joint_operation_finding (incident_id) WHERE incident_id IS NOT NULL;
