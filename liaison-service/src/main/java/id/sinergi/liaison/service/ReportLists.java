package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Admission;
import id.sinergi.liaison.domain.IntegrationStart;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.ProgrammeActivity;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The lists behind the monthly report's figures (each figure is the {@code total} of one of these, or of
 * an older list, with the filters it names), within the caller's scope: the population at a date, from
 * the history of snapshots; admissions; integrations started; escapes and recaptures; programmes run and
 * completions. Ids and register numbers only, no names.
 */
@ApplicationScoped
public class ReportLists {

    /**
     * The statuses of a stay still open in a facility's register at a date: in custody, in transit to
     * another facility of the region (the sending facility's until the arrival), escaped (still its WBP,
     * sought), out on an integration (PB, CB, CMB: its stay until the sentence ends). RELEASED and
     * TRANSFERRED (out of the region) ended the stay.
     */
    public static final List<String> POPULATION_STATUSES = List.of("IN_CUSTODY", "IN_TRANSIT", "ESCAPED", "IN_INTEGRATION");
    private static final String NO_POLRES = "1 = 0";

    @Inject
    EntityManager entityManager;

    @Inject
    FacilityClock clock;

    @Inject
    Scope scope;

    public record PopulationCriteria(LocalDate on, String facility, String registerClass, String status) {
    }

    /** A WBP of the population at a date: the last snapshot before the end of that date. */
    public record Resident(UUID inmateId, String registerNumber, String registerClass, String status, String facility,
                           OffsetDateTime since) {
    }

    public Page<Resident> population(PopulationCriteria criteria, int page, int size) {
        Map<String, Object> values = new LinkedHashMap<>();
        String where = populationWhere(criteria, values);
        String latest = "FROM inmate_history h WHERE " + where;
        return Page.counted(page, size,
                () -> ((Number) bind(entityManager.createNativeQuery("SELECT count(*) " + latest), values).getSingleResult()).longValue(),
                () -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = bind(entityManager.createNativeQuery("SELECT h.inmate_id, h.register_number, "
                            + "h.register_class, h.status, h.facility, h.valid_from " + latest
                            + " ORDER BY h.facility, h.register_number, h.inmate_id"), values)
                            .setFirstResult(page * size).setMaxResults(size).getResultList();
                    return rows.stream().map(r -> new Resident((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                            (String) r[4], timestamp(r[5]))).toList();
                });
    }

    /** How many of the population of a date (within scope) are in each register class and status. */
    public record PopulationCount(String registerClass, String status, long count) {
    }

