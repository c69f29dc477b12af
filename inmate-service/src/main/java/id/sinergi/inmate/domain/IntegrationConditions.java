package id.sinergi.inmate.domain;

import id.sinergi.platform.text.Part;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a WBP may start an integration (PB, CB, CMB) on a day: the conditions of
 * {@code rules/integration-conditions.csv}, each with the rule it comes from, tested in the file's
 * order; the first one not met is the refusal. What each condition tests:
 * <ul>
 *   <li>{@code CONVICT}: the WBP has a sentence and a B class (not a detainee);</li>
 *   <li>{@code BEFORE_EXPIRY}: the integration starts before the expiry;</li>
 *   <li>{@code TWO_THIRDS_SERVED}: it starts on or after the 2/3 date ({@link KeyDates#twoThirds()});</li>
 *   <li>{@code TWO_THIRDS_AT_LEAST}: the 2/3 date is at least {@code months} after the sentence's start;</li>
 *   <li>{@code SENTENCE_AT_MOST}: the sentence as pronounced is at most {@code months} long;</li>
 *   <li>{@code LAST_REMISSION_AT_MOST}: there was a remission, and the integration starts no earlier
 *       than the expiry less the last remission, and less at most {@code months}.</li>
 *   <li>{@code GOOD_CONDUCT}: no Register F sanction (not annulled) runs on a day of the {@code months}
 *       before the start.</li>
 *   <li>{@code NO_PENDING_CASE}: no case Polres reported against the WBP ({@link PendingCase}) is open.</li>
 * </ul>
 * Not tested here (documented as left out): the programmes
 * followed, the community's acceptance (the Bapas's research, litmas) and the extra conditions of
 * particular offences; the decree itself attests them.
 */
public final class IntegrationConditions {

    public static final String RESOURCE = "rules/integration-conditions.csv";

    /** A condition of the file. */
    public record Condition(String name, Set<IntegrationKind> kinds, Integer months, String source, boolean verified) {
    }

    /**
     * A condition not met: what it is, why not (worded in the bundles, so a refusal is written in its
     * reader's language), and the rule.
     */
    public record Unmet(String condition, Part reason, String source) {
    }

    /** What the conditions read of the WBP, beside the record. */
    public record Facts(Inmate inmate, IntegrationKind kind, LocalDate startsOn, Integer lastRemissionDays,
                        List<DisciplinaryEntry> sanctions, List<PendingCase> openCases) {

        /** Facts of a WBP with no case pending. */
        public Facts(Inmate inmate, IntegrationKind kind, LocalDate startsOn, Integer lastRemissionDays,
                     List<DisciplinaryEntry> sanctions) {
            this(inmate, kind, startsOn, lastRemissionDays, sanctions, List.of());
        }
    }

    private static final IntegrationConditions STANDARD = load();

    private final List<Condition> conditions;

    private IntegrationConditions(List<Condition> conditions) {
        this.conditions = List.copyOf(conditions);
    }

    public static IntegrationConditions standard() {
        return STANDARD;
    }

    public List<Condition> conditions() {
        return conditions;
    }

    /** The first condition of the kind that the facts do not meet, if any. */
    public Optional<Unmet> firstUnmet(Facts facts) {
        for (Condition condition : conditions) {
            if (condition.kinds().contains(facts.kind())) {
                Optional<Part> detail = unmet(condition, facts);
                if (detail.isPresent()) {
                    return Optional.of(new Unmet(condition.name(), detail.get(), condition.source()));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Part> unmet(Condition condition, Facts facts) {
        Inmate inmate = facts.inmate();
        String kind = facts.kind().name();
        if (condition.name().equals("NO_PENDING_CASE")) {
            List<PendingCase> open = facts.openCases();
            if (open.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(open.size() == 1
                    ? Part.of("integration-not-eligible.part.pending-case", kind, describe(open.get(0)))
                    : Part.of("integration-not-eligible.part.pending-cases", kind, describe(open.get(0)), open.size() - 1));
        }
        if (condition.name().equals("CONVICT")) {
            return inmate.registerClass.isDetainee() || !inmate.hasSentence()
                    ? Optional.of(Part.of("integration-not-eligible.part.convict", kind, inmate.registerClass.code()))
                    : Optional.empty();
        }
        KeyDates dates = inmate.keyDates().orElseThrow();
        LocalDate startsOn = facts.startsOn();
        return switch (condition.name()) {
            case "BEFORE_EXPIRY" -> startsOn.isBefore(dates.expiry()) ? Optional.empty()
                    : Optional.of(Part.of("integration-not-eligible.part.before-expiry", kind, dates.expiry(), startsOn));
            case "TWO_THIRDS_SERVED" -> startsOn.isBefore(dates.twoThirds())
                    ? Optional.of(Part.of("integration-not-eligible.part.two-thirds-served", kind, dates.twoThirds(), startsOn))
                    : Optional.empty();
            case "TWO_THIRDS_AT_LEAST" -> dates.twoThirds().isBefore(inmate.sentenceStart.plusMonths(condition.months()))
                    ? Optional.of(Part.of("integration-not-eligible.part.two-thirds-at-least", kind, condition.months(),
                            dates.twoThirds(), inmate.sentenceStart))
                    : Optional.empty();
            case "SENTENCE_AT_MOST" -> {
                LocalDate pronouncedEnd = inmate.sentenceStart.plusYears(inmate.sentenceYears).plusMonths(inmate.sentenceMonths)
                        .plusDays(inmate.sentenceDays);
                yield pronouncedEnd.isAfter(inmate.sentenceStart.plusMonths(condition.months()))
                        ? Optional.of(Part.of("integration-not-eligible.part.sentence-at-most", kind, condition.months(),
                                inmate.sentenceYears, inmate.sentenceMonths, inmate.sentenceDays))
                        : Optional.empty();
            }
            case "LAST_REMISSION_AT_MOST" -> {
                if (facts.lastRemissionDays() == null) {
                    yield Optional.of(Part.of("integration-not-eligible.part.no-remission", kind));
                }
                LocalDate byRemission = dates.expiry().minusDays(facts.lastRemissionDays());
                LocalDate byCap = dates.expiry().minusMonths(condition.months());
                LocalDate earliest = byRemission.isAfter(byCap) ? byRemission : byCap;
                yield startsOn.isBefore(earliest)
                        ? Optional.of(Part.of("integration-not-eligible.part.last-remission", kind, facts.lastRemissionDays(),
                                condition.months(), dates.expiry(), earliest, startsOn))
                        : Optional.empty();
            }
            case "GOOD_CONDUCT" -> facts.sanctions().stream()
                    .filter(entry -> !entry.annulled() && !entry.sanctionEnd.isBefore(startsOn.minusMonths(condition.months()))
                            && !entry.sanctionStart.isAfter(startsOn))
                    .findFirst()
                    .map(entry -> Part.of("integration-not-eligible.part.good-conduct", kind, condition.months(), startsOn,
                            entry.decisionNumber, entry.sanction, entry.sanctionStart, entry.sanctionEnd));
            default -> throw new IllegalStateException("unknown integration condition " + condition.name() + " in " + RESOURCE);
        };
    }

    private static Part describe(PendingCase open) {
        LocalDate since = open.openedAt.toLocalDate();
        boolean incident = open.source == PendingCase.Source.INCIDENT;
        if (open.policeReportNumber == null) {
            return incident ? Part.of("integration-not-eligible.part.incident", open.sourceId, since)
                    : Part.of("integration-not-eligible.part.police-case", open.sourceId, since);
        }
        return incident ? Part.of("integration-not-eligible.part.incident-reported", open.sourceId, open.policeReportNumber, since)
                : Part.of("integration-not-eligible.part.police-case-reported", open.sourceId, open.policeReportNumber, since);
    }

    public static IntegrationConditions read(InputStream in) throws IOException {
        List<Condition> conditions = new ArrayList<>();
        for (String[] cells : RuleFile.rows(in, RESOURCE, 4, "condition,kinds,months,source,verified")) {
            // The source may hold commas: it ends at the last one, before the verified flag.
            int lastComma = cells[3].lastIndexOf(',');
            if (lastComma < 0) {
                throw new IllegalArgumentException(RESOURCE + ": no verified flag after the source of " + cells[0]);
            }
            Set<IntegrationKind> kinds = EnumSet.noneOf(IntegrationKind.class);
            Arrays.stream(cells[1].split("\\s+")).map(IntegrationKind::valueOf).forEach(kinds::add);
            conditions.add(new Condition(cells[0], kinds, cells[2].isEmpty() ? null : Integer.valueOf(cells[2]),
                    cells[3].substring(0, lastComma).trim(), cells[3].substring(lastComma + 1).trim().equals("yes")));
        }
        return new IntegrationConditions(conditions);
    }

    private static IntegrationConditions load() {
        return RuleFile.load(RESOURCE, IntegrationConditions::read);
    }
}
