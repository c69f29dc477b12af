package id.sinergi.inmate.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The key dates of a sentence, after remissions: 1/3, 1/2, 2/3, expiry ("ekspirasi") and the day
 * parole ("PB", pembebasan bersyarat) becomes possible.
 *
 * <p>Rules:
 * <ul>
 *   <li>The calendar end before remissions is
 *       {@code start.plusYears(years).plusMonths(months).plusDays(days)}, in that order, so that
 *       java.time handles leap years and month ends (29 Feb 2028 + 1 year = 28 Feb 2029;
 *       30 Jan + 1 month = 28 Feb, then + 1 day = 1 Mar).</li>
 *   <li>The length L is the number of days from {@code start} to that end; remissions shorten
 *       it: the effective length is E = L - remissionDays. A remission of L days or more is
 *       rejected: it would leave nothing to serve.</li>
 *   <li>Every date is {@code start} plus a number of days, i.e. the first day on which that many
 *       days have been served (the start day counts as the first day served). So
 *       {@code expiry = start + E}.</li>
 *   <li>A fraction f is reached on {@code start + ceil(E * f)}: a fraction counts only once the
 *       full share has been served, hence rounding up. Computed with integers (for 2/3:
 *       {@code (2E + 2) / 3}), no floating point, so no rounding surprises.</li>
 *   <li>Parole requires having served 2/3 of the term and that 2/3 be at least 9 months
 *       (Permenkumham 7/2022). So {@code paroleEligibleFrom = twoThirds} if twoThirds is on or
 *       after {@code start.plusMonths(9)}, otherwise {@code null}: the sentence is too short for
 *       parole.</li>
 *   <li>Substitute custody for an unpaid fine (kurungan pengganti denda, "subsider"; KUHP Pasal 30,
 *       UU 1/2023 Pasal 81-82) is served after the term: {@code expiry = start + E} plus its months,
 *       then its days. The fractions and parole count on the term only; a paid fine has no
 *       substitute custody (pass 0 and 0).</li>
 *   <li>A sentence of a fine alone ({@link #ofSubstituteCustodyOnly}) has only an expiry: the
 *       fractions and parole do not apply to substitute custody.</li>
 * </ul>
 *
 * @param oneThird           the day 1/3 of the effective term has been served
 * @param half               the day 1/2 of the effective term has been served
 * @param twoThirds          the day 2/3 of the effective term has been served
 * @param expiry             the day the whole effective term, and any substitute custody still
 *                           to serve, has been served
 * @param paroleEligibleFrom the day parole becomes possible, or {@code null} if the sentence is
 *                           too short for parole
 */
public record KeyDates(LocalDate oneThird, LocalDate half, LocalDate twoThirds, LocalDate expiry,
                       LocalDate paroleEligibleFrom) {

    /** Minimum length of 2/3 of the term for parole, in calendar months (Permenkumham 7/2022). */
    private static final int PAROLE_MINIMUM_MONTHS = 9;

    /**
     * @param start         the day the sentence started counting (the first day of detention
     *                      that counts)
     * @param years         years of the sentence as pronounced by the court (&gt;= 0)
     * @param months        months of the sentence as pronounced by the court (&gt;= 0)
     * @param days          days of the sentence as pronounced by the court (&gt;= 0); years,
     *                      months and days are not all zero
     * @param remissionDays total remission days granted so far (&gt;= 0, less than the length)
     * @param daysNotCounted days since {@code start} that do not count as served (&gt;= 0)
     * @throws IllegalArgumentException if an argument is invalid
     */
    public static KeyDates of(LocalDate start, int years, int months, int days, int remissionDays,
                              int daysNotCounted) {
        return of(start, years, months, days, remissionDays, daysNotCounted, 0, 0);
    }

    /**
     * As {@link #of(LocalDate, int, int, int, int, int)}, with the substitute custody of an unpaid
     * fine served after the term.
     *
     * @param substituteMonths months of substitute custody still to serve (&gt;= 0; 0 when the fine
     *                         is paid or there is none)
     * @param substituteDays   days of substitute custody still to serve (&gt;= 0)
     */
    public static KeyDates of(LocalDate start, int years, int months, int days, int remissionDays,
                              int daysNotCounted, int substituteMonths, int substituteDays) {
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        requireNotNegative("years", years);
        requireNotNegative("months", months);
        requireNotNegative("days", days);
        if (years == 0 && months == 0 && days == 0) {
            throw new IllegalArgumentException("sentence length must not be zero (years, months and days are all 0)");
        }
        requireNotNegative("remissionDays", remissionDays);
        requireNotNegative("daysNotCounted", daysNotCounted);
        requireNotNegative("substituteMonths", substituteMonths);
        requireNotNegative("substituteDays", substituteDays);

        LocalDate calendarEnd;
        try {
            calendarEnd = start.plusYears(years).plusMonths(months).plusDays(days);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("sentence of " + years + " years, " + months + " months, " + days
                    + " days from " + start + " ends outside the supported date range", e);
        }
        long length = ChronoUnit.DAYS.between(start, calendarEnd);
        if (remissionDays >= length) {
            throw new IllegalArgumentException("remission (" + remissionDays
                    + " days) cannot reach or exceed the sentence (" + length + " days)");
        }
        long effective = length - remissionDays + daysNotCounted;

        LocalDate twoThirds = start.plusDays(ceilFraction(effective, 2, 3));
        LocalDate paroleEligibleFrom =
                twoThirds.isBefore(start.plusMonths(PAROLE_MINIMUM_MONTHS)) ? null : twoThirds;
        LocalDate termEnds = start.plusDays(effective);
        return new KeyDates(
                start.plusDays(ceilFraction(effective, 1, 3)),
                start.plusDays(ceilFraction(effective, 1, 2)),
                twoThirds,
                termEnds.plusMonths(substituteMonths).plusDays(substituteDays),
                paroleEligibleFrom);
    }

    /**
     * A sentence of a fine alone, served as its substitute custody from {@code start}: only the
     * expiry applies ({@code start} plus the months, then the days, then the days not counted).
     *
     * @throws IllegalArgumentException if an argument is invalid or the custody is zero
     */
    public static KeyDates ofSubstituteCustodyOnly(LocalDate start, int substituteMonths, int substituteDays,
                                                   int daysNotCounted) {
        if (start == null) {
            throw new IllegalArgumentException("start must not be null");
        }
        requireNotNegative("substituteMonths", substituteMonths);
        requireNotNegative("substituteDays", substituteDays);
        requireNotNegative("daysNotCounted", daysNotCounted);
        if (substituteMonths == 0 && substituteDays == 0) {
            throw new IllegalArgumentException("substitute custody must not be zero");
        }
        LocalDate expiry = start.plusMonths(substituteMonths).plusDays(substituteDays).plusDays(daysNotCounted);
        return new KeyDates(null, null, null, expiry, null);
    }

    private static void requireNotNegative(String name, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, was " + value);
        }
    }

    /** ceil(days * numerator / denominator) for days &gt;= 0, in integers. */
    private static long ceilFraction(long days, int numerator, int denominator) {
        return (days * numerator + denominator - 1) / denominator;
    }
}
