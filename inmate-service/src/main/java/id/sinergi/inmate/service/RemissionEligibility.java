package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.DisciplinaryEntry;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Integration;
import id.sinergi.inmate.domain.IntegrationKind;
import id.sinergi.inmate.domain.Remission;
import id.sinergi.inmate.domain.RemissionGround;
import id.sinergi.inmate.domain.RemissionScale;
import id.sinergi.inmate.domain.RemissionType;
import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.Problems;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;

/**
 * Whether a WBP may receive a remission, and how many days: the conditions of the regulation, each
 * refused as 422 {@code remission-not-eligible} naming the {@code condition} and its {@code rule}, and
 * the scale of {@code rules/remission-scale.csv}, refused as 422 {@code remission-exceeds-scale}.
 * The rules and their sources are listed in docs/domain-rules.md, "Remission and Register F".
 */
public final class RemissionEligibility {

    public static final String EXCEEDS_SCALE = "remission-exceeds-scale";

    /** "Telah menjalani masa pidana lebih dari 6 bulan": more than this many days served. */
    static final int MINIMUM_DAYS_SERVED = 6 * RemissionScale.DAYS_PER_MONTH;
    /** Good conduct looks back this many months before the grant. */
    static final int GOOD_CONDUCT_MONTHS = 6;
    /** Remisi dasawarsa: the year of independence, and every tenth year after it. */
    static final int INDEPENDENCE_YEAR = 1945;
    /** Remisi dasawarsa: 1/12 of the sentence (unverified; secondary sources). */
    static final int DASAWARSA_SHARE_OF_SENTENCE = 12;

    static final String RULE_LIFE_OR_DEATH = "UU 22/2022 Pasal 10 ayat (4); Keppres 174/1999 Pasal 1 ayat (1)";
    static final String RULE_SUBSTITUTE_CUSTODY = "Keppres 174/1999 Pasal 12; Permenkumham 3/2018 as amended by Permenkumham 7/2022";
    static final String RULE_PRE_RELEASE_LEAVE = "Keppres 174/1999 Pasal 12; Permenkumham 3/2018 as amended by Permenkumham 7/2022";
    static final String RULE_TIME_SERVED = "PP 32/1999 Pasal 34 ayat (2) as amended by PP 99/2012; Permenkumham 3/2018 Pasal 5";
    static final String RULE_GOOD_CONDUCT = "UU 22/2022 Pasal 10 ayat (2) huruf a; Permenkumham 3/2018 Pasal 7 ayat (2) huruf a "
            + "as amended by Permenkumham 7/2022; Keppres 174/1999 Pasal 12";
    static final String RULE_ONCE_A_YEAR = "Keppres 174/1999 Pasal 2 to 5 (one general remission each 17 August; "
            + "one special remission a year, on the most honoured holiday of the WBP's religion)";
    static final String RULE_DASAWARSA = "remisi dasawarsa: every tenth anniversary of the Proclamation (unverified decree)";
    static final String RULE_ADDITIONAL = "Keppres 174/1999 Pasal 6: 1/2 (service to the state or humanity) or 1/3 (pemuka) "
            + "of the general remission of the same year";
    static final String RULE_HUMANITARIAN = "Permenkumham 3/2018 Pasal 29";

    private RemissionEligibility() {
    }

