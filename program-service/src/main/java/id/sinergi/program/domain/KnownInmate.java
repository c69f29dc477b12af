package id.sinergi.program.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** program-service's read model of a WBP, kept from inmate events. */
@Entity
@Table(name = "known_inmate")
public class KnownInmate extends PanacheEntityBase {

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class", nullable = false)
    public String registerClass;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    @Column(nullable = false)
    public String status;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
