package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.statemachine.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An enrolment a change of the WBP put in front of a programme officer (risk raised to HIGH): it
 * stays in the queue until acknowledged ({@link ReviewMachine}). The enrolment itself is unchanged;
 * the officer decides.
 */
@Entity
@Table(name = "enrolment_review")
@Audited(inmate = "inmateId")
public class EnrolmentReview extends PanacheEntityBase implements Stateful<EnrolmentReview.Status> {

    public enum Cause { RISK_RAISED_TO_HIGH }

    /** Kept as whether {@code acknowledgedAt} is set. */
    public enum Status { PENDING, ACKNOWLEDGED }

    @Id
    public UUID id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "inmate_id", nullable = false, updatable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Cause cause;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_risk_level", updatable = false)
    public RiskLevel previousRiskLevel;

    @Column(name = "raised_at", nullable = false, updatable = false)
    public OffsetDateTime raisedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    /** The inmate event that raised it. */
    @Column(name = "source_event_id", nullable = false, updatable = false)
    public UUID sourceEventId;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    public String note;

    @Version
    public long version;

    public boolean isPending() {
        return acknowledgedAt == null;
    }

    @Override
    public Status currentState() {
        return isPending() ? Status.PENDING : Status.ACKNOWLEDGED;
    }

    @Override
    public long version() {
        return version;
    }
}
