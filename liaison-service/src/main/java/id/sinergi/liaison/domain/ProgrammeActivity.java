package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A programme at work in a facility on a day: a roll taken at one of its sessions, or an enrolment
 * completed. The report counts a programme as run in a month when it has either.
 */
@Entity
@Table(name = "programme_activity")
public class ProgrammeActivity extends PanacheEntityBase {

    public enum Kind { ATTENDANCE, COMPLETION }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "enrolment_id", nullable = false)
    public UUID enrolmentId;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "programme_code", nullable = false)
    public String programmeCode;

    @Column(name = "programme_name", nullable = false)
    public String programmeName;

    @Column(nullable = false)
    public String category;

    public String facility;

    @Column(name = "on_date", nullable = false)
    public LocalDate onDate;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
