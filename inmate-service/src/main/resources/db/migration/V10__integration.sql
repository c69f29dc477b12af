-- Integration, not release (issue 20, point 5). PB (pembebasan bersyarat), CB (cuti bersyarat) and
-- CMB (cuti menjelang bebas) put a stay IN_INTEGRATION (a new value of inmate.status, a text column
-- without a CHECK) under a Bapas until the sentence ends; a revocation brings it back into custody.
--
-- IN_INTEGRATION is an OPEN stay: inmate_one_open_stay (V4) treats every status but RELEASED and
-- TRANSFERRED as open, so a person under a Bapas's supervision cannot be admitted again until the
-- integration is revoked (back in this stay) or the sentence has ended (released). Nothing to change.
--
-- Old records keep their release reasons PAROLE, CONDITIONAL_LEAVE and PRE_RELEASE_LEAVE as they were.

CREATE TABLE integration (
    id                uuid        PRIMARY KEY,
    inmate_id         uuid        NOT NULL REFERENCES inmate (id),
    kind              text        NOT NULL CHECK (kind IN ('PB', 'CB', 'CMB')),
    decree_number     text        NOT NULL,
    decree_date       date        NOT NULL,
    bapas             text        NOT NULL,
    starts_on         date        NOT NULL,
    revoked_on        date,
    revocation_decree text,
    revocation_reason text,
    ended_on          date,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    CHECK (revoked_on IS NULL OR ended_on IS NULL),
    CHECK (revoked_on IS NULL OR revoked_on >= starts_on)
);
CREATE INDEX integration_inmate ON integration (inmate_id, starts_on);
-- At most one integration in progress per stay.
CREATE UNIQUE INDEX integration_one_open ON integration (inmate_id) WHERE revoked_on IS NULL AND ended_on IS NULL;

-- Days of revoked integrations, which do not count as served (Permenkumham 3/2018): they move the
-- key dates and the expiry later (Inmate#daysNotCounted).
ALTER TABLE inmate ADD COLUMN integration_days_not_counted integer NOT NULL DEFAULT 0
    CHECK (integration_days_not_counted >= 0);

-- The integration job reads the stays in integration whose expiry has come.
CREATE INDEX inmate_integration_expiry ON inmate (expires_on) WHERE status = 'IN_INTEGRATION';
