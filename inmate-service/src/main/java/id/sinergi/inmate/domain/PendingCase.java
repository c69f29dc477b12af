package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A case pending against a WBP beside the one they serve, as Polres reported it: an incident charged
 * with the WBP as perpetrator or suspect, or an "other case" naming them as suspect. While it is open
 * the WBP is not eligible for PB or CB ({@link IntegrationConditions}, condition NO_PENDING_CASE).
 */
@Entity
@Table(name = "pending_case")
@Audited(inmate = "inmateId")
public class PendingCase extends PanacheEntityBase {

    /** Where Polres reported the case. */
    public enum Source { INCIDENT, OTHER_CASE }

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Source source;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(name = "police_report_number")
    public String policeReportNumber;

    public String article;

    @Column(name = "polres_unit")
    public String polresUnit;

    public String description;

    @Column(name = "opened_at", nullable = false)
    public OffsetDateTime openedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    public String outcome;

    public boolean open() {
        return closedAt == null;
    }

    public static Optional<PendingCase> of(Source source, UUID sourceId, UUID inmateId) {
        return find("source = ?1 and sourceId = ?2 and inmateId = ?3", source, sourceId, inmateId).firstResultOptional();
    }

    /** A WBP's cases, open ones first, newest first. */
    public static List<PendingCase> ofInmate(UUID inmateId) {
        return list("inmateId = ?1 order by case when closedAt is null then 0 else 1 end, openedAt desc, id", inmateId);
    }

    public static List<PendingCase> openOf(UUID inmateId) {
        return list("inmateId = ?1 and closedAt is null order by openedAt", inmateId);
    }
}
