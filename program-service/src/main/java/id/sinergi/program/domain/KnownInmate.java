package id.sinergi.program.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * program-service's read model of a WBP, kept from inmate events: what eligibility needs, and no
 * more (no name, no NIK). A snapshot is applied only when it is newer than the one held
 * ({@code Snapshots.isNewer}, by {@link #snapshotVersion}).
 */
@Entity
@Table(name = "known_inmate")
public class KnownInmate extends PanacheEntityBase {

    public static final String IN_CUSTODY = "IN_CUSTODY";
    public static final String IN_TRANSIT = "IN_TRANSIT";

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class", nullable = false)
    public String registerClass;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    /**
     * IN_CUSTODY, IN_INTEGRATION (PB, CB, CMB under a Bapas), IN_TRANSIT (transferred inside the region,
     * not yet arrived), RELEASED, TRANSFERRED (out of the region), ESCAPED, or any status inmate-service
     * adds later: kept as text, so a new status is held (and is not IN_CUSTODY) rather than refused.
     */
    @Column(nullable = false)
    public String status;

    /** IN_FACILITY, COURT, POLICE_LOAN or MEDICAL. */
    public String location;

    /** The facility whose WBP they are: the sending one while IN_TRANSIT, the receiving one once arrived. */
    @Column(nullable = false)
    public String facility;

    /** While IN_TRANSIT, the facility receiving them (whose staff see them too); null otherwise. */
    @Column(name = "transferred_to")
    public String transferredTo;

    /**
     * inmate-service's version of the record in the snapshot held: a snapshot replaces it only when
     * its version is greater. Null for rows kept before events carried versions (the next event applies).
     */
    @Column(name = "snapshot_version")
    public Long snapshotVersion;

    /** The time of the last inmate event applied. */
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isInCustody() {
        return IN_CUSTODY.equals(status);
    }

    public boolean isInTransit() {
        return IN_TRANSIT.equals(status);
    }

    /** The facility's staff hold this WBP: theirs, or on the way to them. */
    public boolean isHeldBy(String facilityCode) {
        return facilityCode.equals(facility) || (isInTransit() && facilityCode.equals(transferredTo));
    }
}
