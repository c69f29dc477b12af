package id.sinergi.platform.audit;

import id.sinergi.platform.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The conditions that hold the access log and the audit trail to the caller's facility, made of the
 * service's {@link FacilityOfRecords}: empty for a caller held to no facility (regional readers,
 * who see every entry). The facility code is bound to {@value #PARAMETER}.
 */
@ApplicationScoped
class FacilityConditions {

    static final String PARAMETER = "?1";

    /** Entity types become SQL literals: class names only. */
    private static final Pattern ENTITY_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

    @Inject
    Caller caller;

    @Inject
    Instance<FacilityOfRecords> services;

    /** The facility the caller is held to: the value of {@value #PARAMETER}. */
    Optional<String> facility() {
        return caller.facilityScope();
    }

    /** On the rows of {@code access_log}: the reads of the facility's WBP. */
    Optional<String> accessLog() {
        return held(of().map(records -> "access_log.inmate_id IN (" + records.inmates(PARAMETER) + ")"));
    }

    /** On the rows of {@code audit_entry} aliased {@code e}: see {@link FacilityOfRecords#records}. */
    Optional<String> auditTrail() {
        return held(of().map(FacilityConditions::auditTrail));
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

    /** The condition for a caller held to a facility; without one from the service, no entry is the facility's. */
    private Optional<String> held(Optional<String> condition) {
        return facility().isEmpty() ? Optional.empty() : Optional.of(condition.orElse("FALSE"));
    }

    private Optional<FacilityOfRecords> of() {
        return services.isResolvable() ? Optional.of(services.get()) : Optional.empty();
    }

    private static void requireEntityType(String type) {
        if (!ENTITY_TYPE.matcher(type).matches()) {
            throw new IllegalStateException("not an entity type: " + type);
        }
    }
}
