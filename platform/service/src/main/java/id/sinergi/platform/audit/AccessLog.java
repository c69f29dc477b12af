package id.sinergi.platform.audit;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Listing;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The log of reads of personal data beyond the basic view (UU 27/2022 on personal data protection:
 * the controller must be able to show who processed whose data and why). Each read is one row of
 * the service's {@code access_log} table: the WBP, who read (the token's subject, agency and
 * unit), the purpose they gave, which part of the record ({@code record}, a name the service
 * chooses: RECORD, KEY_DATES, …) and when.
 *
 * <p>The table is the service's own (each creates it in its own migrations, with at least the
 * columns {@code inmate_id, actor, agency, unit, purpose, record, at}), so the log stays beside the
 * data it is about. The log line never names the person: only the WBP's id.
 */
@ApplicationScoped
public class AccessLog {

    private static final Logger LOG = Logger.getLogger(AccessLog.class);
    private static final int PURPOSE_LIMIT = 500;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    FacilityConditions facilityConditions;

    /**
     * Records that the caller read {@code record} of the WBP {@code inmateId}, in the caller's
     * transaction (or a new one): the read and its log entry stand or fall together.
     *
     * @param purpose why, as the reader gave it (blank: none); cut to 500 characters
     * @param record  which part of the record was read, e.g. RECORD, KEY_DATES
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public void record(UUID inmateId, String purpose, String record) {
        if (inmateId == null || record == null || record.isBlank()) {
            throw new IllegalArgumentException("an access-log entry needs the WBP and the part of the record read");
        }
        String given = purpose == null || purpose.isBlank() ? null : purpose.strip();
        if (given != null && given.length() > PURPOSE_LIMIT) {
            given = given.substring(0, PURPOSE_LIMIT);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO access_log (inmate_id, actor, agency, unit, purpose, record, at)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                .setParameter(1, inmateId)
                .setParameter(2, caller.subject())
                .setParameter(3, caller.agency())
                .setParameter(4, caller.unit())
                .setParameter(5, given)
                .setParameter(6, record)
                .setParameter(7, clock.timestamp())
                .executeUpdate();
        LOG.debugf("%s of inmate %s read by %s", record, inmateId, caller.subject());
    }

    /** One read, as the auditors' query shows it. */
    @org.eclipse.microprofile.openapi.annotations.media.Schema(name = "AccessLogEntry")
    public record Read(UUID inmateId, String actor, String agency, String unit,
                       @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "From the reader's X-Purpose "
                               + "header; for a Polres officer the information request that opened the data.") String purpose,
                       @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The part of the record read",
                               examples = "RECORD") String record,
                       OffsetDateTime at) {
    }

    /**
     * The reads matching every filter given (null: any), newest first; for a caller held to a facility,
     * only the reads of its WBP ({@link FacilityOfRecords}).
     */
    /** A read with its row's id, the tie-breaker of the log's order. */
    private record Row(long id, Read read) {
    }

    /**
     * The log: the newest first unless the request names another order. Entries never change, so
     * {@code updatedSince} and {@code updatedAt} are the time of the read; no {@code changes} order.
     */
    private static final ListOrder<Row> ORDER = ListOrder.<Row>byId("access_log.id", Long.class, Row::id)
            .key("at", "access_log.at", OffsetDateTime.class, row -> row.read().at())
            .updatedAt("access_log.at", OffsetDateTime.class, row -> row.read().at())
            .sortedBy("-at");

    /**
     * The reads matching every filter given (null: any), newest first; for a caller held to a facility,
     * only the reads of its WBP ({@link FacilityOfRecords}).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Read> search(UUID inmateId, String actor, String record, OffsetDateTime from, OffsetDateTime to, PageRequest page) {
        Listing<Row> listing = ORDER.read(page);
        FacilityConditions.Where where = facilityConditions.accessLog().and("access_log.inmate_id = ?", inmateId)
                .and("actor = ?", actor).and("record = ?", record).and("at >= ?", from).and("at < ?", to).and(listing::sqlFilter);
        return listing.read(
                () -> ((Number) where.bind(entityManager.createNativeQuery("SELECT count(*) FROM access_log" + where.sql()))
                        .getSingleResult()).longValue(),
                (offset, limit) -> {
                    where.and(listing::sqlAfterCursor);
                    List<?> rows = where.bind(entityManager.createNativeQuery("SELECT inmate_id, actor, agency, unit, purpose, record, at, id"
                            + " FROM access_log" + where.sql() + listing.sqlOrderBy()))
                            .setFirstResult(offset).setMaxResults(limit).getResultList();
                    return rows.stream().map(row -> (Object[]) row).map(AccessLog::row).toList();
                }).map(Row::read);
    }

    private static Row row(Object[] row) {
        Object at = row[6];
        OffsetDateTime when = at instanceof OffsetDateTime time ? time
                : at instanceof java.time.Instant instant ? instant.atOffset(java.time.ZoneOffset.UTC)
                : ((java.sql.Timestamp) at).toInstant().atOffset(java.time.ZoneOffset.UTC);
        return new Row(((Number) row[7]).longValue(),
                new Read((UUID) row[0], (String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5], when));
    }
}
