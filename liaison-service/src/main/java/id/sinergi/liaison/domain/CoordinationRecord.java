package id.sinergi.liaison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/**
 * A record the Lapas keeps with a Polres unit (an incident, an agreement, a meeting, a joint
 * operation): who made it and when, and the Polres unit it concerns, the only unit of Polres that
 * sees it. Every change sets {@link #updatedAt}, so the version moves also when only a child row
 * (a finding, an action item) was added.
 */
@MappedSuperclass
public abstract class CoordinationRecord extends FacilityRecord {

    /** The Polres unit (token {@code unit}) it concerns; null: no Polres unit sees it. */
    @Column(name = "polres_unit")
    public String polresUnit;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
