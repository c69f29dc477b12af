package id.sinergi.liaison.domain;

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
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a joint operation found: what, where, how many, on whom, and the incident it led to. */
@Entity
@Audited(inmate = "inmateId")
@Table(name = "joint_operation_finding")
public class Finding extends PanacheEntityBase {

    public enum Kind { MOBILE_PHONE, NARCOTICS, SHARP_WEAPON, CASH, ALCOHOL, OTHER }

    @Id
    public UUID id;

    @Column(name = "operation_id", nullable = false)
    public UUID operationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String description;

    @Column(nullable = false)
    public int quantity;

    @Column(nullable = false)
    public String block;

    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "register_number")
    public String registerNumber;

    @Column(name = "incident_id")
    public UUID incidentId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The findings of the operations, in one query, by operation, each operation's in the order recorded. */
    public static Map<UUID, List<Finding>> of(List<UUID> operationIds) {
        if (operationIds.isEmpty()) {
            return Map.of();
        }
        return Finding.<Finding>list("operationId in ?1 order by recordedAt, id", operationIds).stream()
                .collect(Collectors.groupingBy(finding -> finding.operationId, Collectors.toList()));
    }
}
