package id.sinergi.inmate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.audit.AuditEntry;
import id.sinergi.platform.audit.AuditTrail;
import id.sinergi.platform.paging.Page;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The platform's audit trail, its query held to the caller's facility: a facility's auditor finds
 * the changes of the WBP it sees ({@link FacilityScope}); changes filed under no WBP and those of
 * other facilities' WBP are the regional auditor's, who finds everything.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FacilityAuditTrail extends AuditTrail {

    @Inject
    FacilityScope facilityScope;

    @Inject
    EntityManager database;

    @Inject
    ObjectMapper json;

    @Override
    public Page<Record> search(Filter filter, int page, int size) {
        Optional<String> visible = facilityScope.hqlCondition("i", ":facility");
        if (visible.isEmpty()) {
            return super.search(filter, page, size);
        }
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("facility", facilityScope.facility().orElseThrow());
        StringBuilder where = new StringBuilder(" WHERE e.inmateId IN (SELECT i.id FROM Inmate i WHERE ")
                .append(visible.get()).append(")");
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
        TypedQuery<AuditEntry> list = database.createQuery(
                "SELECT e FROM AuditEntry e" + where + " ORDER BY e.at DESC, e.id DESC", AuditEntry.class);
        TypedQuery<Long> count = database.createQuery("SELECT count(e) FROM AuditEntry e" + where, Long.class);
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
                    entry.entityId, entry.inmateId, json.readTree(entry.changes), entry.requestId, entry.traceId);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entry " + entry.id + " holds changes that are not JSON", e);
        }
    }
}
