package id.sinergi.inmate.domain;

/**
 * The kinds of remission (remisi) the regulation has. Sources in docs/domain-rules.md, "Remission and
 * Register F", and in {@code rules/remission-scale.csv}.
 */
public enum RemissionType {
    /** Remisi umum: on Independence Day, 17 August (Keppres 174/1999 Pasal 2 and 4). */
    GENERAL,
    /** Remisi khusus: on the WBP's religious holiday, once a year (Keppres 174/1999 Pasal 3 and 5). */
    SPECIAL,
    /**
     * Remisi tambahan: a share of the year's general remission for service to the state or to humanity,
     * or for helping the facility's coaching as a pemuka (Keppres 174/1999 Pasal 6).
     */
    ADDITIONAL,
    /** Remisi dasawarsa: on 17 August of every tenth year of independence (2025, 2035, ...). */
    DASAWARSA,
    /** Remisi kemanusiaan: for a short sentence, old age or a long illness (Permenkumham 3/2018). */
    HUMANITARIAN;

    /** Whether the type is granted at most once in a calendar year. */
    public boolean onceAYear() {
        return this == GENERAL || this == SPECIAL || this == DASAWARSA;
    }
}
