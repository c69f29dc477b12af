package id.sinergi.inmate.domain;

import id.sinergi.platform.error.ProblemTexts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The conditions of rules/integration-conditions.csv on fixed dates, without the application. */
class IntegrationConditionsTest {

    /** The detail of 422 integration-not-eligible: the condition, why it is not met, the rule. */
    private static final String REFUSAL = "integration-not-eligible.detail.unmet";

    private static final IntegrationConditions CONDITIONS = IntegrationConditions.standard();

    private static Inmate convict(LocalDate start, int years, int months, int remissionDays) {
        Inmate inmate = new Inmate();
        inmate.registerClass = RegisterClass.B_I;
        inmate.sentenceStart = start;
        inmate.sentenceYears = years;
        inmate.sentenceMonths = months;
        inmate.sentenceDays = 0;
        inmate.remissionDays = remissionDays;
        return inmate;
    }

    private static Optional<String> unmet(Inmate inmate, IntegrationKind kind, LocalDate startsOn, Integer lastRemission) {
        return CONDITIONS.firstUnmet(new IntegrationConditions.Facts(inmate, kind, startsOn, lastRemission, List.of()))
                .map(IntegrationConditions.Unmet::condition);
    }

    @Test
    void everyConditionOfTheFileHasItsSourceAndTheUnverifiedOnesSaySo() {
        assertThat(CONDITIONS.conditions()).extracting(IntegrationConditions.Condition::name).containsExactly(
                "CONVICT", "BEFORE_EXPIRY", "TWO_THIRDS_SERVED", "TWO_THIRDS_AT_LEAST", "SENTENCE_AT_MOST", "LAST_REMISSION_AT_MOST",
                "GOOD_CONDUCT", "NO_PENDING_CASE");
        assertThat(CONDITIONS.conditions()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
        assertThat(CONDITIONS.conditions()).filteredOn(c -> !c.verified())
                .extracting(IntegrationConditions.Condition::name).containsExactly("SENTENCE_AT_MOST", "LAST_REMISSION_AT_MOST",
                "NO_PENDING_CASE");
    }

    @Test
    void anOpenPendingCaseBarsParoleAndConditionalLeaveButNotLeaveBeforeRelease() {
        Inmate inmate = convict(LocalDate.of(2024, 1, 1), 3, 0, 0);
        LocalDate eligible = inmate.keyDates().orElseThrow().paroleEligibleFrom();
        PendingCase pending = new PendingCase();
        pending.source = PendingCase.Source.OTHER_CASE;
        pending.sourceId = java.util.UUID.randomUUID();
        pending.policeReportNumber = "LP/B/112/XI/2026/SPKT/POLRES HSU";
        pending.openedAt = java.time.OffsetDateTime.parse("2026-11-20T03:00:00Z");
        var refused = CONDITIONS.firstUnmet(new IntegrationConditions.Facts(inmate, IntegrationKind.PB, eligible, null, List.of(),
                List.of(pending)));
        assertThat(refused).map(IntegrationConditions.Unmet::condition).contains("NO_PENDING_CASE");
        IntegrationConditions.Unmet unmet = refused.orElseThrow();
        List<Object> refusal = List.of(unmet.condition(), unmet.reason(), unmet.source());
        assertThat(ProblemTexts.text(REFUSAL, refusal, ProblemTexts.ENGLISH))
                .startsWith("NO_PENDING_CASE: PB is refused while another case is pending: Polres case ")
                .contains("(police report LP/B/112/XI/2026/SPKT/POLRES HSU) open since 2026-11-20").contains("Permenkumham 7/2022");
        assertThat(ProblemTexts.text(REFUSAL, refusal, ProblemTexts.INDONESIAN))
                .startsWith("NO_PENDING_CASE: PB ditolak selama ada perkara lain yang belum selesai: perkara Polres ")
                .contains("(laporan polisi LP/B/112/XI/2026/SPKT/POLRES HSU) terbuka sejak 2026-11-20").contains("Permenkumham 7/2022");
        assertThat(CONDITIONS.conditions()).filteredOn(c -> c.name().equals("NO_PENDING_CASE"))
                .singleElement().satisfies(c -> assertThat(c.kinds()).containsExactlyInAnyOrder(IntegrationKind.PB, IntegrationKind.CB));
        assertThat(CONDITIONS.firstUnmet(new IntegrationConditions.Facts(inmate, IntegrationKind.PB, eligible, null, List.of(),
                List.of()))).isEmpty();
    }

    @Test
    void paroleStartsOnTheParoleEligibleDateAndNotADayBefore() {
        // 3 years from 2024-01-01: 1096 days, 2/3 on day 731 = 2026-01-01, which is at least 9 months in.
        Inmate inmate = convict(LocalDate.of(2024, 1, 1), 3, 0, 0);
        LocalDate eligible = inmate.keyDates().orElseThrow().paroleEligibleFrom();
        assertThat(eligible).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(unmet(inmate, IntegrationKind.PB, eligible.minusDays(1), null)).contains("TWO_THIRDS_SERVED");
        assertThat(unmet(inmate, IntegrationKind.PB, eligible, null)).isEmpty();
        assertThat(unmet(inmate, IntegrationKind.PB, inmate.keyDates().orElseThrow().expiry(), null)).contains("BEFORE_EXPIRY");
    }

    @Test
    void aSanctionInTheNineMonthsBeforeTheStartBarsEveryKindUntilItIsAnnulled() {
        Inmate inmate = convict(LocalDate.of(2024, 1, 1), 3, 0, 0);
        LocalDate eligible = inmate.keyDates().orElseThrow().paroleEligibleFrom();
        DisciplinaryEntry sanction = new DisciplinaryEntry();
        sanction.decisionNumber = "F-7/2025";
        sanction.sanction = "isolation 6 days";
        sanction.sanctionStart = eligible.minusMonths(9);
        sanction.sanctionEnd = eligible.minusMonths(9).plusDays(6);
        IntegrationConditions.Facts facts = new IntegrationConditions.Facts(inmate, IntegrationKind.PB, eligible, null, List.of(sanction));
        assertThat(CONDITIONS.firstUnmet(facts)).map(IntegrationConditions.Unmet::condition).contains("GOOD_CONDUCT");
        // Starting a week later, the sanction ended more than 9 months before.
        assertThat(CONDITIONS.firstUnmet(new IntegrationConditions.Facts(inmate, IntegrationKind.PB, eligible.plusDays(7), null,
                List.of(sanction)))).isEmpty();
        sanction.annulledAt = java.time.OffsetDateTime.now();
        assertThat(CONDITIONS.firstUnmet(facts)).isEmpty();
    }

    @Test
    void aDetaineeIsRefusedWhateverTheKind() {
        Inmate detainee = new Inmate();
        detainee.registerClass = RegisterClass.A_II;
        for (IntegrationKind kind : IntegrationKind.values()) {
            assertThat(unmet(detainee, kind, LocalDate.of(2026, 12, 1), null)).contains("CONVICT");
        }
    }

    @Test
    void conditionalLeaveTakesSentencesUpToEighteenMonths() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        assertThat(unmet(convict(start, 1, 6, 0), IntegrationKind.CB, LocalDate.of(2026, 1, 1), null)).isEmpty();
        assertThat(unmet(convict(start, 1, 7, 0), IntegrationKind.CB, LocalDate.of(2026, 1, 25), null)).contains("SENTENCE_AT_MOST");
        // 2/3 of a 9-month sentence is 6 months: CB does not need 9 months, PB does.
        Inmate nineMonths = convict(start, 0, 9, 0);
        assertThat(unmet(nineMonths, IntegrationKind.CB, LocalDate.of(2025, 7, 15), null)).isEmpty();
        assertThat(unmet(nineMonths, IntegrationKind.PB, LocalDate.of(2025, 7, 15), null)).contains("TWO_THIRDS_AT_LEAST");
    }

    @Test
    void preReleaseLeaveIsAsLongAsTheLastRemissionAndAtMostSixMonths() {
        // 3 years from 2024-01-01 less 40 days of remissions: expiry 2026-11-22.
        Inmate inmate = convict(LocalDate.of(2024, 1, 1), 3, 0, 40);
        LocalDate expiry = inmate.keyDates().orElseThrow().expiry();
        assertThat(expiry).isEqualTo(LocalDate.of(2026, 11, 22));
        assertThat(unmet(inmate, IntegrationKind.CMB, expiry.minusDays(30), null)).contains("LAST_REMISSION_AT_MOST");
        assertThat(unmet(inmate, IntegrationKind.CMB, expiry.minusDays(31), 30)).contains("LAST_REMISSION_AT_MOST");
        assertThat(unmet(inmate, IntegrationKind.CMB, expiry.minusDays(30), 30)).isEmpty();
        // A remission longer than 6 months still gives at most 6 months of leave.
        assertThat(unmet(inmate, IntegrationKind.CMB, expiry.minusMonths(6).minusDays(1), 240)).contains("LAST_REMISSION_AT_MOST");
        assertThat(unmet(inmate, IntegrationKind.CMB, expiry.minusMonths(6), 240)).isEmpty();
    }
}
