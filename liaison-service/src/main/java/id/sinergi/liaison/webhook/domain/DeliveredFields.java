package id.sinergi.liaison.webhook.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The events a webhook may subscribe to, by event name ({@code inmate.admitted}; a subscription names
 * them by CloudEvents type, {@code id.sinergi.inmate.admitted}, see
 * {@link id.sinergi.platform.cloudevents.EventNames}), and for each the only fields of {@code data} that
 * leave the cluster (data minimisation, UU 27/2022 tentang Pelindungan Data Pribadi, Pasal 16 ayat
 * (2): processing limited to its purpose; the article is unverified). Anything else is dropped, including fields a
 * producer adds later, until it is named here.
 *
 * <p>Paths are dotted from {@code data}; {@code []} stands for every element of an array
 * ({@code involved[].inmateId}), and a path ending in {@code []} keeps an array of plain values.
 * Left out everywhere: the NIK, birth data, addresses, telephone numbers, the person id that links
 * stays, the release plan's address and receiver, escape contacts and features, the officers who
 * acted (subjects), offences and sentences, and free text (reasons, notes, descriptions, places)
 * that can carry personal data.
 */
public final class DeliveredFields {

    /** A WBP's basic view as a webhook carries it. */
    static final List<String> BASIC_INMATE = List.of("inmateId", "registerNumber", "registerClass", "fullName",
            "status", "location", "facility", "riskLevel", "expectedRelease");

    /** What of a release plan routes a notice: the regency and the Bapas, never where or with whom the person lives. */
    private static final List<String> RELEASE_PLAN = List.of("releasePlan.regencyCode", "releasePlan.regencyName",
            "releasePlan.bapas");

    private static final List<String> ENROLMENT = List.of("enrolment.id", "enrolment.inmateId", "enrolment.registerNumber",
            "enrolment.state", "enrolment.attendanceRate", "enrolment.changedAt", "enrolment.programme.id",
            "enrolment.programme.code", "enrolment.programme.name", "enrolment.programme.category",
            "enrolment.programme.partner", "enrolment.programme.coOrganiserUnit");

    private static final List<String> NOTIFICATION = List.of("notification.notificationId", "notification.kind",
            "notification.audience", "notification.recipient", "notification.inmateId", "notification.registerNumber",
            "notification.threshold", "notification.daysBefore", "notification.dueOn", "notification.reason",
            "notification.state", "notification.issuedAt", "notification.acknowledgeBy", "notification.routing");

    private static final List<String> PROGRAMME_RESULT = List.of("enrolmentId", "code", "name", "category", "partner",
            "state", "attendanceRate", "completedOn", "certificateNumber");

    private static final List<String> INVOLVED = List.of("involved[].inmateId", "involved[].registerNumber",
            "involved[].role");

    private static final Map<String, Set<String>> ALLOWED = allowed();

    private DeliveredFields() {
    }

