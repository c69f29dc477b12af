package id.sinergi.program.domain;

/** When a transition applies, beside its state and action: what decides between two outcomes of one action. */
public enum Condition {
    ALWAYS("always"),
    PLACE_AVAILABLE("the programme has a free place"),
    PROGRAMME_FULL("every place of the programme is taken");

    private final String description;

    Condition(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
