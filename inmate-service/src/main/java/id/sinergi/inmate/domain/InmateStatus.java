package id.sinergi.inmate.domain;

/** Where a WBP stands in the register. */
public enum InmateStatus {
    /** Held by this facility (in the facility or temporarily out). */
    IN_CUSTODY,
    /**
     * Escaped (melarikan diri): still this facility's WBP and its stay stays open, but not held; the
     * days at large do not count as time served (UU 1/2023 Pasal 63). Recapture brings them back.
     */
    ESCAPED,
    /** Released (bebas, PB, CB, CMB, by law, deceased); the record stays. */
    RELEASED,
    /** Transferred to another facility (mutasi); the record stays. */
    TRANSFERRED
}
