package id.sinergi.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ClockProvider;
import java.time.Clock;

/**
 * The clock of Bean Validation's {@code @PastOrPresent}, {@code @Future}, …: the facility's, not the
 * JVM's default zone, so that an admission dated today in WITA is not "in the future" for a
 * container on UTC before 08:00 WITA.
 */
@ApplicationScoped
public class FacilityClockProvider implements ClockProvider {

    private final Clock clock;
    private final FacilityZone zone;

    @Inject
    public FacilityClockProvider(Clock clock, FacilityZone zone) {
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Clock getClock() {
        return clock.withZone(zone.id());
    }
}
