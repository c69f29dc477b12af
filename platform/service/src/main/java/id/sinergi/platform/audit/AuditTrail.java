package id.sinergi.platform.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Listing;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.OffsetDateTime;
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
    /**
     * The trail: the newest first unless the request names another order. Entries never change, so
     * {@code updatedSince} and {@code updatedAt} are the time of the change; no {@code changes} order.
     */
    private static final ListOrder<AuditEntry> ORDER = ListOrder.<AuditEntry>byId("e.id", Long.class, entry -> entry.id)
            .key("at", "e.at", OffsetDateTime.class, entry -> entry.at)
            .updatedAt("e.at", OffsetDateTime.class, entry -> entry.at)
            .sortedBy("-at");

    public Page<Record> search(Filter filter, PageRequest page) {
        Listing<AuditEntry> listing = ORDER.read(page);
        FacilityConditions.Where where = facilityConditions.auditTrail().and("e.entity_type = ?", filter.entityType())
                .and("e.entity_id = ?", filter.entityId()).and("e.inmate_id = ?", filter.inmateId())
                .and("e.actor = ?", filter.actor()).and("e.at >= ?", filter.from()).and("e.at < ?", filter.to())
                .and(listing::sqlFilter);
        Query count = where.bind(entityManager.createNativeQuery("SELECT count(*) FROM audit_entry e" + where.sql()));
        return listing.read(() -> ((Number) count.getSingleResult()).longValue(),
                (offset, limit) -> {
                    where.and(listing::sqlAfterCursor);
                    List<?> rows = where.bind(entityManager.createNativeQuery(
                                    "SELECT e.* FROM audit_entry e" + where.sql() + listing.sqlOrderBy(), AuditEntry.class))
                            .setFirstResult(offset).setMaxResults(limit).getResultList();
                    return rows.stream().map(AuditEntry.class::cast).toList();
                }).map(this::record);
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
