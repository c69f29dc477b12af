package id.sinergi.program.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.statemachine.Stateful;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A rehabilitation programme (pembinaan) of the catalogue, with its places and who may join; moved through {@link ProgrammeMachine}. */
@Entity
@Audited(ignore = {"createdAt", "updatedAt"})
public class Programme extends PanacheEntityBase implements Stateful<ProgrammeStatus> {

    @Id
    public UUID id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProgrammeCategory category;

    /**
     * The facility whose programme it is (a facility code such as {@code LAPAS-AMUNTAI}): the unit of the
     * staff who created it. Its staff run it; only WBP of the facility join it.
     */
    @Column(nullable = false, updatable = false)
    public String facility;

    /** The partner institution, e.g. Polres Hulu Sungai Utara or BNN. */
    public String partner;

    /**
     * The Polres unit that runs the programme with the Lapas (e.g. {@code POLRES-HSU}), or null. Its
     * officers read the programme and record the roll of the sessions they facilitate.
     */
    @Column(name = "co_organiser_unit")
    public String coOrganiserUnit;

    @Column(nullable = false)
    public int capacity;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgrammeStatus status;

    /** Why the programme is in its status (a cancellation's reason). */
    @Column(name = "status_reason")
    public String statusReason;

    /** Register classes that may join (codes such as {@code B.I}); empty: every class. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_classes", nullable = false, columnDefinition = "text[]")
    public List<String> eligibleClasses = new ArrayList<>();

    /** Risk levels that may join; empty: every level. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "eligible_risk_levels", nullable = false, columnDefinition = "text[]")
    public List<String> eligibleRiskLevels = new ArrayList<>();

    /** The last certificate number's sequence; issued under the programme's row lock, so without gaps. */
    @Column(name = "certificates_issued", nullable = false)
    public int certificatesIssued;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    @Version
    public long version;

    @Override
    public ProgrammeStatus currentState() {
        return status;
    }

    @Override
    public long version() {
        return version;
    }

    public String nextCertificateNumber() {
        certificatesIssued++;
        return "SRT-%s-%04d".formatted(code, certificatesIssued);
    }
}
