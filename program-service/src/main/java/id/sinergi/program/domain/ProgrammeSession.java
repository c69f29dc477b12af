package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One meeting of a programme on its schedule; attendance is taken per session. */
@Entity
@Table(name = "programme_session")
@Audited
public class ProgrammeSession extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(name = "starts_at", nullable = false)
    public LocalTime startsAt;

    @Column(name = "ends_at", nullable = false)
    public LocalTime endsAt;

    @Column(nullable = false)
    public String topic;

    public String facilitator;

    /** The Polres unit whose officers hold the session (the programme's co-organiser); null: Lapas staff. */
    @Column(name = "facilitating_unit")
    public String facilitatingUnit;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    /** Its ETag: a session changes only by being recorded, but a copy still asks (If-None-Match). */
    @Version
    @Column(nullable = false)
    public long version;
}
