package id.sinergi.inmate.domain;

/**
 * The parts of a WBP's record an information request may ask for (liaison-service's DataCategory).
 * An approved request opens those parts to the requesting officer and nothing more (UU 27/2022
 * Pasal 16: processing limited to its purpose). PROGRAMMES is served by liaison-service from
 * program-service, not here.
 */
public enum DataCategory {
    /** Personal details: NIK, birth, aliases, identifying features, contacts, earlier stays, release plan. */
    IDENTITY,
    /** Offences, sentence and remissions. */
    OFFENCES_AND_SENTENCE,
    /** The key dates of the sentence. */
    KEY_DATES,
    /** Movements and the timeline. */
    MOVEMENTS_AND_TIMELINE,
    /** The risk assessment history. */
    RISK_ASSESSMENTS,
    /** Programme participation (program-service's). */
    PROGRAMMES
}
