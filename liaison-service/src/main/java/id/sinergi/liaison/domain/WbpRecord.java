package id.sinergi.liaison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A liaison record about one WBP: which WBP, and the register number as known when the record was made. */
@MappedSuperclass
public abstract class WbpRecord extends FacilityRecord {

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;
}
