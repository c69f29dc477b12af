-- No service records an address yet and no inmate event carries one: the read model stops
-- pretending to keep it. The person's address comes with the register (a later issue).
ALTER TABLE inmate_snapshot DROP COLUMN last_known_address;