    private static Map<String, Set<String>> allowed() {
        Map<String, Set<String>> types = new LinkedHashMap<>();
        inmate(types, "inmate.admitted", "admittedOn");
        inmate(types, "inmate.updated", "changed[]");
        inmate(types, "inmate.class-changed", "previousClass");
        inmate(types, "inmate.risk-changed", "previousLevel");
        inmate(types, "inmate.moved", "direction", "kind");
        inmate(types, "inmate.transferred", "toFacility", "fromFacility", "withinRegion", "transferredOn");
        inmate(types, "inmate.transfer-arrived", "fromFacility", "arrivedOn", "previousRegisterNumber");
        inmate(types, "inmate.release-due", concat(RELEASE_PLAN, "releaseOn", "daysBefore"));
        inmate(types, "inmate.detention-expiring", "detentionEndsOn", "daysBefore", "detainingAuthority");
        inmate(types, "inmate.released", concat(RELEASE_PLAN, "releasedOn", "reason"));
        inmate(types, "inmate.detention-extended", "detentionEndsOn", "previousEndsOn", "stage", "liaisonRequestId");
        inmate(types, "inmate.detention-handed-over", "detentionEndsOn", "stage", "previousStage", "startsOn", "authority",
                "liaisonRequestId");
        inmate(types, "inmate.detention-overdue", "detentionEndsOn", "daysOverdue", "detainingAuthority");
        inmate(types, "inmate.fine-paid", "paidOn");
        inmate(types, "inmate.sentence-commuted", "decreedOn", "kind", "previousKind");
        inmate(types, "inmate.integration-started", concat(RELEASE_PLAN, "kind", "bapas", "startsOn", "endsOn"));
        inmate(types, "inmate.integration-revoked", "kind", "bapas", "revokedOn");
        inmate(types, "inmate.escaped", "escapeId", "escapedAt");
        inmate(types, "inmate.recaptured", "escapeId", "escapedAt", "recapturedAt", "daysNotCounted");
        inmate(types, "inmate.release-planned", concat(RELEASE_PLAN, "releasePlan.plannedAt"));
        types.put("inmate.re-arrested", Set.of("reArrestId", "inmateId", "registerNumber", "releasedOn", "arrestedOn",
                "polresUnit"));
        types.put("inmate.facility-changed", Set.of("facility.code", "facility.name", "facility.kind",
                "facility.facilityClass", "facility.timeZone", "facility.regencyCode", "facility.regencyName"));

        types.put("program.enrolment-changed", set(ENROLMENT, "previousState"));
        types.put("program.attendance-recorded", set(ENROLMENT, "attendance.sessionId", "attendance.sessionDate",
                "attendance.status", "attendance.amended"));
        types.put("program.completed", set(ENROLMENT, "completion.certificateNumber", "completion.completedOn"));
        types.put("program.completion-co-signed", set(ENROLMENT, "completion.certificateNumber",
                "completion.completedOn", "coSignature.unit", "coSignature.at"));

        types.put("liaison.notification-issued", set(NOTIFICATION, Stream.of(
                BASIC_INMATE.stream().map(field -> "summary.inmate." + field),
                PROGRAMME_RESULT.stream().map(field -> "summary.programmesCompleted[]." + field),
                PROGRAMME_RESULT.stream().map(field -> "summary.programmesOngoing[]." + field),
                RELEASE_PLAN.stream().map(field -> "summary." + field),
                Stream.of("summary.releaseOn", "summary.releaseReason", "summary.supervisingBapas"))
                .flatMap(s -> s).toArray(String[]::new)));
        types.put("liaison.notification-acknowledged", set(NOTIFICATION, "unit", "acknowledgedAt"));
        types.put("liaison.notification-escalated", set(NOTIFICATION, "escalatedTo", "escalatedAt"));
        types.put("liaison.info-request-decided", Set.of("requestId", "inmateId", "unit", "decision", "accessExpiresAt",
                "categories[]"));
        types.put("liaison.police-loan-changed", Set.of("loanId", "inmateId", "state", "dueBackAt"));
        types.put("liaison.detention-request-changed", Set.of("requestId", "inmateId", "registerNumber", "unit", "kind",
                "stage", "orderNumber", "orderDate", "endsOn", "state", "recordedEndsOn"));
        types.put("liaison.incident-reported", set(INVOLVED, "incidentId", "facility", "polresUnit", "type", "severity",
                "occurredAt", "sharedAt"));
        types.put("liaison.incident-changed", set(INVOLVED, "incidentId", "facility", "polresUnit", "type", "severity",
                "occurredAt", "state", "action", "policeStatus", "policeReportNumber", "actedAt"));
        types.put("liaison.finding-recorded", Set.of("findingId", "operationId", "kind", "quantity", "inmateId",
                "registerNumber", "incidentId", "polresUnit", "recordedAt"));
        types.put("liaison.polres-unit-changed", Set.of("unit.code", "unit.name", "unit.regencies[].code",
                "unit.regencies[].name", "unit.version", "unit.updatedAt"));
        types.put("liaison.other-case-changed", Set.of("caseId", "inmateId", "registerNumber", "polresUnit",
                "policeReportNumber", "state", "outcome", "reportedAt", "closedAt"));
        return Map.copyOf(types);
    }

    private static void inmate(Map<String, Set<String>> types, String type, String... fields) {
        inmate(types, type, List.of(fields));
    }

    private static void inmate(Map<String, Set<String>> types, String type, List<String> fields) {
        types.put(type, set(BASIC_INMATE.stream().map(field -> "inmate." + field).toList(), fields.toArray(String[]::new)));
    }

    private static List<String> concat(List<String> first, String... more) {
        return Stream.concat(first.stream(), Stream.of(more)).toList();
    }

    private static Set<String> set(List<String> first, String... more) {
        return Set.copyOf(concat(first, more));
    }

    /** Every event name a subscription may name (by its type), in order. */
    public static Set<String> eventNames() {
        return ALLOWED.keySet().stream().sorted().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public static boolean knows(String eventName) {
        return ALLOWED.containsKey(eventName);
    }

    /** The paths of {@code data} an event may deliver; empty for an event that is not delivered. */
    public static Set<String> of(String eventName) {
        return ALLOWED.getOrDefault(eventName, Set.of());
    }

    /** A copy of {@code data} with only the fields its event allows. */
    public static ObjectNode minimise(String eventName, JsonNode data) {
        return copy(data, "", of(eventName));
    }

    private static ObjectNode copy(JsonNode node, String prefix, Set<String> allowed) {
        ObjectNode kept = JsonNodeFactory.instance.objectNode();
        if (node == null || !node.isObject()) {
            return kept;
        }
        node.fields().forEachRemaining(field -> {
            String path = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                if (opens(allowed, path + ".")) {
                    kept.set(field.getKey(), copy(value, path + ".", allowed));
                }
            } else if (value.isArray()) {
                ArrayNode array = array(value, path + "[]", allowed);
                if (array != null) {
                    kept.set(field.getKey(), array);
                }
            } else if (allowed.contains(path)) {
                kept.set(field.getKey(), value);
            }
        });
        return kept;
    }

    private static ArrayNode array(JsonNode value, String path, Set<String> allowed) {
        boolean plain = allowed.contains(path);
        boolean objects = opens(allowed, path + ".");
        if (!plain && !objects) {
            return null;
        }
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        value.forEach(element -> {
            if (plain && element.isValueNode()) {
                array.add(element);
            } else if (objects && element.isObject()) {
                array.add(copy(element, path + ".", allowed));
            }
        });
        return array;
    }

    private static boolean opens(Set<String> allowed, String prefix) {
        return allowed.stream().anyMatch(path -> path.startsWith(prefix));
    }
}
