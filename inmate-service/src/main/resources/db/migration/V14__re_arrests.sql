-- Re-arrests (issue 21 point 4): Polres records the arrest of a former WBP. The row names the
-- person and the stay they were last released from; the NIK the officer may have searched with is
-- not kept here (it is the person's, in people). One row per person and police report number.
CREATE TABLE re_arrest (
    id                   uuid        PRIMARY KEY,
    person_id            uuid        NOT NULL REFERENCES people (id),
    inmate_id            uuid        NOT NULL REFERENCES inmate (id),
    register_number      text        NOT NULL,
    released_on          date        NOT NULL,
    arrested_on          date        NOT NULL CHECK (arrested_on >= released_on),
    police_report_number text        NOT NULL,
    article              text        NOT NULL,
    polres_unit          text        NOT NULL,
    recorded_by          text        NOT NULL,
    recorded_at          timestamptz NOT NULL,
    CONSTRAINT re_arrest_report_unique UNIQUE (person_id, police_report_number)
);
CREATE INDEX re_arrest_arrested_on ON re_arrest (arrested_on, id);
