package id.sinergi.inmate.domain;

/** Why a WBP left the register. */
public enum ReleaseReason {
    /** Bebas murni: the sentence has been served. */
    END_OF_SENTENCE,
    /**
     * PB (pembebasan bersyarat): parole. Only in records made before issue 20: PB is now an
     * integration ({@code start-integration}), and a release with this reason is refused.
     */
    PAROLE,
    /** CB (cuti bersyarat): conditional leave. Only in old records, as {@link #PAROLE}. */
    CONDITIONAL_LEAVE,
    /** CMB (cuti menjelang bebas): pre-release leave. Only in old records, as {@link #PAROLE}. */
    PRE_RELEASE_LEAVE,
    /** The sentence ended while the WBP was in integration (PB, CB, CMB): set by the integration job only. */
    SERVED_UNDER_INTEGRATION,
    /** Bebas demi hukum: released by law (acquittal, detention period ended, …). */
    BY_LAW,
    /** Meninggal dunia. */
    DECEASED;

    /**
     * Reasons a registrar may no longer give to {@code release}: PB, CB and CMB are integrations,
     * and the end of one is the integration job's.
     */
    public boolean isIntegration() {
        return this == PAROLE || this == CONDITIONAL_LEAVE || this == PRE_RELEASE_LEAVE || this == SERVED_UNDER_INTEGRATION;
    }
}
