package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A facility of the region as inmate-service's directory publishes it ({@code inmate.facility-changed}):
 * the report lists these facilities, with their names and kinds, and dates by their zone.
 */
@Entity
@Table(name = "facility")
public class Facility extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    public String kind;

    @Column(name = "facility_class")
    public String facilityClass;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "regency_code")
    public String regencyCode;

    @Column(name = "regency_name")
    public String regencyName;

    /** The time of the event that told of it; an older event changes nothing. */
    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static List<Facility> all() {
        return listAll(Sort.by("code"));
    }

    /** Its zone, or {@code fallback} when it names none or one Java does not know. */
    public ZoneId zone(ZoneId fallback) {
        try {
            return timeZone == null || timeZone.isBlank() ? fallback : ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return fallback;
        }
    }
}
