package id.sinergi.inmate.domain;

/** Where a WBP stands in the register. */
public enum InmateStatus {
    /** Held in the facility. */
    IN_CUSTODY,
    /** Released; the record stays. */
    RELEASED
}
