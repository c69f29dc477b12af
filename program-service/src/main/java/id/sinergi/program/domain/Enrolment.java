package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.statemachine.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A WBP's place (or wish for one) in a programme, moved through {@link EnrolmentMachine}. */
@Entity
@Audited(inmate = "inmateId", ignore = {"changedAt", "changedBy", "sessionsRecorded", "sessionsPresent"})
public class Enrolment extends PanacheEntityBase implements Stateful<EnrolmentState> {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "inmate_id", nullable = false, updatable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public EnrolmentState state;

    /** Why it is in its state: staff's free text, or a {@link SystemReason}. */
    public String reason;

    @Column(name = "requested_at", nullable = false, updatable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "requested_by", nullable = false, updatable = false)
    public String requestedBy;

    /** When the WBP first took a place. */
    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "sessions_recorded", nullable = false)
    public int sessionsRecorded;

    @Column(name = "sessions_present", nullable = false)
    public int sessionsPresent;

    @Column(name = "certificate_number", unique = true)
    public String certificateNumber;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "final_score")
    public Integer finalScore;

    /** The Lapas unit (the token's {@code unit}) and officer who issued the certificate. */
    @Column(name = "issued_unit")
    public String issuedUnit;

    @Column(name = "issued_by")
    public String issuedBy;

    @Column(name = "issued_at")
    public OffsetDateTime issuedAt;

    /** The co-organising Polres unit's co-signature of the completion; null until co-signed. */
    @Column(name = "co_signed_unit")
    public String coSignedUnit;

    @Column(name = "co_signed_by")
    public String coSignedBy;

    @Column(name = "co_signed_at")
    public OffsetDateTime coSignedAt;

    @Version
    public long version;

    @Override
    public EnrolmentState currentState() {
        return state;
    }

    @Override
    public long version() {
        return version;
    }

    public boolean isCoSigned() {
        return coSignedAt != null;
    }

    /** Sessions present / sessions recorded, to four decimals; null before any is recorded. */
    public Double attendanceRate() {
        return Rates.of(sessionsPresent, sessionsRecorded);
    }
}
