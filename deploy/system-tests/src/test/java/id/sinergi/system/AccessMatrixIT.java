package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every role against every operation of the three OpenAPI documents, on real records, checked
 * against the role table of the README: an allowed role is never refused (no 401, no 403, no
 * 5xx), any other is refused with 403, or 404 where the record is outside its scope. Without a
 * valid token (none, expired, signed with another key, from another issuer) every operation
 * answers 401.
 */
class AccessMatrixIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+(Z|[+-]\\d{2}:\\d{2})");

    private static Gateway gateway;
    /** Path parameters by the path they appear in: each names a real record made below. */
    private static final Map<String, String> IDS = new LinkedHashMap<>();

    @BeforeAll
    static void records() {
        gateway = Gateway.of();
        String inmate = Admissions.admit(gateway, Admissions.convict("Matrix Convict", null, "HIGH", Admissions.DUE_SOON_DAYS));
        String reviewed = Admissions.admit(gateway, Admissions.convict("Matrix Reviewed", null, "MEDIUM", 400));
        Gateway.Answer draft = gateway.post("/api/v1/programs").as(Actors.PROGRAM_OFFICER).json(Map.of(
                "code", "MATRIX-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "category", "LEGAL_AWARENESS",
                "name", "Matrix", "capacity", 20, "startsOn", LocalDate.now().minusDays(7).toString(),
                "endsOn", LocalDate.now().plusDays(30).toString())).send();
        String programme = created(draft);
        String etag = draft.header("ETag");
        for (String action : List.of("open", "start")) {
            Gateway.Answer moved = gateway.post("/api/v1/programs/" + programme + "/" + action).as(Actors.PROGRAM_OFFICER)
                    .ifMatch(etag).json(Map.of()).send();
            assertThat(moved.status()).as("%s: %s", action, moved).isEqualTo(200);
            etag = moved.header("ETag");
        }
        await().atMost(EVENTUALLY).until(() -> Admissions.knownToPrograms(List.of(inmate, reviewed)) == 2);
        String enrolment = enrol(programme, inmate);
        String reviewedEnrolment = enrol(programme, reviewed);
        String session = created(gateway.post("/api/v1/programs/" + programme + "/sessions").as(Actors.PROGRAM_OFFICER)
                .json(Map.of("date", LocalDate.now().minusDays(1).toString(), "startsAt", "09:00", "endsAt", "10:00",
                        "topic", "Matrix")).send());
        assertThat(gateway.post("/api/v1/programs/" + programme + "/sessions/" + session + "/attendance").as(Actors.PROGRAM_OFFICER)
                .json(Map.of("records", List.of(Map.of("enrolmentId", enrolment, "status", "PRESENT")))).send().status())
                .isBetween(200, 201);
        // Raising a participant's risk to HIGH puts their enrolment in the review queue.
        String reviewedETag = gateway.get("/api/v1/inmates/" + reviewed).as(Actors.SECURITY).send().header("ETag");
        assertThat(gateway.post("/api/v1/inmates/" + reviewed + "/risk-assessments").as(Actors.SECURITY).ifMatch(reviewedETag)
                .json(Map.of("level", "HIGH", "reason", "Contraband phone found")).send().status()).isEqualTo(200);
        String review = awaitFirst("/api/v1/enrolments/reviews?enrolmentId=" + reviewedEnrolment, Actors.PROGRAM_OFFICER);
        String notification = awaitFirst("/api/v1/liaison/notifications?kind=RELEASE_DUE&inmateId=" + inmate, Actors.POLRES_OFFICER);
        String infoRequest = created(gateway.post("/api/v1/liaison/info-requests").as(Actors.POLRES_OFFICER).json(Map.of(
                "inmateId", inmate, "purpose", "Penyidikan", "legalBasis", Map.of("letterNumber", "B/1/XI/2026/Reskrim"),
                "requestedData", List.of("IDENTITY"), "neededBy", LocalDate.now().plusDays(3).toString())).send());
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String loan = created(gateway.post("/api/v1/liaison/police-loans").as(Actors.POLRES_OFFICER).json(Map.of(
                "inmateId", inmate, "purpose", "Pemeriksaan saksi", "caseNumber", "LP/B/1/XI/2026", "letterNumber", "B/2/XI/2026",
                "borrowingUnit", "Satreskrim Polres HSU", "plannedOutAt", now.plusHours(1).toString(),
                "plannedBackAt", now.plusHours(5).toString(),
                "escorts", List.of(Map.of("name", "Bripka Andi", "rank", "Bripka", "nrp", "87050123")))).send());

        IDS.put("inmateId", inmate);
        Gateway.Answer meeting = fromExample("/api/v1/liaison/meetings", Actors.LIAISON, null);
        String meetingId = created(meeting);
        IDS.put("/api/v1/liaison/incidents/{id}", created(fromExample("/api/v1/liaison/incidents", Actors.SECURITY, null)));
        IDS.put("/api/v1/liaison/agreements/{id}", created(fromExample("/api/v1/liaison/agreements", Actors.LIAISON, null)));
        IDS.put("/api/v1/liaison/meetings/{id}", meetingId);
        Gateway.Answer held = fromExample("/api/v1/liaison/meetings/" + meetingId + "/record-minutes", Actors.LIAISON,
                meeting.header("ETag"));
        assertThat(held.status()).as("minutes: %s", held).isEqualTo(200);
        IDS.put("/api/v1/liaison/action-items/{id}", created(fromExample("/api/v1/liaison/meetings/" + meetingId
                + "/action-items", Actors.LIAISON, held.header("ETag"))));
        IDS.put("/api/v1/liaison/joint-operations/{id}",
                created(fromExample("/api/v1/liaison/joint-operations", Actors.SECURITY, null)));
        IDS.put("/api/v1/inmates/{id}", inmate);
        IDS.put("/api/v1/enrolments/participation/{inmateId}", inmate);
        IDS.put("/api/v1/enrolments/reviews/{id}", review);
        IDS.put("/api/v1/enrolments/{id}", enrolment);
        IDS.put("/api/v1/programs/{id}", programme);
        IDS.put("{programId}", programme);
        IDS.put("{sessionId}", session);
        IDS.put("{enrolmentId}", enrolment);
        IDS.put("/api/v1/liaison/notifications/{id}", notification);
        IDS.put("/api/v1/liaison/info-requests/{id}", infoRequest);
        IDS.put("/api/v1/liaison/police-loans/{id}", loan);
        IDS.put("programId", programme);
        IDS.put("enrolmentId", enrolment);
    }

    @Test
    void everyRoleGetsWhatTheRoleTableSaysOfEveryOperation() {
        List<String> wrong = new ArrayList<>();
        List<String> withoutRow = new ArrayList<>();
        int calls = 0;
        for (OpenApi.Operation operation : OpenApi.operations()) {
            RoleTable.Rule rule = RoleTable.of(operation.id());
            if (rule == null) {
                withoutRow.add(operation.id());
            }
            for (String role : Actors.ROLES) {
                Gateway.Answer answer = request(operation).as(Actors.of(role)).send();
                calls++;
                String expected = expectation(rule, role, answer);
                if (expected != null) {
                    wrong.add(operation + " as " + role + ": expected " + expected + ", got " + answer);
                }
            }
        }
        System.out.printf("[access] %d calls: %d operations × %d roles; without a row in the README's table (checked for "
                + "no 401 and no 5xx only): %s%n", calls, OpenApi.operations().size(), Actors.ROLES.size(), withoutRow);
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyOperationRefusesCallsWithoutAValidToken() throws Exception {
        var otherKey = KeyPairGenerator.getInstance("RSA");
        otherKey.initialize(2048);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("an expired token", DevTokens.mint("registrar-1", List.of("lapas-head"), "LAPAS", Actors.FACILITY,
                Duration.ofMinutes(-5)));
        tokens.put("a token signed with another key", DevTokens.mintSignedWith(otherKey.generateKeyPair().getPrivate(),
                "registrar-1", List.of("lapas-head"), "LAPAS", Actors.FACILITY));
        tokens.put("a token from another issuer", DevTokens.mint("registrar-1", List.of("lapas-head"), "LAPAS", Actors.FACILITY,
                Duration.ofHours(1), "https://sso.elsewhere.example/"));
        tokens.put("a malformed token", "not.a.jwt");
        List<String> wrong = new ArrayList<>();
        for (OpenApi.Operation operation : OpenApi.operations()) {
            for (Map.Entry<String, String> token : tokens.entrySet()) {
                Gateway.Call call = request(operation);
                if (token.getValue() != null) {
                    call.header("Authorization", "Bearer " + token.getValue());
                }
                Gateway.Answer answer = call.send();
                if (answer.status() != 401 || !answer.isProblem() || answer.header("WWW-Authenticate") == null) {
                    wrong.add(operation + " with " + token.getKey() + ": " + answer);
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Null when the answer is what the table says, else what was expected. */
    private static String expectation(RoleTable.Rule rule, String role, Gateway.Answer answer) {
        if (answer.status() >= 500 || answer.status() == 401) {
            return "no 5xx and no 401 for a valid token";
        }
        if (answer.status() >= 400 && !answer.isProblem()) {
            return "problem+json";
        }
        if (rule == null || rule.allows(role)) {
            return rule != null && answer.status() == 403 ? "allowed (not 403)" : null;
        }
        int refusal = rule.outOfScope().contains(role) ? 404 : 403;
        return answer.status() == refusal ? null : String.valueOf(refusal);
    }

    /**
     * The operation on the records made above, with its documented example as the body: without
     * {@code If-Match}, so a role that may update gets 428 instead of changing the record.
     */
    private static Gateway.Call request(OpenApi.Operation operation) {
        String path = operation.path();
        for (JsonNode parameter : operation.parameters("path")) {
            String placeholder = "{" + parameter.path("name").asText() + "}";
            String id = IDS.getOrDefault(operation.path().substring(0, operation.path().indexOf(placeholder) + placeholder.length()),
                    IDS.getOrDefault(placeholder, UUID.randomUUID().toString()));
            path = path.replace(placeholder, id);
        }
        Gateway.Call call = gateway.call(operation.method().toUpperCase(), path);
        if (operation.hasBody()) {
            JsonNode example = operation.bodyExample();
            call.json(example == null ? Map.of() : overlay(example, true));
        }
        return call;
    }

    /**
     * The example with every WBP, programme and enrolment id pointing at the records made above;
     * with {@code moveDates}, its dates moved to today's calendar too (dates to yesterday, instants
     * to tomorrow), so that a role check made after validation is reached.
     */
    private static JsonNode overlay(JsonNode node, boolean moveDates) {
        if (node instanceof ObjectNode object) {
            for (String field : iterable(object.fieldNames())) {
                JsonNode value = object.get(field);
                if (IDS.containsKey(field) && value.isTextual()) {
                    object.put(field, IDS.get(field));
                } else if (moveDates && value.isTextual() && DATE.matcher(value.asText()).matches()) {
                    object.put(field, LocalDate.now().minusDays(1).toString());
                } else if (moveDates && value.isTextual() && INSTANT.matcher(value.asText()).matches()) {
                    object.put(field, OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString());
                } else {
                    overlay(value, moveDates);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(item -> overlay(item, moveDates));
        }
        return node;
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

    /** A record made (or changed) as the operation documents it, about the WBP above. */
    private static Gateway.Answer fromExample(String path, String token, String ifMatch) {
        OpenApi.Operation create = OpenApi.operations().stream()
                .filter(o -> o.method().equals("post") && path.matches(o.path().replaceAll("\\{[^}]+}", "[^/]+")))
                .findFirst().orElseThrow(() -> new AssertionError("no POST " + path + " in the documents"));
        JsonNode body = overlay(create.bodyExample(), false);
        if (body.path("number").isTextual()) {
            // Agreement numbers are unique.
            ((ObjectNode) body).put("number", body.path("number").asText() + "-" + UUID.randomUUID().toString().substring(0, 8));
        }
        Gateway.Call call = gateway.post(path).as(token).json(body);
        return (ifMatch == null ? call : call.ifMatch(ifMatch)).send();
    }

    private static String enrol(String programme, String inmate) {
        Gateway.Answer requested = gateway.post("/api/v1/enrolments").as(Actors.PROGRAM_OFFICER)
                .json(Map.of("programId", programme, "inmateId", inmate)).send();
        String id = created(requested);
        assertThat(gateway.post("/api/v1/enrolments/" + id + "/approve").as(Actors.PROGRAM_OFFICER)
                .ifMatch(requested.header("ETag")).json(Map.of()).send().status()).isEqualTo(200);
        return id;
    }

    private static String created(Gateway.Answer answer) {
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private static String awaitFirst(String query, String token) {
        String[] id = new String[1];
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(250)).until(() -> {
            JsonNode items = gateway.get(query).as(token).send().json().path("items");
            id[0] = items.size() > 0 ? items.get(0).path("id").asText() : null;
            return id[0] != null;
        });
        return id[0];
    }
}
