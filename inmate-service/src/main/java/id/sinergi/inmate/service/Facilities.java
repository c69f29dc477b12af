package id.sinergi.inmate.service;

import id.sinergi.inmate.command.FacilityRequest;
import id.sinergi.inmate.domain.Facility;
import id.sinergi.inmate.domain.FacilityKind;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The region's facility directory, as the rest of the service asks it (is this code a facility of
 * the region, what is its zone): read from a copy kept in memory. The copy is dropped when a PUT
 * here commits, and read again at most a minute after a PUT on another replica.
 */
@ApplicationScoped
public class Facilities {

    private static final Duration AT_MOST_STALE = Duration.ofMinutes(1);

    /** A facility as the rest of the service uses it. */
    public record Entry(String code, String name, FacilityKind kind, String facilityClass, ZoneId zone,
                        String regencyCode, String regencyName) {
    }

    private record Loaded(Map<String, Entry> byCode, Instant at) {
    }

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private volatile Loaded loaded;

    public Optional<Entry> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(directory().get(code));
    }

    public boolean exists(String code) {
        return find(code).isPresent();
    }

    /** The zone of a facility of the directory. */
    public ZoneId zone(String code) {
        return find(code).map(Entry::zone).orElseThrow(() -> new IllegalArgumentException("no facility " + code));
    }

    private Map<String, Entry> directory() {
        Loaded current = loaded;
        if (current == null || current.at().plus(AT_MOST_STALE).isBefore(clock.now())) {
            Map<String, Entry> byCode = QuarkusTransaction.joiningExisting().call(() -> Facility.<Facility>listAll().stream()
                    .collect(Collectors.toUnmodifiableMap(f -> f.code, Facilities::entry)));
            current = new Loaded(byCode, clock.now());
            loaded = current;
        }
        return current.byCode();
    }

    private static Entry entry(Facility facility) {
        return new Entry(facility.code, facility.name, facility.kind, facility.facilityClass, ZoneId.of(facility.timeZone),
                facility.regencyCode, facility.regencyName);
    }

    /** What a PUT did: the facility as stored, and whether it was new. */
    public record Put(Facility facility, boolean created) {
    }

    /**
     * Creates a facility (no {@code If-Match} needed; one given for an unknown code is 412) or replaces
     * it ({@code If-Match} required: 428, 412), and tells the other services ({@code inmate.facility-changed}).
     */
    @Transactional
    public Put put(String code, String ifMatch, FacilityRequest request) {
        ZoneId zone = zoneOf(request.timeZone());
        Facility facility = Facility.findById(code, LockModeType.PESSIMISTIC_WRITE);
        boolean created = facility == null;
        if (created) {
            // RFC 9110: If-Match, even "*", fails when there is no current representation.
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw Problems.problem(412, "precondition-failed.no-facility-yet", code).build();
            }
            facility = new Facility();
            facility.code = code;
        } else {
            ETags.requireMatch(ifMatch, facility.version);
        }
        facility.name = request.name().strip();
        facility.kind = request.kind();
        facility.facilityClass = request.facilityClass();
        facility.timeZone = zone.getId();
        facility.regencyCode = request.regencyCode();
        facility.regencyName = request.regencyName().strip();
        facility.updatedAt = clock.timestamp();
        facility.updatedBy = caller.subject();
        if (created) {
            facility.persist();
        }
        Facility.getEntityManager().flush();
        outbox.record(InmateEvents.FACILITY_CHANGED, code, new InmateEvents.FacilityChanged(data(facility)));
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    loaded = null;
                }
            }
        });
        return new Put(facility, created);
    }

    public static InmateEvents.FacilityData data(Facility facility) {
        return new InmateEvents.FacilityData(facility.code, facility.name, facility.kind.name(), facility.facilityClass,
                facility.timeZone, facility.regencyCode, facility.regencyName);
    }

    /** An IANA region id only: fixed offsets ("+08:00", "UTC+8") do not follow a region's rules. */
    private static ZoneId zoneOf(String timeZone) {
        try {
            ZoneId zone = ZoneId.of(timeZone.strip());
            if (!ZoneId.getAvailableZoneIds().contains(zone.getId())) {
                throw new DateTimeException(timeZone);
            }
            return zone;
        } catch (DateTimeException e) {
            throw Problems.invalidField("invalid-time-zone", "timeZone", timeZone);
        }
    }
}
