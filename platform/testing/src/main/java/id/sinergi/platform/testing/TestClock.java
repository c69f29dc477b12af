package id.sinergi.platform.testing;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * For the services' tests: the clock behind every {@code FacilityClock}, which a test sets to a
 * chosen moment (the notice job at 23:30 UTC, at 00:30 WITA) and resets afterwards; unset, it is
 * the system clock. Being a {@link Clock} bean, it replaces the platform's system clock (a default
 * bean) in every service whose tests have platform testing on their classpath.
 *
 * <p>The application is shared by the test classes of a service: a test that sets the clock resets
 * it in {@code @AfterEach}, so the others run at the real time.
 */
@ApplicationScoped
public class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.systemUTC();

    private volatile Instant fixed;

    /** From now on, every reading of the clock is {@code instant}. */
    public void set(Instant instant) {
        fixed = instant;
    }

    /** Back to the system clock. */
    public void reset() {
        fixed = null;
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at != null ? at : SYSTEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving or set instant, seen in {@code zone} (what Bean Validation's clock asks for). */
    @Override
    public Clock withZone(ZoneId zone) {
        return new InZone(this, zone);
    }

    private static final class InZone extends Clock {

        private final TestClock clock;
        private final ZoneId zone;

        InZone(TestClock clock, ZoneId zone) {
            this.clock = clock;
            this.zone = zone;
        }

        @Override
        public Instant instant() {
            return clock.instant();
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new InZone(clock, other);
        }
    }
}
