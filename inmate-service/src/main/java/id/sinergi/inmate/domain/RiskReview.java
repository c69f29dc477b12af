package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * A WBP's risk to be reviewed because an incident or a joint-operation finding named them as
 * perpetrator or suspect. It stays pending until security or the head resolves it, with a new risk
 * assessment or with the reason the level stays; the resolution may add a Register F entry.
 */
@Entity
@Table(name = "risk_review")
@Audited(inmate = "inmateId")
public class RiskReview extends PanacheEntityBase {

    /** What named the WBP. */
    public enum Source { INCIDENT, FINDING }

    /** How a review was resolved. */
    public enum Outcome {
        /** A new risk assessment was recorded (the level may be the same). */
        ASSESSED,
        /** No new assessment: the reason says why the level stays. */
        UNCHANGED
    }

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(nullable = false)
    public String summary;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    public RiskLevel riskLevel;

    public String reason;

    @Column(name = "risk_assessment_id")
    public Long riskAssessmentId;

    @Column(name = "disciplinary_entry_id")
    public Long disciplinaryEntryId;

    @Version
    public long version;

    public boolean resolved() {
        return resolvedAt != null;
    }

    public static Optional<RiskReview> of(Source source, UUID sourceId, UUID inmateId) {
        return find("source = ?1 and sourceId = ?2 and inmateId = ?3", source, sourceId, inmateId).firstResultOptional();
    }
}