    /**
     * Checks the request against every condition and the scale, in the order the problems list them;
     * throws the first one that fails.
     */
    public static void check(Inmate inmate, ActionRequests.Remission request) {
        requireMatchingGround(request.type(), request.ground());
        LocalDate on = request.grantedOn();
        if (lifeOrDeathSentence(inmate)) {
            throw notEligible("NOT_LIFE_OR_DEATH_SENTENCE", RULE_LIFE_OR_DEATH,
                    Problems.problem(422, "remission-not-eligible.life-or-death", RULE_LIFE_OR_DEATH));
        }
        if (servingSubstituteCustody(inmate, on)) {
            throw notEligible("NOT_SERVING_SUBSTITUTE_CUSTODY", RULE_SUBSTITUTE_CUSTODY,
                    Problems.problem(422, "remission-not-eligible.substitute-custody", RULE_SUBSTITUTE_CUSTODY));
        }
        if (onPreReleaseLeave(inmate)) {
            throw notEligible("NOT_ON_PRE_RELEASE_LEAVE", RULE_PRE_RELEASE_LEAVE,
                    Problems.problem(422, "remission-not-eligible.pre-release-leave", RULE_PRE_RELEASE_LEAVE));
        }
        long served = servedDays(inmate, on);
        if (served <= MINIMUM_DAYS_SERVED) {
            throw notEligible("SERVED_MORE_THAN_SIX_MONTHS", RULE_TIME_SERVED, Problems.problem(422,
                    "remission-not-eligible.time-served", on, Math.max(served, 0), MINIMUM_DAYS_SERVED, RULE_TIME_SERVED));
        }
        List<DisciplinaryEntry> sanctions = DisciplinaryEntry.activeBetween(inmate.id, on.minusMonths(GOOD_CONDUCT_MONTHS), on);
        if (!sanctions.isEmpty()) {
            DisciplinaryEntry entry = sanctions.get(0);
            throw notEligible("GOOD_CONDUCT", RULE_GOOD_CONDUCT, Problems.problem(422, "remission-not-eligible.good-conduct",
                    GOOD_CONDUCT_MONTHS, on, entry.decisionNumber, entry.sanction, entry.sanctionStart, entry.sanctionEnd,
                    RULE_GOOD_CONDUCT));
        }
        if (request.type().onceAYear() && Remission.count("inmateId = ?1 and type = ?2 and year(grantedOn) = ?3",
                inmate.id, request.type(), on.getYear()) > 0) {
            throw notEligible("ONCE_A_YEAR", RULE_ONCE_A_YEAR,
                    Problems.problem(422, "remission-not-eligible.once-a-year", request.type(), on.getYear(), RULE_ONCE_A_YEAR));
        }
        int maxDays = switch (request.type()) {
            case ADDITIONAL -> additionalMaxDays(inmate, request.ground(), on);
            case DASAWARSA -> dasawarsaMaxDays(inmate, served, on);
            case HUMANITARIAN -> {
                requireHumanitarianGround(inmate, request.ground(), on);
                yield scaleRow(request.type(), served).maxDays();
            }
            case GENERAL, SPECIAL -> scaleRow(request.type(), served).maxDays();
        };
        if (request.days() > maxDays) {
            throw Problems.problem(422, EXCEEDS_SCALE, request.type(), served, maxDays, request.days())
                    .with("field", "days").with("maxDays", maxDays)
                    .with("rule", request.type() == RemissionType.ADDITIONAL ? RULE_ADDITIONAL : scaleRow(request.type(), served).source())
                    .build();
        }
    }

    /** Whether the WBP is sentenced to life imprisonment or to death (until a decree commutes it to a term). */
    public static boolean lifeOrDeathSentence(Inmate inmate) {
        return inmate.hasSentence() && inmate.sentenceKind().isWithoutEnd();
    }

    /** Whether, on that day, the WBP is serving custody in place of an unpaid fine. */
    public static boolean servingSubstituteCustody(Inmate inmate, LocalDate on) {
        return inmate.servingSubstituteCustodyOn(on);
    }

    /**
     * Whether the WBP is on pre-release leave (CMB). The state machine already offers no remission in
     * integration; the condition is kept so that the refusal names its rule if that ever changes.
     */
    public static boolean onPreReleaseLeave(Inmate inmate) {
        return inmate.status == InmateStatus.IN_INTEGRATION
                && Integration.openOf(inmate.id).map(open -> open.kind == IntegrationKind.CMB).orElse(false);
    }

    /** Days served on {@code on}: from the sentence's start (the first day of detention that counts), less the days not counted. */
    public static long servedDays(Inmate inmate, LocalDate on) {
        return ChronoUnit.DAYS.between(inmate.sentenceStart, on) - inmate.daysNotCounted();
    }

