package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * liaison-service's read model of a WBP, kept from every inmate event's {@code data.inmate} (the
 * basic view) plus the categories of the offences named at admission; only a newer snapshot, by
 * inmate-service's version of the record, replaces the one held.
 */
@Entity
@Table(name = "inmate_snapshot")
public class InmateSnapshot extends PanacheEntityBase {

    public static final String IN_CUSTODY = "IN_CUSTODY";
    public static final String IN_FACILITY = "IN_FACILITY";
    /** The register class of detainees held for a police investigator. */
    public static final String POLICE_DETAINEE_CLASS = "A.I";

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class")
    public String registerClass;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    @Column(nullable = false)
    public String status;

    public String location;

    public String facility;

    @Column(name = "cell_block")
    public String cellBlock;

    @Column(name = "expected_release")
    public LocalDate expectedRelease;

    @Column(name = "detaining_authority")
    public String detainingAuthority;

    /** {@link OffenceCategory} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offence_categories", nullable = false, columnDefinition = "text[]")
    public List<String> offenceCategories = new ArrayList<>();

    /**
     * inmate-service's version of the record this snapshot was taken at; a snapshot replaces this
     * one only when newer. Null for rows kept before versions were sent: the next event applies.
     */
    @Column(name = "snapshot_version")
    public Long snapshotVersion;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public RiskLevel risk() {
        return RiskLevel.valueOf(riskLevel);
    }

    public List<OffenceCategory> categories() {
        return offenceCategories.stream().map(OffenceCategory::valueOf).toList();
    }

    public boolean isInCustody() {
        return IN_CUSTODY.equals(status);
    }
}
