package id.sinergi.inmate.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Worked examples, each computed by hand. "+n" means start.plusDays(n); "doy" is the day of the
 * year (non-leap cumulative month ends: Jan 31, Feb 59, Mar 90, Apr 120, May 151, Jun 181,
 * Jul 212, Aug 243, Sep 273, Oct 304, Nov 334, Dec 365). From 1 January, +n lands on doy n + 1.
 */
class KeyDatesTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void oneYearWithoutRemission() {
        // 2026-01-01 + 1 year = 2027-01-01; 2026 is not a leap year: L = E = 365.
        // 1/3: ceil(365/3) = ceil(121.67) = 122 -> doy 123 = 2026-05-03 (Apr ends doy 120).
        // 1/2: ceil(365/2) = ceil(182.5) = 183 -> doy 184 = 2026-07-03 (Jun ends doy 181).
        // 2/3: ceil(730/3) = ceil(243.33) = 244 -> doy 245 = 2026-09-02 (Aug ends doy 243).
        // expiry: +365 = 2027-01-01.
        // Parole: start + 9 months = 2026-10-01; 2026-09-02 is before it -> null.
        KeyDates dates = KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2026-05-03"), d("2026-07-03"), d("2026-09-02"), d("2027-01-01"), null));
    }

    @Test
    void twelveMonthSentenceIsTooShortForParole() {
        // 0 years 12 months from 2026-01-01 ends 2027-01-01, same as 1 year: L = 365.
        // 2/3: 244 days -> 2026-09-02, about 8 months; start + 9 months = 2026-10-01 -> not eligible.
        KeyDates dates = KeyDates.of(d("2026-01-01"), 0, 12, 0, 0, 0);

        assertThat(dates.twoThirds()).isEqualTo(d("2026-09-02"));
        assertThat(dates.expiry()).isEqualTo(d("2027-01-01"));
        assertThat(dates.paroleEligibleFrom()).isNull();
    }

    @Test
    void eighteenMonthSentenceIsEligibleForParoleAtTwoThirds() {
        // 18 months from 2026-01-01 ends 2027-07-01: L = 365 (2026) + 181 (Jan-Jun 2027) = 546.
        // 1/3: 546/3 = 182 exactly -> doy 183 = 2026-07-02.
        // 1/2: 546/2 = 273 exactly -> doy 274 = 2026-10-01.
        // 2/3: 1092/3 = 364 exactly -> doy 365 = 2026-12-31.
        // expiry: 2027-07-01. Parole: 2026-12-31 is after start + 9 months (2026-10-01) -> 2026-12-31.
        KeyDates dates = KeyDates.of(d("2026-01-01"), 0, 18, 0, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2026-07-02"), d("2026-10-01"), d("2026-12-31"), d("2027-07-01"), d("2026-12-31")));
    }

    @Test
    void twoYearsSpanningLeapDay() {
        // 2027-03-01 + 2 years = 2029-03-01. 2027-03-01 -> 2028-03-01 holds 29 Feb 2028: 366 days;
        // 2028-03-01 -> 2029-03-01: 365 days. L = E = 731.
        // 1/3: ceil(731/3) = ceil(243.67) = 244. From 2027-03-01: Apr 1 +31, May 1 +61, Jun 1 +92,
        //      Jul 1 +122, Aug 1 +153, Sep 1 +184, Oct 1 +214, Nov 1 +245 -> +244 = 2027-10-31.
        // 1/2: ceil(731/2) = ceil(365.5) = 366 -> 2028-03-01 (+365 would be 2028-02-29).
        // 2/3: ceil(1462/3) = ceil(487.33) = 488 = 366 + 122 -> 2028-03-01 + 122 = 2028-07-01
        //      (Apr 1 +31, May 1 +61, Jun 1 +92, Jul 1 +122).
        // expiry: 2029-03-01. Parole: 2028-07-01 is after start + 9 months (2027-12-01) -> 2028-07-01.
        KeyDates dates = KeyDates.of(d("2027-03-01"), 2, 0, 0, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2027-10-31"), d("2028-03-01"), d("2028-07-01"), d("2029-03-01"), d("2028-07-01")));
    }

    @Test
    void startOnLeapDayPlusOneYearEndsOnTwentyEighthOfFebruary() {
        // 2028-02-29 + 1 year = 2029-02-28 (no 29 Feb in 2029).
        // L: 2028-02-29 -> 2028-03-01 is 1 day, 2028-03-01 -> 2029-02-28 is 365 - 1 = 364: L = E = 365.
        // From 2028-02-29: Mar 1 +1, Apr 1 +32, May 1 +62, Jun 1 +93, Jul 1 +123, Aug 1 +154,
        //      Sep 1 +185, Oct 1 +215, Nov 1 +246.
        // 1/3: 122 -> 2028-06-30. 1/2: 183 -> 2028-08-30. 2/3: 244 -> 2028-10-30.
        // expiry: +365 = 2029-02-28. Parole: start + 9 months = 2028-11-29; 2028-10-30 is before -> null.
        KeyDates dates = KeyDates.of(d("2028-02-29"), 1, 0, 0, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2028-06-30"), d("2028-08-30"), d("2028-10-30"), d("2029-02-28"), null));
    }

    @Test
    void remissionShortensExpiryAndMovesTwoThirdsEarlier() {
        // 2 years from 2026-01-01 ends 2028-01-01: L = 365 + 365 = 730. Remission 90: E = 640.
        // 1/3: ceil(640/3) = ceil(213.33) = 214 -> doy 215 = 2026-08-03 (Jul ends doy 212).
        // 1/2: 640/2 = 320 -> doy 321 = 2026-11-17 (Oct ends doy 304).
        // 2/3: ceil(1280/3) = ceil(426.67) = 427 = 365 + 62 -> 2027-01-01 + 62 = doy 63 = 2027-03-04.
        // expiry: 2028-01-01 - 90 days: -31 -> 2027-12-01, -61 -> 2027-11-01, -92 -> 2027-10-01,
        //      so -90 = 2027-10-03 (check: +640 = 2027-01-01 + 275 = doy 276 = 2027-10-03).
        // Parole: 2027-03-04 is after 2026-10-01 -> 2027-03-04.
        KeyDates withRemission = KeyDates.of(d("2026-01-01"), 2, 0, 0, 90, 0);

        assertThat(withRemission).isEqualTo(new KeyDates(
                d("2026-08-03"), d("2026-11-17"), d("2027-03-04"), d("2027-10-03"), d("2027-03-04")));

        // Without remission: 2/3 = ceil(1460/3) = ceil(486.67) = 487 = 365 + 122 -> doy 123 = 2027-05-03,
        // expiry 2028-01-01. The remission moved 2/3 60 days earlier (487 - 427 = 2/3 of 90).
        KeyDates withoutRemission = KeyDates.of(d("2026-01-01"), 2, 0, 0, 0, 0);
        assertThat(withoutRemission.twoThirds()).isEqualTo(d("2027-05-03"));
        assertThat(withoutRemission.expiry()).isEqualTo(d("2028-01-01"));
    }

    @Test
    void remissionCanBringTwoThirdsUnderNineMonths() {
        // 1 year 2 months from 2026-01-01 ends 2027-03-01: L = 365 + 59 = 424.
        // No remission: 2/3 = ceil(848/3) = ceil(282.67) = 283 -> doy 284 = 2026-10-11 (Sep ends doy 273),
        //      on/after start + 9 months (2026-10-01) -> eligible 2026-10-11.
        assertThat(KeyDates.of(d("2026-01-01"), 1, 2, 0, 0, 0).paroleEligibleFrom()).isEqualTo(d("2026-10-11"));

        // Remission 30: E = 394, 2/3 = ceil(788/3) = ceil(262.67) = 263 -> doy 264 = 2026-09-21 (Aug ends
        //      doy 243): before 2026-10-01 -> null.
        KeyDates dates = KeyDates.of(d("2026-01-01"), 1, 2, 0, 30, 0);
        assertThat(dates.twoThirds()).isEqualTo(d("2026-09-21"));
        assertThat(dates.paroleEligibleFrom()).isNull();
    }

    @Test
    void twoThirdsExactlyOnNineMonthsIsEligibleAndOneDayBeforeIsNot() {
        // Start 2026-01-01, start + 9 months = 2026-10-01 = +273 (doy 274). Sentence 1 year 2 months: L = 424.
        // Remission 15: E = 409, 2/3 = ceil(818/3) = ceil(272.67) = 273 -> 2026-10-01: on the boundary, eligible.
        KeyDates onBoundary = KeyDates.of(d("2026-01-01"), 1, 2, 0, 15, 0);
        assertThat(onBoundary.twoThirds()).isEqualTo(d("2026-10-01"));
        assertThat(onBoundary.paroleEligibleFrom()).isEqualTo(d("2026-10-01"));

        // Remission 16: E = 408, 2/3 = 816/3 = 272 exactly (no rounding) -> 2026-09-30: one day short, null.
        KeyDates oneDayShort = KeyDates.of(d("2026-01-01"), 1, 2, 0, 16, 0);
        assertThat(oneDayShort.twoThirds()).isEqualTo(d("2026-09-30"));
        assertThat(oneDayShort.paroleEligibleFrom()).isNull();
    }

    @Test
    void yearsMonthsAndDaysCombined() {
        // 1 year 6 months 15 days from 2026-01-01: 2027-01-01 -> 2027-07-01 -> 2027-07-16.
        // L = 365 (2026) + 181 (Jan-Jun 2027) + 15 = 561.
        // 1/3: 561/3 = 187 exactly -> doy 188 = 2026-07-07 (Jun ends doy 181).
        // 1/2: ceil(280.5) = 281 -> doy 282 = 2026-10-09 (Sep ends doy 273).
        // 2/3: 1122/3 = 374 exactly = 365 + 9 -> 2027-01-10.
        // expiry: 2027-07-16. Parole: 2027-01-10 is after 2026-10-01 -> 2027-01-10.
        KeyDates dates = KeyDates.of(d("2026-01-01"), 1, 6, 15, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2026-07-07"), d("2026-10-09"), d("2027-01-10"), d("2027-07-16"), d("2027-01-10")));
    }

    @Test
    void monthsAreAddedBeforeDaysAndClampToMonthEnd() {
        // 1 month 1 day from 2026-01-30: + 1 month = 2026-02-28 (clamped), + 1 day = 2026-03-01.
        // (Days first would give 2026-01-31 + 1 month = 2026-02-28: a different answer.)
        // L: 2026-01-30 -> 2026-02-01 is 2 days, + 28 to 2026-03-01: L = 30.
        // 1/3: 10 -> 2026-02-09. 1/2: 15 -> 2026-02-14. 2/3: 20 -> 2026-02-19. expiry 2026-03-01.
        // Parole: far under 9 months -> null.
        KeyDates dates = KeyDates.of(d("2026-01-30"), 0, 1, 1, 0, 0);

        assertThat(dates).isEqualTo(new KeyDates(
                d("2026-02-09"), d("2026-02-14"), d("2026-02-19"), d("2026-03-01"), null));
    }

    @Test
    void fractionsRoundUpOnVeryShortSentences() {
        // 1 day from 2026-01-01: L = E = 1. ceil(1/3) = ceil(1/2) = ceil(2/3) = 1 -> all 2026-01-02.
        assertThat(KeyDates.of(d("2026-01-01"), 0, 0, 1, 0, 0)).isEqualTo(new KeyDates(
                d("2026-01-02"), d("2026-01-02"), d("2026-01-02"), d("2026-01-02"), null));

        // 4 days from 2026-01-01: L = E = 4. 1/3: ceil(1.33) = 2 -> 2026-01-03; 1/2: 2 -> 2026-01-03;
        // 2/3: ceil(2.67) = 3 -> 2026-01-04; expiry 2026-01-05.
        assertThat(KeyDates.of(d("2026-01-01"), 0, 0, 4, 0, 0)).isEqualTo(new KeyDates(
                d("2026-01-03"), d("2026-01-03"), d("2026-01-04"), d("2026-01-05"), null));
    }

    @Test
    void rejectsNullStart() {
        assertThatThrownBy(() -> KeyDates.of(null, 1, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("start must not be null");
    }

    @ParameterizedTest
    @CsvSource({
            "-1, 0, 0, 0, 'years must not be negative, was -1'",
            "0, -1, 0, 0, 'months must not be negative, was -1'",
            "0, 0, -1, 0, 'days must not be negative, was -1'",
            "1, 0, 0, -1, 'remissionDays must not be negative, was -1'",
    })
    void rejectsNegativeParts(int years, int months, int days, int remissionDays, String message) {
        assertThatThrownBy(() -> KeyDates.of(d("2026-01-01"), years, months, days, remissionDays, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void rejectsZeroLength() {
        assertThatThrownBy(() -> KeyDates.of(d("2026-01-01"), 0, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentence length must not be zero (years, months and days are all 0)");
    }

    @ParameterizedTest
    @CsvSource({"365", "366", "1000"})
    void rejectsRemissionReachingTheSentence(int remissionDays) {
        // 1 year from 2026-01-01: L = 365; a remission of 365 days or more leaves nothing to serve.
        assertThatThrownBy(() -> KeyDates.of(d("2026-01-01"), 1, 0, 0, remissionDays, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("remission (" + remissionDays + " days) cannot reach or exceed the sentence (365 days)");
    }

    @Test
    void acceptsRemissionOneDayShortOfTheSentence() {
        // L = 365, remission 364: E = 1 -> every fraction is ceil(...) = 1 day -> 2026-01-02.
        assertThat(KeyDates.of(d("2026-01-01"), 1, 0, 0, 364, 0)).isEqualTo(new KeyDates(
                d("2026-01-02"), d("2026-01-02"), d("2026-01-02"), d("2026-01-02"), null));
    }

    @Test
    void rejectsSentenceEndingOutsideTheDateRange() {
        assertThatThrownBy(() -> KeyDates.of(d("2026-01-01"), Integer.MAX_VALUE, 0, 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the supported date range");
    }

    @Test
    void daysNotCountedMoveEveryDateLater() {
        KeyDates counted = KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 0);
        KeyDates withTimeAtLarge = KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 30);

        assertThat(withTimeAtLarge.expiry()).isEqualTo(counted.expiry().plusDays(30));
        assertThat(withTimeAtLarge.twoThirds()).isEqualTo(d("2026-09-22")); // ceil((365 + 30) * 2 / 3) = 264 days
    }

    @Test
    void substituteCustodyFollowsTheTermAndLeavesTheFractionsAlone() {
        // 1 year from 2026-01-01 (L = 365) then 3 months and 10 days of substitute custody after its end:
        // 2027-01-01 + 3 months = 2027-04-01, + 10 days = 2027-04-11. 1/3, 1/2, 2/3 as without it.
        KeyDates term = KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 0);
        KeyDates withSubstitute = KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 0, 3, 10);

        assertThat(withSubstitute).isEqualTo(new KeyDates(
                term.oneThird(), term.half(), term.twoThirds(), d("2027-04-11"), term.paroleEligibleFrom()));
    }

    @Test
    void substituteCustodyIsCountedFromTheTermAfterRemissions() {
        // 2 years from 2026-01-15: L = 730; remission 30: E = 700 -> term ends 2027-12-16;
        // 90 days of substitute custody: 2027-12-16 + 90 = 2028-03-15 (2028 is a leap year: Dec 15 + Jan 31 + Feb 29 + Mar 15).
        KeyDates dates = KeyDates.of(d("2026-01-15"), 2, 0, 0, 30, 0, 0, 90);

        assertThat(dates.expiry()).isEqualTo(d("2028-03-15"));
        assertThat(dates.twoThirds()).isEqualTo(d("2027-04-27")); // ceil(1400 / 3) = 467 days, as ActionsTest has it
    }

    @Test
    void aFineAloneHasOnlyTheExpiryOfItsSubstituteCustody() {
        // 2 months from 2026-01-31: 2026-03-31; then 5 days: 2026-04-05. No fraction, no parole.
        assertThat(KeyDates.ofSubstituteCustodyOnly(d("2026-01-31"), 2, 5, 0))
                .isEqualTo(new KeyDates(null, null, null, d("2026-04-05"), null));
        assertThatThrownBy(() -> KeyDates.ofSubstituteCustodyOnly(d("2026-01-31"), 0, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("substitute custody must not be zero");
        assertThatThrownBy(() -> KeyDates.of(d("2026-01-01"), 1, 0, 0, 0, 0, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("substituteMonths must not be negative, was -1");
    }
}
