package id.sinergi.inmate.domain;

/** Where a WBP stands in the register. */
public enum InmateStatus {
    /** Held by this facility (in the facility or temporarily out). */
    IN_CUSTODY,
    /** Released (bebas, PB, CB, CMB, by law, deceased); the record stays. */
    RELEASED,
    /** Transferred to another facility (mutasi); the record stays. */
    TRANSFERRED
}