    private static void requireMatchingGround(RemissionType type, RemissionGround ground) {
        boolean needsGround = type == RemissionType.ADDITIONAL || type == RemissionType.HUMANITARIAN;
        if (needsGround && (ground == null || ground.type() != type)) {
            throw Problems.invalidField("remission-ground.needed", "ground", type,
                    Arrays.stream(RemissionGround.values()).filter(g -> g.type() == type).map(Enum::name).toList());
        }
        if (!needsGround && ground != null) {
            throw Problems.invalidField("remission-ground.none", "ground", type, ground, ground.type());
        }
    }

    private static RemissionScale.Row scaleRow(RemissionType type, long served) {
        return RemissionScale.standard().rowFor(type, served).orElseThrow(() -> notEligible("SERVED_MORE_THAN_SIX_MONTHS",
                RULE_TIME_SERVED, Problems.problem(422, "remission-not-eligible.no-scale-step", type, served, RULE_TIME_SERVED)));
    }

    /** 1/2 or 1/3 of the general remission recorded for the same year; none recorded: not eligible. */
    private static int additionalMaxDays(Inmate inmate, RemissionGround ground, LocalDate on) {
        List<Remission> general = Remission.list("inmateId = ?1 and type = ?2 and year(grantedOn) = ?3",
                inmate.id, RemissionType.GENERAL, on.getYear());
        if (general.isEmpty()) {
            throw notEligible("GENERAL_REMISSION_OF_THE_YEAR", RULE_ADDITIONAL,
                    Problems.problem(422, "remission-not-eligible.no-general-remission", on.getYear(), RULE_ADDITIONAL));
        }
        int generalDays = general.stream().mapToInt(r -> r.days).sum();
        return ground == RemissionGround.PEMUKA ? generalDays / 3 : generalDays / 2;
    }

    /** Only in a tenth year of independence; 1/12 of the sentence, at most the scale's cap. */
    private static int dasawarsaMaxDays(Inmate inmate, long served, LocalDate on) {
        if ((on.getYear() - INDEPENDENCE_YEAR) % 10 != 0) {
            throw notEligible("DASAWARSA_YEAR", RULE_DASAWARSA,
                    Problems.problem(422, "remission-not-eligible.not-dasawarsa-year", on.getYear(), RULE_DASAWARSA));
        }
        long share = sentenceDays(inmate) / DASAWARSA_SHARE_OF_SENTENCE;
        return (int) Math.min(share, scaleRow(RemissionType.DASAWARSA, served).maxDays());
    }

    private static void requireHumanitarianGround(Inmate inmate, RemissionGround ground, LocalDate on) {
        if (ground == RemissionGround.SHORT_SENTENCE && sentenceEnd(inmate).isAfter(inmate.sentenceStart.plusYears(1))) {
            throw notEligible("SENTENCE_OF_AT_MOST_ONE_YEAR", RULE_HUMANITARIAN,
                    Problems.problem(422, "remission-not-eligible.sentence-over-one-year", RULE_HUMANITARIAN));
        }
        if (ground == RemissionGround.AGE_OVER_70) {
            LocalDate born = inmate.person.birthDate;
            if (born == null || !on.isAfter(born.plusYears(70))) {
                throw notEligible("OLDER_THAN_70", RULE_HUMANITARIAN, born == null
                        ? Problems.problem(422, "remission-not-eligible.no-birth-date", RULE_HUMANITARIAN)
                        : Problems.problem(422, "remission-not-eligible.not-older-than-70", born, on, RULE_HUMANITARIAN));
            }
        }
        // LONG_ILLNESS rests on the physician's report behind the decree; the register holds no medical record to check.
    }

    private static LocalDate sentenceEnd(Inmate inmate) {
        return inmate.sentenceStart.plusYears(inmate.sentenceYears).plusMonths(inmate.sentenceMonths).plusDays(inmate.sentenceDays);
    }

    private static long sentenceDays(Inmate inmate) {
        return ChronoUnit.DAYS.between(inmate.sentenceStart, sentenceEnd(inmate));
    }

    /** The refusal of a condition, naming it and its rule (the rule's citation is also the detail's last value). */
    private static Problem notEligible(String condition, String rule, Problem.Builder problem) {
        return problem.with("condition", condition).with("rule", rule).build();
    }
}
