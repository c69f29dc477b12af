package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One risk assessment of a WBP: the history is kept, the inmate carries the latest level. */
@Entity
@Table(name = "risk_assessment")
@Audited(inmate = "inmateId")
public class RiskAssessment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_level")
    public RiskLevel previousLevel;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public String assessor;

    @Column(name = "assessed_at", nullable = false)
    public OffsetDateTime assessedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
