package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Facility;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The region's facilities as inmate-service's directory publishes them ({@code inmate.facility-changed}),
 * kept for the Kanwil's report: which facilities exist, their names and kinds, and the zone each dates
 * by (WITA, {@code Asia/Makassar}, across Kalimantan Selatan).
 */
@ApplicationScoped
public class Facilities {

    private static final Logger LOG = Logger.getLogger(Facilities.class);

    @Inject
    FacilityClock clock;

    public record Data(String code, String name, String kind, String facilityClass, String timeZone, String regencyCode,
                       String regencyName) {
    }

    /** Keeps the facility as told at {@code at}; a change told earlier than the one held changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void changed(Data data, OffsetDateTime at) {
        Facility facility = Facility.findById(data.code(), LockModeType.PESSIMISTIC_WRITE);
        if (facility != null && facility.changedAt.isAfter(at)) {
            LOG.debugf("facility %s: the change of %s is older than the one held", data.code(), at);
            return;
        }
        if (facility == null) {
            facility = new Facility();
            facility.code = data.code();
        }
        facility.name = data.name();
        facility.kind = data.kind();
        facility.facilityClass = data.facilityClass();
        facility.timeZone = data.timeZone();
        facility.regencyCode = data.regencyCode();
        facility.regencyName = data.regencyName();
        facility.changedAt = at;
        facility.persist();
        LOG.infof("facility %s (%s) kept", data.code(), data.name());
    }

    public List<Facility> all() {
        return Facility.all();
    }

    public Optional<Facility> find(String code) {
        return Optional.ofNullable(Facility.findById(code));
    }

    /** The zone a facility dates by: its own, else the service's ({@code SINERGI_FACILITY_ZONE}). */
    public ZoneId zoneOf(String code) {
        return find(code).map(f -> f.zone(clock.zone())).orElse(clock.zone());
    }
}
