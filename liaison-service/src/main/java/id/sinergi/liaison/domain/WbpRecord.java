package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import java.util.UUID;

/**
 * What every liaison record about a WBP carries: which WBP, the facility that holds them (the
 * Lapas's scope), the register number as known when the record was made, and a version (ETag).
 */
@MappedSuperclass
public abstract class WbpRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    /** Null only for WBP known from before facilities were recorded; the Lapas sees those too. */
    public String facility;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Version
    @Column(nullable = false)
    public long version;
}