    /**
     * The population of a date counted by register class and status in one pass: the same rows as
     * {@link #population}, so each figure derived from it is the {@code total} of that list with the
     * class or status as a filter.
     */
    public List<PopulationCount> populationCounts(PopulationCriteria criteria) {
        Map<String, Object> values = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(entityManager.createNativeQuery("SELECT h.register_class, h.status, count(*) "
                + "FROM inmate_history h WHERE " + populationWhere(criteria, values)
                + " GROUP BY h.register_class, h.status ORDER BY 1, 2"), values).getResultList();
        return rows.stream().map(r -> new PopulationCount((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList();
    }

    private String populationWhere(PopulationCriteria criteria, Map<String, Object> values) {
        if (criteria.on() == null) {
            throw QueryParameters.invalid("on", null, "report-date");
        }
        if (criteria.status() != null && !POPULATION_STATUSES.contains(criteria.status())) {
            throw QueryParameters.invalid("status", criteria.status(), "one-of", POPULATION_STATUSES);
        }
        values.put("endOfDay", OffsetDateTime.ofInstant(clock.startOf(criteria.on().plusDays(1)), ZoneOffset.UTC));
        values.put("statuses", POPULATION_STATUSES);
        StringBuilder where = new StringBuilder(
                "h.valid_from < :endOfDay AND (h.valid_to IS NULL OR h.valid_to >= :endOfDay) AND h.status IN (:statuses)");
        if (scope.side() == Scope.Side.POLRES) {
            where.append(" AND 1 = 0");
        }
        Optional<String> held = scope.side() == Scope.Side.FACILITY ? scope.facility() : Optional.empty();
        String facility = scope.facilityFilter(criteria.facility());
        if (held.isPresent()) {
            where.append(" AND h.facility = :scopeFacility");
            values.put("scopeFacility", held.get());
        }
        if (facility != null) {
            where.append(" AND h.facility = :facility");
            values.put("facility", facility);
        }
        if (criteria.registerClass() != null) {
            where.append(" AND h.register_class = :registerClass");
            values.put("registerClass", criteria.registerClass());
        }
        if (criteria.status() != null) {
            where.append(" AND h.status = :status");
            values.put("status", criteria.status());
        }
        return where.toString();
    }

    public record DateCriteria(LocalDate from, LocalDate to, String facility, String kind) {
    }

    public Page<Admission> admissions(DateCriteria criteria, int page, int size) {
        Filter filter = new Filter()
                .and("admittedOn >= :from", "from", criteria.from())
                .and("admittedOn <= :to", "to", criteria.to())
                .and("registerClass = :registerClass", "registerClass", criteria.kind())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return Page.of(Admission.find(filter.query(), Sort.by("admittedOn").and("inmateId"), filter.parameters()), page, size);
    }

    public Page<IntegrationStart> integrations(DateCriteria criteria, int page, int size) {
        Filter filter = new Filter()
                .and("startsOn >= :from", "from", criteria.from())
                .and("startsOn <= :to", "to", criteria.to())
                .and("kind = :kind", "kind", criteria.kind())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return Page.of(IntegrationStart.find(filter.query(), Sort.by("startsOn").and("id"), filter.parameters()), page, size);
    }

    /**
     * Escapes (each has its urgent notification, whatever the notification rule), by the facility's date of
     * the escape and by the day its recapture closed the notice.
     */
    public record EscapeCriteria(LocalDate escapedFrom, LocalDate escapedTo, LocalDate recapturedFrom, LocalDate recapturedTo,
                                 String facility) {
    }

    public Page<Notification> escapes(EscapeCriteria criteria, int page, int size) {
        Filter filter = new Filter().and("kind = :kind", "kind", Notification.Kind.ESCAPED)
                .and("dueOn >= :escapedFrom", "escapedFrom", criteria.escapedFrom())
                .and("dueOn <= :escapedTo", "escapedTo", criteria.escapedTo())
                .and("closedAt >= :recapturedFrom", "recapturedFrom", InfoRequests.startOf(criteria.recapturedFrom(), clock))
                .and("closedAt < :recapturedTo", "recapturedTo", InfoRequests.startOf(criteria.recapturedTo() == null ? null
                        : criteria.recapturedTo().plusDays(1), clock))
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return Page.of(Notification.find(filter.query(), Sort.by("dueOn").and("id"), filter.parameters()), page, size);
    }

    /** A programme with a roll taken or an enrolment completed in the period, in one facility. */
    public record ProgrammeRun(String facility, String programmeCode, String programmeName, String category,
                               long sessionRolls, long completions) {
    }

    public Page<ProgrammeRun> programmesRun(DateCriteria criteria, int page, int size) {
        Map<String, Object> values = new LinkedHashMap<>();
        String where = activityWhere(criteria, values);
        return Page.counted(page, size,
                () -> ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM (SELECT DISTINCT facility, "
                        + "programme_code FROM programme_activity WHERE " + where + ") p"), values).getSingleResult()).longValue(),
                () -> {
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = bind(entityManager.createNativeQuery("SELECT facility, programme_code, "
                            + "min(programme_name), min(category), count(DISTINCT session_id), "
                            + "count(*) FILTER (WHERE kind = 'COMPLETION') FROM programme_activity WHERE " + where
                            + " GROUP BY facility, programme_code ORDER BY facility, programme_code"), values)
                            .setFirstResult(page * size).setMaxResults(size).getResultList();
                    return rows.stream().map(r -> new ProgrammeRun((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
                });
    }

    public Page<ProgrammeActivity> completions(DateCriteria criteria, int page, int size) {
        Filter filter = new Filter().and("kind = :kind", "kind", ProgrammeActivity.Kind.COMPLETION)
                .and("onDate >= :from", "from", criteria.from())
                .and("onDate <= :to", "to", criteria.to())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return Page.of(ProgrammeActivity.find(filter.query(), Sort.by("onDate").and("id"), filter.parameters()), page, size);
    }

    private String activityWhere(DateCriteria criteria, Map<String, Object> values) {
        StringBuilder where = new StringBuilder(scope.side() == Scope.Side.POLRES ? NO_POLRES : "1 = 1");
        if (criteria.from() != null) {
            where.append(" AND on_date >= :from");
            values.put("from", criteria.from());
        }
        if (criteria.to() != null) {
            where.append(" AND on_date <= :to");
            values.put("to", criteria.to());
        }
        Optional<String> held = scope.side() == Scope.Side.FACILITY ? scope.facility() : Optional.empty();
        if (held.isPresent()) {
            where.append(" AND facility = :scopeFacility");
            values.put("scopeFacility", held.get());
        }
        String facility = scope.facilityFilter(criteria.facility());
        if (facility != null) {
            where.append(" AND facility = :facility");
            values.put("facility", facility);
        }
        return where.toString();
    }

    private static Query bind(Query query, Map<String, Object> values) {
        values.forEach(query::setParameter);
        return query;
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime at) {
            return at.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.Instant at) {
            return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp at) {
            return OffsetDateTime.ofInstant(at.toInstant(), ZoneOffset.UTC);
        }
        return null;
    }
}
