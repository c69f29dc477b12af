package id.sinergi.platform.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The one source of "now" and "today" in a service. Every date rule (notices, due dates, overdue,
 * key dates) is a rule of the facility's calendar, not of the machine's: Amuntai is on WITA (UTC+8),
 * so a container on UTC would date everything before 08:00 WITA as yesterday. The zone comes from
 * {@code sinergi.facility.zone} (default {@code Asia/Makassar}); the instant from the injected
 * {@link Clock}, which tests replace to run a job at a chosen moment.
 */
@ApplicationScoped
public class FacilityClock {

    private final Clock clock;
    private final ZoneId zone;

    @Inject
    public FacilityClock(Clock clock, FacilityZone zone) {
        this.clock = clock;
        this.zone = zone.id();
    }

    public ZoneId zone() {
        return zone;
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * Now as a timestamp to record (createdAt, decidedAt, an event's time): in UTC, like every
     * timestamp the services store (PostgreSQL gives timestamptz back in UTC, and liaison-service
     * stores the times it is sent in UTC), so a record reads the same before and after a reload.
     * The facility's zone decides dates, not how an instant is written.
     */
    public OffsetDateTime timestamp() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Today in the facility's calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The facility's wall-clock time now. */
    public LocalDateTime localNow() {
        return LocalDateTime.ofInstant(clock.instant(), zone);
    }

    /** The facility's calendar date of an instant. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    /** The first instant of a facility calendar date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
