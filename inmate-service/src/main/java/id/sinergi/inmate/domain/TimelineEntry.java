package id.sinergi.inmate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something that happened to a WBP, written in the same transaction as the change. */
@Entity
@Table(name = "timeline_entry")
public class TimelineEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(nullable = false)
    public OffsetDateTime at;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    /** The event type it corresponds to, e.g. {@code inmate.moved}. */
    @Column(nullable = false)
    public String kind;

    @Column(nullable = false)
    public String summary;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String details;

    @Column(nullable = false)
    public String actor;
}
