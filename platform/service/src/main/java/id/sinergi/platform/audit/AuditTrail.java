package id.sinergi.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads the service's audit trail, newest first, filtered by entity, WBP, actor and time, and held to
 * the caller's facility when it is held to one.
 */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    FacilityConditions facilityConditions;

    /** Every filter is optional; {@code to} is exclusive. */
    public record Filter(String entityType, String entityId, UUID inmateId, String actor,
                         OffsetDateTime from, OffsetDateTime to) {
    }

    /** An entry as the API shows it: {@code changes} is {"field": {"before": …, "after": …}}. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AuditRecord")
    public record Record(long id, OffsetDateTime at, String actor, String action, String operation,
                         String entityType, String entityId, UUID inmateId, JsonNode changes,
                         String requestId, String traceId) {
    }

    /** The entries matching the filter, newest first; for a caller held to a facility, only its entries ({@link FacilityOfRecords}). */
    public Page<Record> search(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        facilityConditions.auditTrail().ifPresent(held -> {
            conditions.add(held);
            values.add(facilityConditions.facility().orElseThrow());
        });
        condition(conditions, values, "e.entity_type = ?", filter.entityType());
        condition(conditions, values, "e.entity_id = ?", filter.entityId());
        condition(conditions, values, "e.inmate_id = ?", filter.inmateId());
        condition(conditions, values, "e.actor = ?", filter.actor());
        condition(conditions, values, "e.at >= ?", filter.from());
        condition(conditions, values, "e.at < ?", filter.to());
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        Query list = bind(entityManager.createNativeQuery(
                "SELECT e.* FROM audit_entry e" + where + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class), values);
        Query count = bind(entityManager.createNativeQuery("SELECT count(*) FROM audit_entry e" + where), values);
        return Page.counted(page, size, () -> ((Number) count.getSingleResult()).longValue(),
                () -> {
                    List<?> rows = list.setFirstResult(page * size).setMaxResults(size).getResultList();
                    return rows.stream().map(AuditEntry.class::cast).toList();
                }).map(this::record);
    }

    private static void condition(List<String> conditions, List<Object> values, String condition, Object value) {
        if (value != null) {
            values.add(value);
            conditions.add(condition.replace("?", "?" + values.size()));
        }
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private Record record(AuditEntry entry) {
        try {
            return new Record(entry.id, entry.at, entry.actor, entry.action, entry.operation, entry.entityType,
                    entry.entityId, entry.inmateId, objectMapper.readTree(entry.changes), entry.requestId, entry.traceId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " holds changes that are not JSON", e);
        }
    }
}
