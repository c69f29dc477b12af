package id.sinergi.inmate.domain;

import id.sinergi.platform.text.Part;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which B register a convict belongs in, by the sentence: the table of the registration standard for
 * Pemasyarakatan (Kepdirjenpas PAS-170.PK.01.01.02 Tahun 2015), kept as data in
 * {@code rules/register-classes.csv} with the source of each row.
 */
public final class RegisterClassRules {

    public static final String RESOURCE = "rules/register-classes.csv";

    private static final RegisterClassRules DEFAULT = load();

    /**
     * One row: sentences of {@code kind} whose term ends after {@code start + over} (none: no lower
     * bound) and on or before {@code start + upTo} (none: no upper bound) go in {@code registerClass}.
     */
    public record Rule(SentenceKind kind, Period over, Period upTo, RegisterClass registerClass, String source) {

        boolean matches(SentenceKind sentenceKind, LocalDate start, LocalDate termEnds) {
            if (kind != sentenceKind) {
                return false;
            }
            if (!kind.hasTerm()) {
                return true;
            }
            return (over == null || termEnds.isAfter(start.plus(over)))
                    && (upTo == null || !termEnds.isAfter(start.plus(upTo)));
        }

        /**
         * The row as a registrar reads it ("B.IIa is for IMPRISONMENT of more than 3 months up to 1
         * year (source)"), as a text of the bundles, so that a refusal naming it is in the caller's language.
         */
        public Part describe() {
            if (!kind.hasTerm() || over == null && upTo == null) {
                return Part.of("register-class-mismatch.part.rule", registerClass, kind, source);
            }
            if (upTo == null) {
                return Part.of("register-class-mismatch.part.rule-over", registerClass, kind, words(over), source);
            }
            if (over == null) {
                return Part.of("register-class-mismatch.part.rule-up-to", registerClass, kind, words(upTo), source);
            }
            return Part.of("register-class-mismatch.part.rule-between", registerClass, kind, words(over), words(upTo), source);
        }

        /** "1 year 6 months": the units that are not zero (days when all are). */
        private static Part words(Period period) {
            List<Part> units = new ArrayList<>();
            if (period.getYears() > 0) {
                units.add(period.getYears() == 1 ? Part.of("register-class-mismatch.part.year") : Part.of("register-class-mismatch.part.years", period.getYears()));
            }
            if (period.getMonths() > 0) {
                units.add(period.getMonths() == 1 ? Part.of("register-class-mismatch.part.month") : Part.of("register-class-mismatch.part.months", period.getMonths()));
            }
            if (period.getDays() > 0 || units.isEmpty()) {
                units.add(period.getDays() == 1 ? Part.of("register-class-mismatch.part.day") : Part.of("register-class-mismatch.part.days", period.getDays()));
            }
            return switch (units.size()) {
                case 1 -> units.get(0);
                case 2 -> Part.of("register-class-mismatch.part.period-2", units.get(0), units.get(1));
                default -> Part.of("register-class-mismatch.part.period-3", units.get(0), units.get(1), units.get(2));
            };
        }
    }

    private final List<Rule> rules;

    public RegisterClassRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The table shipped with the service. */
    public static RegisterClassRules standard() {
        return DEFAULT;
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The row a sentence falls under; empty when the table has none (then no class is refused).
     *
     * @param termEnds the calendar end of the term ({@code start + years + months + days}); ignored
     *                 for kinds without a term
     */
    public Optional<Rule> ruleFor(SentenceKind kind, LocalDate start, LocalDate termEnds) {
        return rules.stream().filter(r -> r.matches(kind, start, termEnds)).findFirst();
    }

    /** The rows that name this class for this kind: what a mismatching class was meant for. */
    public List<Rule> rulesOf(RegisterClass registerClass) {
        return rules.stream().filter(r -> r.registerClass() == registerClass).toList();
    }

    /** Reads a table in the CSV form of {@link #RESOURCE}. */
    public static RegisterClassRules read(InputStream in) throws IOException {
        List<Rule> rules = new ArrayList<>();
        for (String[] cells : RuleFile.rows(in, RESOURCE, 5, "kind,over,upTo,registerClass,source")) {
            rules.add(new Rule(SentenceKind.valueOf(cells[0]), period(cells[1]), period(cells[2]), RegisterClass.fromCode(cells[3]),
                    cells[4]));
        }
        return new RegisterClassRules(rules);
    }

    private static Period period(String cell) {
        return cell.isBlank() ? null : Period.parse(cell.trim());
    }

    private static RegisterClassRules load() {
        return RuleFile.load(RESOURCE, RegisterClassRules::read);
    }
}
