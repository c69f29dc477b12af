package id.sinergi.inmate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Polres recorded the arrest of a former WBP (issue 21 point 4): the person, the stay they were
 * last released from and the police report. A re-arrest is an arrest on a new police report
 * (laporan polisi) after a release here; whether it becomes a conviction (recidivism in law) is the
 * court's finding. See docs/domain-rules.md, "Re-arrests and readmissions".
 */
@Entity
@Table(name = "re_arrest")
public class ReArrest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    /** The stay the person was last released from. */
    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    /** That stay's register number. */
    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    @Column(name = "arrested_on", nullable = false)
    public LocalDate arrestedOn;

    @Column(name = "police_report_number", nullable = false)
    public String policeReportNumber;

    @Column(nullable = false)
    public String article;

    @Column(name = "polres_unit", nullable = false)
    public String polresUnit;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
