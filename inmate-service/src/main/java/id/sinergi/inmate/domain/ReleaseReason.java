package id.sinergi.inmate.domain;

/** Why a WBP left the register. */
public enum ReleaseReason {
    /** Bebas murni: the sentence has been served. */
    END_OF_SENTENCE,
    /** PB (pembebasan bersyarat): parole. */
    PAROLE,
    /** CB (cuti bersyarat): conditional leave. */
    CONDITIONAL_LEAVE,
    /** CMB (cuti menjelang bebas): pre-release leave. */
    PRE_RELEASE_LEAVE,
    /** Bebas demi hukum: released by law (acquittal, detention period ended, …). */
    BY_LAW,
    /** Meninggal dunia. */
    DECEASED
}
