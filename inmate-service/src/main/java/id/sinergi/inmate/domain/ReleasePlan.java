package id.sinergi.inmate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a WBP will live after release, who receives them and the Bapas that supervises
 * (Permenkumham 3/2018: the guarantor and the Bapas's litmas for PB/CB/CMB; the Polres of the
 * regency is the one to tell). One per stay; recording it again replaces it. Personal data.
 */
@Entity
@Table(name = "release_plan")
public class ReleasePlan extends PanacheEntityBase {

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(nullable = false)
    public String address;

    @Column(nullable = false)
    public String village;

    @Column(nullable = false)
    public String district;

    /** Kemendagri regency code, {@code NN.NN} (63.08 Hulu Sungai Utara). */
    @Column(name = "regency_code", nullable = false)
    public String regencyCode;

    @Column(name = "regency_name", nullable = false)
    public String regencyName;

    @Column(name = "receiver_name", nullable = false)
    public String receiverName;

    @Column(name = "receiver_relationship", nullable = false)
    public String receiverRelationship;

    @Column(name = "receiver_phone")
    public String receiverPhone;

    @Column(nullable = false)
    public String bapas;

    @Column(name = "planned_by", nullable = false)
    public String plannedBy;

    @Column(name = "planned_at", nullable = false)
    public OffsetDateTime plannedAt;

    public static Optional<ReleasePlan> of(UUID inmateId) {
        return findByIdOptional(inmateId);
    }
}
