package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A score and notes on a WBP's progress in a programme; the final one comes with completion. */
@Entity
@Audited
public class Assessment extends PanacheEntityBase {

    public enum Kind { PROGRESS, FINAL }

    @Id
    public UUID id;

    @Column(name = "enrolment_id", nullable = false, updatable = false)
    public UUID enrolmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    public Integer score;

    public String notes;

    @Column(name = "assessed_on", nullable = false)
    public LocalDate assessedOn;

    @Column(nullable = false)
    public String assessor;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
