package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Admission;
import id.sinergi.liaison.domain.IntegrationStart;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.ProgrammeActivity;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Listing;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
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

    /**
     * The population of a date: by facility and register number unless the request names another
     * order. It is the answer to a question about a date, not records that change: no
     * {@code updatedSince}, no {@code changes}.
     */
    public static final ListOrder<Resident> POPULATION_ORDER = ListOrder.<Resident>byId("h.inmate_id", UUID.class, Resident::inmateId)
            .key("facility", List.of(ListOrder.nullableColumn("h.facility", String.class, Resident::facility),
                    ListOrder.column("h.register_number", String.class, Resident::registerNumber)))
            .key("registerNumber", "h.register_number", String.class, Resident::registerNumber)
            .key("since", "h.valid_from", OffsetDateTime.class, Resident::since)
            .sortedBy("facility");

    public Page<Resident> population(PopulationCriteria criteria, PageRequest page) {
        Map<String, Object> values = new LinkedHashMap<>();
        String where = populationWhere(criteria, values);
        String latest = "FROM inmate_history h WHERE " + where;
        Listing<Resident> listing = POPULATION_ORDER.read(page);
        return listing.read(
                () -> ((Number) bind(entityManager.createNativeQuery("SELECT count(*) " + latest), values).getSingleResult()).longValue(),
                (offset, limit) -> {
                    Map<String, Object> positioned = new LinkedHashMap<>(values);
                    String after = listing.sqlAfterCursor(positioned);
                    Query query = bind(entityManager.createNativeQuery("SELECT h.inmate_id, h.register_number, "
                            + "h.register_class, h.status, h.facility, h.valid_from " + latest + after + listing.sqlOrderBy()), positioned);
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
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

    /** Admissions: by admission date unless the request names another order; an admission is one stay's (its id). */
    public static final ListOrder<Admission> ADMISSION_ORDER = ListOrder.<Admission>byId("inmateId", UUID.class, admission -> admission.inmateId)
            .key("admittedOn", "admittedOn", LocalDate.class, admission -> admission.admittedOn)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, admission -> admission.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, admission -> admission.updatedAt)
            .changes("changePosition", admission -> admission.changePosition)
            .sortedBy("admittedOn");

    public Page<Admission> admissions(DateCriteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("admittedOn >= :from", "from", criteria.from())
                .and("admittedOn <= :to", "to", criteria.to())
                .and("registerClass = :registerClass", "registerClass", criteria.kind())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return ADMISSION_ORDER.read(page).read(filter, Admission.class);
    }

    /** Integration starts: by start date unless the request names another order. */
    public static final ListOrder<IntegrationStart> INTEGRATION_ORDER = ListOrder.<IntegrationStart>byId("id", UUID.class, start -> start.id)
            .key("startsOn", "startsOn", LocalDate.class, start -> start.startsOn)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, start -> start.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, start -> start.updatedAt)
            .changes("changePosition", start -> start.changePosition)
            .sortedBy("startsOn");

    public Page<IntegrationStart> integrations(DateCriteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("startsOn >= :from", "from", criteria.from())
                .and("startsOn <= :to", "to", criteria.to())
                .and("kind = :kind", "kind", criteria.kind())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return INTEGRATION_ORDER.read(page).read(filter, IntegrationStart.class);
    }

    /**
     * Escapes (each has its urgent notification, whatever the notification rule), by the facility's date of
     * the escape and by the day its recapture closed the notice.
     */
    public record EscapeCriteria(LocalDate escapedFrom, LocalDate escapedTo, LocalDate recapturedFrom, LocalDate recapturedTo,
                                 String facility) {
    }

    public Page<Notification> escapes(EscapeCriteria criteria, PageRequest page) {
        Filter filter = new Filter().and("kind = :kind", "kind", Notification.Kind.ESCAPED)
                .and("dueOn >= :escapedFrom", "escapedFrom", criteria.escapedFrom())
                .and("dueOn <= :escapedTo", "escapedTo", criteria.escapedTo())
                .and("closedAt >= :recapturedFrom", "recapturedFrom", InfoRequests.startOf(criteria.recapturedFrom(), clock))
                .and("closedAt < :recapturedTo", "recapturedTo", InfoRequests.startOf(criteria.recapturedTo() == null ? null
                        : criteria.recapturedTo().plusDays(1), clock))
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return Notifications.ORDER.read(page).read(filter, Notification.class);
    }

    /** A programme with a roll taken or an enrolment completed in the period, in one facility. */
    public record ProgrammeRun(String facility, String programmeCode, String programmeName, String category,
                               long sessionRolls, long completions) {
    }

    /**
     * Programmes run: by facility, then programme code (a facility's programme is one row, its code
     * the row's id). Figures over a period, not records that change: no {@code updatedSince}, no
     * {@code changes}.
     */
    public static final ListOrder<ProgrammeRun> PROGRAMME_RUN_ORDER = ListOrder.<ProgrammeRun>byId("programme_code", String.class,
                    ProgrammeRun::programmeCode)
            .key("facility", List.of(ListOrder.nullableColumn("facility", String.class, ProgrammeRun::facility)))
            .sortedBy("facility");

    public Page<ProgrammeRun> programmesRun(DateCriteria criteria, PageRequest page) {
        Map<String, Object> values = new LinkedHashMap<>();
        String where = activityWhere(criteria, values);
        Listing<ProgrammeRun> listing = PROGRAMME_RUN_ORDER.read(page);
        return listing.read(
                () -> ((Number) bind(entityManager.createNativeQuery("SELECT count(*) FROM (SELECT DISTINCT facility, "
                        + "programme_code FROM programme_activity WHERE " + where + ") p"), values).getSingleResult()).longValue(),
                (offset, limit) -> {
                    // The position conditions are on the grouping columns, so they may come before GROUP BY.
                    Map<String, Object> positioned = new LinkedHashMap<>(values);
                    String after = listing.sqlAfterCursor(positioned);
                    Query query = bind(entityManager.createNativeQuery("SELECT facility, programme_code, "
                            + "min(programme_name), min(category), count(DISTINCT session_id), "
                            + "count(*) FILTER (WHERE kind = 'COMPLETION') FROM programme_activity WHERE " + where + after
                            + " GROUP BY facility, programme_code" + listing.sqlOrderBy()), positioned);
                    @SuppressWarnings("unchecked")
                    List<Object[]> rows = query.setFirstResult(offset).setMaxResults(limit).getResultList();
                    return rows.stream().map(r -> new ProgrammeRun((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                            ((Number) r[4]).longValue(), ((Number) r[5]).longValue())).toList();
                });
    }

    /** Completions: by date unless the request names another order. */
    public static final ListOrder<ProgrammeActivity> COMPLETION_ORDER = ListOrder.<ProgrammeActivity>byId("id", UUID.class, activity -> activity.id)
            .key("onDate", "onDate", LocalDate.class, activity -> activity.onDate)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, activity -> activity.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, activity -> activity.updatedAt)
            .changes("changePosition", activity -> activity.changePosition)
            .sortedBy("onDate");

    public Page<ProgrammeActivity> completions(DateCriteria criteria, PageRequest page) {
        Filter filter = new Filter().and("kind = :kind", "kind", ProgrammeActivity.Kind.COMPLETION)
                .and("onDate >= :from", "from", criteria.from())
                .and("onDate <= :to", "to", criteria.to())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, NO_POLRES, Map.of());
        return COMPLETION_ORDER.read(page).read(filter, ProgrammeActivity.class);
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
