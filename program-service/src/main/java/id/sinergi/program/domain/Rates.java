package id.sinergi.program.domain;

/** Rates as the API and events show them: a fraction to four decimals, null when there is nothing to divide. */
public final class Rates {

    private Rates() {
    }

    public static Double of(long part, long whole) {
        return whole == 0 ? null : Math.round(10_000.0 * part / whole) / 10_000.0;
    }
}
