package id.sinergi.liaison.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Categories of offence that the notification rule can name. inmate-service owns the offence
 * table (law + article ranges of every code in force, see docs/domain-rules.md "Offences") and
 * puts the category of each offence into {@code inmate.admitted}; liaison-service takes it from
 * there instead of keeping a second table that could disagree.
 */
public enum OffenceCategory {
    NARCOTICS,
    TERRORISM,
    CORRUPTION,
    SEXUAL_VIOLENCE,
    VIOLENT_CRIME,
    PROPERTY_CRIME,
    MONEY_LAUNDERING,
    HUMAN_TRAFFICKING,
    DOMESTIC_VIOLENCE,
    /** The offence table does not know the article (listed for review in inmate-service). */
    OTHER;

    /**
     * The category an event names. Events published before offences carried a category name none;
     * a category added to the table before this service knows it counts as {@link #OTHER}, so a new
     * category never makes an admission unreadable.
     */
    public static Optional<OffenceCategory> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst().orElse(OTHER));
    }
}
