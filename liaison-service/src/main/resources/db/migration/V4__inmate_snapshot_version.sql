-- The version of inmate-service's record each snapshot was taken at: a snapshot replaces the one
-- held only when newer, so an old event re-driven from the dead-letter topic changes nothing. Rows
-- kept before versions were sent have none; the WBP's next event fills it in.
ALTER TABLE inmate_snapshot ADD COLUMN snapshot_version bigint;
