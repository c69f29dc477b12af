package id.sinergi.platform.audit;

import id.sinergi.platform.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The WHERE clauses of the access log's and the audit trail's queries, held to the caller's facility
 * by the service's {@link FacilityOfRecords} when the caller is held to one
 * ({@link Caller#facilityScope()}); regional readers see every entry.
 */
@ApplicationScoped
class FacilityConditions {

    /** The facility code's placeholder: the first parameter of a held clause. */
    private static final String PARAMETER = "?1";

    /** Entity types become SQL literals: class names only. */
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Inject
    Caller caller;

    @Inject
    Instance<FacilityOfRecords> services;

    /** On the rows of {@code access_log}: the reads of the facility's WBP. */
    Where accessLog() {
        return held(records -> "access_log.inmate_id IN (" + records.inmates(PARAMETER) + ")");
    }

    /** On the rows of {@code audit_entry} aliased {@code e}: see {@link FacilityOfRecords#records}. */
    Where auditTrail() {
        return held(FacilityConditions::auditTrail);
    }

    private Where held(Function<FacilityOfRecords, String> condition) {
        Where where = new Where();
        caller.facilityScope().ifPresent(facility -> {
            if (services.isResolvable()) {
                where.conditions.add(condition.apply(services.get()));
                where.values.add(facility);
            } else {
                // A service that attributes nothing to a facility leaves its entries to regional readers.
                where.conditions.add("FALSE");
            }
        });
        return where;
    }

    private static String auditTrail(FacilityOfRecords records) {
        Map<String, String> byType = new TreeMap<>(records.records(PARAMETER));
        byType.keySet().forEach(FacilityConditions::requireEntityType);
        String byInmate = "e.inmate_id IN (" + records.inmates(PARAMETER) + ")";
        if (byType.isEmpty()) {
            return byInmate;
        }
        String typed = byType.entrySet().stream()
                .map(type -> "(e.entity_type = '" + type.getKey() + "' AND e.entity_id IN (" + type.getValue() + "))")
                .collect(Collectors.joining(" OR "));
        String types = byType.keySet().stream().map(type -> "'" + type + "'").collect(Collectors.joining(", "));
        return "(" + typed + " OR (e.entity_type NOT IN (" + types + ") AND " + byInmate + "))";
    }

    private static void requireEntityType(String type) {
        if (!ENTITY_TYPE.matcher(type).matches()) {
            throw new IllegalStateException("not an entity type: " + type);
        }
    }

    /** A WHERE clause of numbered parameters, begun with the facility's condition when the caller is held to one. */
    static final class Where {

        private final List<String> conditions = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        /** Adds {@code condition}, whose one {@code ?} is {@code value}; nothing when the value is null (no filter). */
        Where and(String condition, Object value) {
            if (value != null) {
                values.add(value);
                conditions.add(condition.replace("?", "?" + values.size()));
            }
            return this;
        }

        /**
         * Conditions that number their parameters after this clause's: {@code conditions} adds its
         * values to the list it is given and answers {@code " AND …"}, or nothing ({@code Listing}'s).
         */
        Where and(Function<List<Object>, String> conditions) {
            String sql = conditions.apply(values);
            if (!sql.isEmpty()) {
                this.conditions.add(sql.substring(" AND ".length()));
            }
            return this;
        }

        String sql() {
            return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        }

        Query bind(Query query) {
            for (int i = 0; i < values.size(); i++) {
                query.setParameter(i + 1, values.get(i));
            }
            return query;
        }
    }
}
