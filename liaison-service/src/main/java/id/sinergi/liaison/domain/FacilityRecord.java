package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * What every liaison record carries: its id, the facility it belongs to (the Lapas's scope) and a
 * version (its ETag).
 */
@MappedSuperclass
public abstract class FacilityRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    /**
     * The facility it belongs to; null only for records of WBP known from before facilities were
     * recorded, which no facility's staff sees (Scope).
     */
    public String facility;

    @Version
    @Column(nullable = false)
    public long version;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    /** The version its ETag is made from ({@code Stateful}). */
    public long version() {
        return version;
    }
}
