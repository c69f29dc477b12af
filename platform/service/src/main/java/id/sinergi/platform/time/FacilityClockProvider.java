package id.sinergi.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.ClockProvider;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}, {@code @Future}, …: the facility's, not the
 * JVM's default zone, so that an admission dated today in WITA is not "in the future" for a
 * container on UTC before 08:00 WITA.
 *
 * <p>Hibernate Validator asks for the clock once, while the application is built, before the
 * runtime configuration (the facility's zone) exists; the clock it gets therefore looks the
 * {@link FacilityClock} up at each reading.
 */
@ApplicationScoped
public class FacilityClockProvider implements ClockProvider {

    private final Provider<FacilityClock> facilityClock;

    @Inject
    public FacilityClockProvider(Provider<FacilityClock> facilityClock) {
        this.facilityClock = facilityClock;
    }

    @Override
    public Clock getClock() {
        return new FacilityCalendar(facilityClock, null);
    }

    /** The facility's instant, in the facility's zone or in {@code zone} when one was asked for. */
    private static final class FacilityCalendar extends Clock {

        private final Provider<FacilityClock> facilityClock;
        private final ZoneId zone;

        FacilityCalendar(Provider<FacilityClock> facilityClock, ZoneId zone) {
            this.facilityClock = facilityClock;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone != null ? zone : facilityClock.get().zone();
        }

        @Override
        public Instant instant() {
            return facilityClock.get().now();
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new FacilityCalendar(facilityClock, other);
        }
    }
}
