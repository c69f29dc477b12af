-- The region (issue 22): a programme belongs to a facility, and program-service keeps the facility of
-- each WBP it knows. What it held before served one facility, the one configured
-- (sinergi.program.facility, the Flyway placeholder `facility`).
ALTER TABLE programme ADD COLUMN facility text NOT NULL DEFAULT '${facility}';
ALTER TABLE programme ALTER COLUMN facility DROP DEFAULT;
-- A facility's catalogue, in the order of its lists.
CREATE INDEX programme_facility ON programme (facility, starts_on, code);

ALTER TABLE known_inmate ADD COLUMN facility text NOT NULL DEFAULT '${facility}';
ALTER TABLE known_inmate ALTER COLUMN facility DROP DEFAULT;
-- The receiving facility of a WBP in transit inside the region (status IN_TRANSIT), whose staff see them too.
ALTER TABLE known_inmate ADD COLUMN transferred_to text;
