package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;

/**
 * A facility of the region's directory (a UPT Pemasyarakatan of the Kanwil): where stays are held,
 * and where a transfer within the region goes. sinergi-admin keeps it.
 */
@Entity
@Audited(ignore = {"updatedAt"})
public class Facility extends PanacheEntityBase {

    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FacilityKind kind;

    @Column(name = "facility_class", nullable = false)
    public String facilityClass;

    /** The IANA zone of the facility's calendar. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** Kemendagri code of the regency ({@code NN.NN}). */
    @Column(name = "regency_code", nullable = false)
    public String regencyCode;

    @Column(name = "regency_name", nullable = false)
    public String regencyName;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
