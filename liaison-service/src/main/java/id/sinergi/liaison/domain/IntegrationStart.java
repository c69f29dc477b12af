package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The start of an integration (PB, CB, CMB) of a stay, from {@code inmate.integration-started}. */
@Entity
@Table(name = "integration_start")
public class IntegrationStart extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    public String facility;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class")
    public String registerClass;

    /** PB, CB or CMB. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
