CREATE TABLE note (
    id      uuid PRIMARY KEY,
    text    text   NOT NULL,
    colour  text   NOT NULL,
    version bigint NOT NULL
);
CREATE TABLE applied_event (
    event_id uuid PRIMARY KEY,
    subject  text NOT NULL,
    applied  integer NOT NULL DEFAULT 1
);
