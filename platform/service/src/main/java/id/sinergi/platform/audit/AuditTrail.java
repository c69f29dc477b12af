package id.sinergi.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Reads the service's audit trail, newest first, filtered by entity, WBP, actor and time. */
@ApplicationScoped
public class AuditTrail {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

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

    public Page<Record> search(Filter filter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(where, parameters, "entityType", filter.entityType());
        condition(where, parameters, "entityId", filter.entityId());
        condition(where, parameters, "inmateId", filter.inmateId());
        condition(where, parameters, "actor", filter.actor());
        if (filter.from() != null) {
            where.append(" AND e.at >= :from");
            parameters.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND e.at < :to");
            parameters.put("to", filter.to());
        }
        TypedQuery<AuditEntry> list = entityManager.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        TypedQuery<Long> count = entityManager.createQuery("SELECT count(e) FROM AuditEntry e" + where, Long.class);
        parameters.forEach((name, value) -> {
            list.setParameter(name, value);
            count.setParameter(name, value);
        });
        return Page.counted(page, size, count::getSingleResult,
                () -> list.setFirstResult(page * size).setMaxResults(size).getResultList()).map(this::record);
    }

    private static void condition(StringBuilder where, Map<String, Object> parameters, String field, Object value) {
        if (value != null) {
            where.append(" AND e.").append(field).append(" = :").append(field);
            parameters.put(field, value);
        }
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
