package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Whether a WBP attended one session; corrections keep the earlier values as {@link AttendanceAmendment}s. */
@Entity
@Audited
public class Attendance extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "session_id", nullable = false, updatable = false)
    public UUID sessionId;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AttendanceStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "absence_reason")
    public AbsenceReason absenceReason;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
