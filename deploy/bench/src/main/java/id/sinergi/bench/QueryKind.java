package id.sinergi.bench;

/** The kinds of search the benchmark measures separately: their costs differ by orders of magnitude. */
public enum QueryKind {
    NAME("name", "`name=` a full name as registered, e.g. `Ahmad Rizani`"),
    NAME_TYPO("name-typo", "`name=` a full name with one typo (letter swapped, dropped, doubled or replaced), e.g. `Ahmad Rziani`"),
    NAME_WORD("name-word", "`name=` one word of a name (4+ letters), half of them with a typo, e.g. `rizani`"),
    ALIAS("alias", "`name=` an alias (street name) as registered, e.g. `Udin`"),
    NIK("nik", "`nik=` an existing NIK (exact match on the person, every stay of theirs)"),
    FILTERS("filters", "`status` + `registerClass` + `riskLevel` + `cellBlock` of an existing WBP"),
    RELEASE_WINDOW("release-window", "`status=IN_CUSTODY` + `releaseFrom`/`releaseTo` one month apart, starting on a random day of the next ten years");

    public final String label;
    public final String description;

    QueryKind(String label, String description) {
        this.label = label;
        this.description = description;
    }
}
