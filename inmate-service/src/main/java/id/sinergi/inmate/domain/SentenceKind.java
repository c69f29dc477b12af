package id.sinergi.inmate.domain;

/**
 * The principal sentence as the court passed it (KUHP/WvS Pasal 10; UU 1/2023 Pasal 64-67). A fine
 * may also accompany a term (IMPRISONMENT or CONFINEMENT) with its substitute custody.
 */
public enum SentenceKind {
    /** Pidana penjara for a term (KUHP Pasal 12; UU 1/2023 Pasal 68). */
    IMPRISONMENT(true),
    /** Pidana penjara seumur hidup: no term, no expiry, no fractions. */
    LIFE(false),
    /** Pidana mati: held until execution or a change of sentence; no term, no expiry. */
    DEATH(false),
    /** Pidana kurungan for a term (KUHP Pasal 18: 1 day to 1 year, 1 year 4 months at most when aggravated). */
    CONFINEMENT(true),
    /** Only a fine (denda): the WBP serves its substitute custody (kurungan pengganti) while it is unpaid. */
    FINE(false);

    private final boolean term;

    SentenceKind(boolean term) {
        this.term = term;
    }

    /** Whether the court gives a length in years, months and days. */
    public boolean hasTerm() {
        return term;
    }

    /** Life and death: sentences without an end, until commuted (UU 1/2023 Pasal 69, 100, 101). */
    public boolean isWithoutEnd() {
        return this == LIFE || this == DEATH;
    }
}
