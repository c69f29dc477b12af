package id.sinergi.inmate.domain;

/** Where a WBP stands in the register. */
public enum InmateStatus {
    /** Held by this facility (in the facility or temporarily out). */
    IN_CUSTODY,
    /**
     * In integration (PB, CB or CMB): out in the community under a Bapas's supervision until the
     * sentence ends; still this facility's stay, which a revocation brings back into custody.
     */
    IN_INTEGRATION,
    /**
     * Escaped (melarikan diri): still this facility's WBP and its stay stays open, but not held; the
     * days at large do not count as time served (UU 1/2023 Pasal 63). Recapture brings them back.
     */
    ESCAPED,
    /**
     * Transferred to another facility of the region and not yet arrived: the stay stays open and still
     * counts as held (notices run); the receiving facility's arrival brings it back to IN_CUSTODY there.
     */
    IN_TRANSIT,
    /** Released (end of sentence, by law, deceased; before issue 20 also PB, CB, CMB); the record stays. */
    RELEASED,
    /** Transferred to a facility outside the region's directory (mutasi): the stay ends here; the record stays. */
    TRANSFERRED
}
