package id.sinergi.inmate.service;

import id.sinergi.platform.audit.AccessLog;
import id.sinergi.platform.paging.Page;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's access log, its query held to the caller's facility: the head of a facility and
 * its auditor find the reads of the WBP they see ({@link FacilityScope}), a read of another
 * facility's WBP is not theirs to know of; the regional auditor finds every read. Writing an entry
 * is the platform's.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class FacilityAccessLog extends AccessLog {

    @Inject
    FacilityScope facilityScope;

    @Inject
    EntityManager database;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Read> search(UUID inmateId, String actor, String record, OffsetDateTime from, OffsetDateTime to,
                             int page, int size) {
        Optional<String> visible = facilityScope.sqlCondition("inmate", "?1");
        if (visible.isEmpty()) {
            return super.search(inmateId, actor, record, from, to, page, size);
        }
        List<Object> values = new ArrayList<>(List.of(facilityScope.facility().orElseThrow()));
        StringBuilder where = new StringBuilder(" WHERE access_log.inmate_id IN (SELECT inmate.id FROM inmate WHERE ")
                .append(visible.get()).append(")");
        filter(where, values, "access_log.inmate_id = ?", inmateId);
        filter(where, values, "actor = ?", actor);
        filter(where, values, "record = ?", record);
        filter(where, values, "at >= ?", from);
        filter(where, values, "at < ?", to);
        return Page.counted(page, size,
                () -> ((Number) bind(database.createNativeQuery("SELECT count(*) FROM access_log" + where), values)
                        .getSingleResult()).longValue(),
                () -> {
                    List<?> rows = bind(database.createNativeQuery("SELECT inmate_id, actor, agency, unit, purpose, record, at"
                            + " FROM access_log" + where + " ORDER BY at DESC, id DESC"), values)
                            .setFirstResult(page * size).setMaxResults(size).getResultList();
                    return rows.stream().map(row -> (Object[]) row).map(FacilityAccessLog::read).toList();
                });
    }

    private static void filter(StringBuilder where, List<Object> values, String condition, Object value) {
        if (value != null) {
            values.add(value);
            where.append(" AND ").append(condition.replace("?", "?" + values.size()));
        }
    }

    private static Query bind(Query query, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query;
    }

    private static Read read(Object[] row) {
        Object at = row[6];
        OffsetDateTime when = at instanceof OffsetDateTime time ? time
                : at instanceof Instant instant ? instant.atOffset(ZoneOffset.UTC)
                : ((java.sql.Timestamp) at).toInstant().atOffset(ZoneOffset.UTC);
        return new Read((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5], when);
    }
}
