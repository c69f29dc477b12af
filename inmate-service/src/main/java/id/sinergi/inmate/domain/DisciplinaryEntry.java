package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One entry of Register F (the register of breaches of the facility's rules and the disciplinary
 * sanctions imposed for them). An entry is never deleted: a decision set aside is annulled, and only
 * entries that are not annulled count against remission.
 */
@Entity
@Table(name = "disciplinary_entry")
@Audited(inmate = "inmateId")
public class DisciplinaryEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(nullable = false)
    public String violation;

    @Column(name = "decision_number", nullable = false)
    public String decisionNumber;

    @Column(name = "decision_date", nullable = false)
    public LocalDate decisionDate;

    @Column(nullable = false)
    public String sanction;

    @Column(name = "sanction_start", nullable = false)
    public LocalDate sanctionStart;

    @Column(name = "sanction_end", nullable = false)
    public LocalDate sanctionEnd;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "annulled_at")
    public OffsetDateTime annulledAt;

    @Column(name = "annulled_by")
    public String annulledBy;

    @Column(name = "annulment_reason")
    public String annulmentReason;

    public boolean annulled() {
        return annulledAt != null;
    }

    /** A WBP's entries, newest sanction first. */
    public static List<DisciplinaryEntry> of(UUID inmateId) {
        return list("inmateId = ?1 order by sanctionStart desc, id desc", inmateId);
    }

    /** The entries not annulled whose sanction runs on some day from {@code from} to {@code to}, both included. */
    public static List<DisciplinaryEntry> activeBetween(UUID inmateId, LocalDate from, LocalDate to) {
        return list("inmateId = ?1 and annulledAt is null and sanctionStart <= ?3 and sanctionEnd >= ?2 order by sanctionStart",
                inmateId, from, to);
    }
}
