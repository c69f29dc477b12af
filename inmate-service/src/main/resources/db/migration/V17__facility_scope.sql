-- Issue 22: every list of Lapas staff is held to their facility, and a WBP in transit is also its
-- receiving facility's. A facility's register pages in register-number order from the first index;
-- the few WBP in transit come from the second.
CREATE INDEX inmate_facility ON inmate (facility, register_number, id);
CREATE INDEX inmate_in_transit_to ON inmate (transferred_to) WHERE status = 'IN_TRANSIT';
