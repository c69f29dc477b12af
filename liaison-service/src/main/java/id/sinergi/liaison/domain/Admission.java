package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A stay's admission to a facility ({@code inmate.admitted}), once per stay. */
@Entity
@Table(name = "admission")
public class Admission extends PanacheEntityBase {

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    public String facility;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class")
    public String registerClass;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
