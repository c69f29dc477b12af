package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.UUID;

/**
 * One step of Polres's follow-up of a shared incident (receive, investigate, charge, close), kept
 * so the Lapas sees the whole course of the case and not only the last step. Rows are only added.
 */
@Entity
@Table(name = "incident_follow_up")
public class IncidentFollowUp extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "incident_id", nullable = false)
    public UUID incidentId;

    /** The state-machine action: receive, investigate, charge or close. */
    @Column(nullable = false)
    public String action;

    /** The incident's state after the step. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Incident.State state;

    @Column(name = "police_report_number")
    public String policeReportNumber;

    /** The follow-up note, or the closing reason. */
    public String note;

    @Column(name = "acted_by", nullable = false)
    public String actedBy;

    @Column(name = "acted_at", nullable = false)
    public OffsetDateTime actedAt;

    public static List<IncidentFollowUp> of(UUID incidentId) {
        return list("incidentId = ?1 order by actedAt, id", incidentId);
    }

    /** The histories of a page of incidents in one query, by incident. */
    public static Map<UUID, List<IncidentFollowUp>> of(Collection<UUID> incidentIds) {
        if (incidentIds.isEmpty()) {
            return Map.of();
        }
        return IncidentFollowUp.<IncidentFollowUp>list("incidentId in ?1 order by actedAt, id", incidentIds).stream()
                .collect(Collectors.groupingBy(step -> step.incidentId, Collectors.toList()));
    }
}
