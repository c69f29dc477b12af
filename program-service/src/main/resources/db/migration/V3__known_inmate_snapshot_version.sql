-- The version of inmate-service's record in the snapshot held: an inmate event's snapshot replaces it
-- only when its version is greater (an old event re-driven from the dead-letter topic must not undo
-- newer facts). Rows kept before events carried versions have none; their next event applies.
ALTER TABLE known_inmate ADD COLUMN snapshot_version bigint;
