package id.sinergi.program.domain;

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

/** An attendance record as it was before a correction, with who corrected it and why. */
@Entity
@Table(name = "attendance_amendment")
public class AttendanceAmendment extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "attendance_id", nullable = false, updatable = false)
    public UUID attendanceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false)
    public AttendanceStatus previousStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_absence_reason")
    public AbsenceReason previousAbsenceReason;

    @Column(name = "previous_note")
    public String previousNote;

    @Column(name = "previously_recorded_by", nullable = false)
    public String previouslyRecordedBy;

    @Column(name = "previously_recorded_at", nullable = false)
    public OffsetDateTime previouslyRecordedAt;

    @Column(nullable = false)
    public String reason;

    @Column(name = "amended_by", nullable = false)
    public String amendedBy;

    @Column(name = "amended_at", nullable = false)
    public OffsetDateTime amendedAt;
}
