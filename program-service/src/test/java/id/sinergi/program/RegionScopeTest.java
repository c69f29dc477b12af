package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.DevTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.openProgramme;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * The region (issue 22): a programme belongs to the facility of the staff who created it, and only
 * that facility's staff and auditors see and act on it and on everything under it (404 to the others,
 * absent from their lists); Polres reaches the programmes its unit co-organises in every facility; the
 * Kanwil officer and the regional auditor read every facility's; sinergi-admin reads none.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class RegionScopeTest {

    private static final List<String> OTHER_FACILITY = List.of(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER,
            TestTokens.OTHER_FACILITY_HEAD, TestTokens.OTHER_FACILITY_AUDITOR);

    /** A programme of Lapas Amuntai with something under each of its paths. */
    private record Amuntai(String programme, UUID inmate, String enrolment, String requested, String session, String review) {

        String programmePath() {
            return "/api/v1/programs/" + programme;
        }

        String sessionPath() {
            return programmePath() + "/sessions/" + session;
        }

        String attendancePath() {
            return sessionPath() + "/attendance/" + enrolment;
        }

        String enrolmentPath() {
            return "/api/v1/enrolments/" + enrolment;
        }

        String reviewPath() {
            return "/api/v1/enrolments/reviews/" + review;
        }
    }

    private static Amuntai amuntai() {
        String programme = openProgramme(5);
        UUID inmate = Inmates.admitted();
        String enrolment = enrolled(programme, inmate);
        String requested = Api.requested(programme, Inmates.admitted());
        String session = as(TestTokens.OFFICER).body("{\"date\":\"" + LocalDate.now() + "\",\"startsAt\":\"09:00\","
                        + "\"endsAt\":\"11:00\",\"topic\":\"Bahaya narkotika\"}")
                .when().post("/api/v1/programs/" + programme + "/sessions").then().statusCode(201).extract().jsonPath().getString("id");
        as(TestTokens.OFFICER).body(roll(enrolment)).when().post("/api/v1/programs/" + programme + "/sessions/" + session + "/attendance")
                .then().statusCode(201);
        as(TestTokens.OFFICER).body("{\"score\":70,\"notes\":\"Kehadiran baik\"}").when()
                .post("/api/v1/enrolments/" + enrolment + "/assessments").then().statusCode(201);
        Inmates.deliver(Inmates.example("InmateRiskChanged", inmate));
        String review = as(TestTokens.OFFICER).queryParam("enrolmentId", enrolment).when().get("/api/v1/enrolments/reviews")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
        return new Amuntai(programme, inmate, enrolment, requested, session, review);
    }

    private static String roll(String enrolment) {
        return "{\"records\":[{\"enrolmentId\":\"" + enrolment + "\",\"status\":\"PRESENT\"}]}";
    }

    private static String etag(String path) {
        return as(TestTokens.AUDITOR).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Everything the regional auditor reads of the programme, to show that nothing was changed. */
    private static String state(Amuntai a) {
        return Stream.of(a.programmePath(), a.programmePath() + "/sessions", a.sessionPath() + "/attendance", a.enrolmentPath(),
                        "/api/v1/enrolments/" + a.requested(), a.enrolmentPath() + "/assessments", a.reviewPath())
                .map(path -> as(TestTokens.AUDITOR).when().get(path).then().statusCode(200).extract().asString())
                .reduce("", String::concat);
    }

    private static void notFound(ValidatableResponse response) {
        response.statusCode(404).contentType(PROBLEM).body("type", equalTo("https://sinergi.id/problems/not-found"));
    }

    @Test
    void anotherFacilitysStaffAndAuditorFindNothingOfAnAmuntaiProgramme() {
        Amuntai a = amuntai();
        as(TestTokens.OFFICER).when().get(a.programmePath()).then().statusCode(200).body("facility", equalTo(TestTokens.FACILITY));
        String before = state(a);
        String update = Api.programme(Api.uniqueCode("UPD"), 9, "", "").replaceFirst("\"code\":\"[^\"]*\",", "")
                .replaceFirst("\"category\":\"[^\"]*\",", "");

        for (String token : OTHER_FACILITY) {
            for (String path : List.of(a.programmePath(), a.programmePath() + "/statistics", a.programmePath() + "/sessions",
                    a.sessionPath(), a.sessionPath() + "/attendance", a.attendancePath(), a.enrolmentPath(),
                    a.enrolmentPath() + "/transitions", a.enrolmentPath() + "/attendance", a.enrolmentPath() + "/assessments",
                    a.reviewPath(), "/api/v1/enrolments/participation/" + a.inmate())) {
                notFound(as(token).when().get(path).then());
            }
            as(token).queryParam("size", 100).when().get("/api/v1/programs").then().statusCode(200)
                    .body("items.id", not(hasItem(a.programme())))
                    .body("items.facility", not(hasItem(TestTokens.FACILITY)));
            for (Map.Entry<String, String> filter : Map.of("programId", a.programme(), "inmateId", a.inmate().toString()).entrySet()) {
                as(token).queryParam(filter.getKey(), filter.getValue()).when().get("/api/v1/enrolments").then()
                        .statusCode(200).body("total", equalTo(0));
            }
            as(token).queryParam("programId", a.programme()).when().get("/api/v1/enrolments/reviews").then()
                    .statusCode(200).body("total", equalTo(0));

            // Writes: the auditor's role never allows them (403, the same for every programme); staff find nothing.
            boolean writer = !token.equals(TestTokens.OTHER_FACILITY_AUDITOR);
            int expected = writer ? 404 : 403;
            as(token).header("If-Match", etag(a.programmePath())).body(update).when().put(a.programmePath())
                    .then().statusCode(expected);
            for (String action : List.of("open", "start", "finish", "cancel")) {
                Api.action(token, "programs", a.programme(), action, "{\"reason\":\"x\"}").statusCode(expected);
            }
            as(token).body("{\"date\":\"" + LocalDate.now() + "\",\"startsAt\":\"13:00\",\"endsAt\":\"14:00\",\"topic\":\"x\"}")
                    .when().post(a.programmePath() + "/sessions").then().statusCode(expected);
            as(token).body(roll(a.enrolment())).when().post(a.sessionPath() + "/attendance").then().statusCode(expected);
            as(token).header("If-Match", etag(a.attendancePath()))
                    .body("{\"status\":\"ABSENT\",\"absenceReason\":\"SICK\",\"reason\":\"x\"}").when().put(a.attendancePath())
                    .then().statusCode(expected);
            Api.enrolmentAction(token, a.requested(), "approve", "{}").statusCode(expected);
            for (String action : List.of("suspend", "resume", "withdraw", "complete")) {
                Api.enrolmentAction(token, a.enrolment(), action, "{\"reason\":\"x\"}").statusCode(expected);
            }
            as(token).body("{\"score\":10,\"notes\":\"x\"}").when().post(a.enrolmentPath() + "/assessments").then().statusCode(expected);
            as(token).header("If-Match", etag(a.reviewPath())).body("{\"note\":\"x\"}").when().post(a.reviewPath() + "/acknowledge")
                    .then().statusCode(expected);
            ValidatableResponse enrol = Api.request(token, a.programme(), a.inmate()).statusCode(writer ? 422 : 403);
            if (writer) {
                enrol.body("type", equalTo("https://sinergi.id/problems/unknown-programme"));
            }
        }
        assertThat(state(a)).isEqualTo(before);
    }

    /**
     * The access log and the audit trail are held to the facility as everything else: a read of an
     * Amuntai WBP's history, and the changes of its enrolment (filed under the WBP) and of the programme
     * and its session (filed under none, attributed through the programme), are Amuntai's and the
     * region's, never another facility's.
     */
    @Test
    void theLogsOfAnAmuntaiProgrammeAreAmuntaisAndTheRegions() {
        Amuntai a = amuntai();
        String inmate = a.inmate().toString();
        as(TestTokens.LIAISON).header("X-Purpose", "Sidang TPP").when().get("/api/v1/enrolments/participation/" + inmate)
                .then().statusCode(200);
        List<Map<String, String>> changes = List.of(Map.of("inmateId", inmate), Map.of("entityType", "Programme", "entityId",
                a.programme()), Map.of("entityType", "ProgrammeSession", "entityId", a.session()));

        for (String token : List.of(TestTokens.HEAD, TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            as(token).queryParam("inmateId", inmate).when().get("/api/v1/programs/access-log").then().statusCode(200)
                    .body("items.inmateId", hasItem(inmate));
        }
        for (String token : List.of(TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            for (Map<String, String> filter : changes) {
                as(token).queryParams(filter).when().get("/api/v1/programs/audit").then().statusCode(200)
                        .body("total", greaterThan(0));
            }
        }
        for (String token : List.of(TestTokens.OTHER_FACILITY_HEAD, TestTokens.OTHER_FACILITY_AUDITOR)) {
            as(token).queryParam("inmateId", inmate).when().get("/api/v1/programs/access-log").then().statusCode(200)
                    .body("total", equalTo(0));
            as(token).queryParam("size", 100).when().get("/api/v1/programs/access-log").then().statusCode(200)
                    .body("items.inmateId", not(hasItem(inmate)));
        }
        for (Map<String, String> filter : changes) {
            as(TestTokens.OTHER_FACILITY_AUDITOR).queryParams(filter).when().get("/api/v1/programs/audit").then()
                    .statusCode(200).body("total", equalTo(0));
        }
        as(TestTokens.OTHER_FACILITY_AUDITOR).queryParam("size", 100).when().get("/api/v1/programs/audit").then()
                .statusCode(200).body("items.entityId", not(hasItem(a.programme())))
                .body("items.entityId", not(hasItem(a.session()))).body("items.entityId", not(hasItem(a.enrolment())))
                .body("items.inmateId", not(hasItem(inmate)));
    }

    /**
     * Every path of the service's OpenAPI document, with an Amuntai programme, session, enrolment,
     * review and WBP in its parameters, is 404 to the head of another facility: a new operation that
     * forgets scope fails here. The co-signature is 403: only Polres roles may ever make it.
     */
    @Test
    void everyPathWithAnAmuntaiRecordIsNotFoundToTheHeadOfAnotherFacility() throws Exception {
        Amuntai a = amuntai();
        String before = state(a);
        JsonNode document = new ObjectMapper().readTree(given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200).extract().asString());
        Set<String> roleForbidden = Set.of("coSignCompletion");
        List<String> walked = new ArrayList<>();
        List<String> escaped = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            String template = path.getKey();
            if (!template.contains("{")) {
                continue;
            }
            String url = template.replace("{programId}", a.programme()).replace("{sessionId}", a.session())
                    .replace("{enrolmentId}", a.enrolment()).replace("{inmateId}", a.inmate().toString())
                    .replace("{id}", template.startsWith("/api/v1/programs/") ? a.programme()
                            : template.startsWith("/api/v1/enrolments/reviews/") ? a.review() : a.enrolment());
            assertThat(url).as("every path parameter of " + template + " is given an Amuntai record").doesNotContain("{");
            String record = template.contains("/attendance/{enrolmentId}") ? a.attendancePath()
                    : template.startsWith("/api/v1/enrolments/reviews/") ? a.reviewPath()
                    : template.startsWith("/api/v1/enrolments/") ? a.enrolmentPath() : a.programmePath();
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey();
                if (!Set.of("get", "post", "put", "delete").contains(method)) {
                    continue;
                }
                String operationId = operation.getValue().path("operationId").asText();
                walked.add(operationId);
                RequestSpecification call = given().auth().oauth2(TestTokens.OTHER_FACILITY_HEAD).contentType(ContentType.JSON);
                if (!method.equals("get")) {
                    call.header("Idempotency-Key", UUID.randomUUID().toString()).header("If-Match", etag(record))
                            .body(requestExample(document, operation.getValue()));
                }
                ExtractableResponse<Response> answer = call.when().request(method.toUpperCase(), url).then().extract();
                int expected = roleForbidden.contains(operationId) ? 403 : 404;
                if (answer.statusCode() != expected) {
                    escaped.add(method.toUpperCase() + " " + template + " (" + operationId + "): " + answer.statusCode() + " "
                            + answer.asString());
                }
            }
        }
        assertThat(walked).contains("getProgramme", "updateProgramme", "cancelProgramme", "getProgrammeStatistics",
                "scheduleSession", "amendAttendance", "approveEnrolment", "assessEnrolment", "getParticipationHistory",
                "acknowledgeReview");
        assertThat(escaped).as("operations that answer the head of another facility otherwise than 404").isEmpty();
        assertThat(state(a)).isEqualTo(before);
    }

    /**
     * The operation's documented request example (what an integrator would send), dated today so that
     * no date rule refuses it before scope is asked; an empty object when it documents none.
     */
    private static String requestExample(JsonNode document, JsonNode operation) {
        JsonNode examples = operation.at("/requestBody/content/application~1json/examples");
        if (!examples.isObject() || examples.isEmpty()) {
            return "{}";
        }
        JsonNode example = examples.elements().next();
        if (example.has("$ref")) {
            example = document.at(example.get("$ref").asText().substring(1));
        }
        return example.get("value").toString().replaceAll("\"\\d{4}-\\d{2}-\\d{2}\"", "\"" + LocalDate.now() + "\"");
    }

    @Test
    void theKanwilOfficerAndTheRegionalAuditorReadEveryFacilityAndTheAdminNone() {
        Amuntai a = amuntai();
        String barabai = openProgramme(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, Api.programme(Api.uniqueCode("BRB"), 5, "", ""));
        String barabaiEnrolment = Api.request(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, barabai,
                Inmates.admittedTo(TestTokens.OTHER_FACILITY)).statusCode(201).extract().jsonPath().getString("id");

        for (String token : List.of(TestTokens.KANWIL_OFFICER, TestTokens.AUDITOR)) {
            as(token).queryParam("size", 100).when().get("/api/v1/programs").then().statusCode(200)
                    .body("items.id", hasItems(a.programme(), barabai))
                    .body("items.facility", hasItems(TestTokens.FACILITY, TestTokens.OTHER_FACILITY));
            as(token).when().get(a.programmePath()).then().statusCode(200).body("facility", equalTo(TestTokens.FACILITY));
            as(token).when().get("/api/v1/programs/" + barabai).then().statusCode(200).body("facility", equalTo(TestTokens.OTHER_FACILITY));
            as(token).when().get(a.programmePath() + "/statistics").then().statusCode(200).body("enrolled", equalTo(1));
            as(token).when().get("/api/v1/programs/" + barabai + "/statistics").then().statusCode(200);
            as(token).when().get(a.programmePath() + "/sessions").then().statusCode(200).body("total", equalTo(1));
            as(token).when().get(a.sessionPath()).then().statusCode(200);
            as(token).queryParam("programId", barabai).when().get("/api/v1/enrolments").then().statusCode(200)
                    .body("items.id", contains(barabaiEnrolment));
            as(token).when().get(a.enrolmentPath()).then().statusCode(200).body("registerNumber", not(nullValue()));
        }
        // The Kanwil officer: the basic view Polres gets, nothing beyond it, and no writes.
        as(TestTokens.KANWIL_OFFICER).when().get(a.enrolmentPath()).then().body("pendingReviews", nullValue());
        for (String path : List.of(a.sessionPath() + "/attendance", a.attendancePath(), a.enrolmentPath() + "/attendance",
                a.enrolmentPath() + "/assessments", a.enrolmentPath() + "/transitions", "/api/v1/enrolments/participation/" + a.inmate(),
                "/api/v1/enrolments/reviews", a.reviewPath(), "/api/v1/programs/access-log", "/api/v1/programs/audit")) {
            as(TestTokens.KANWIL_OFFICER).when().get(path).then().statusCode(403).contentType(PROBLEM);
        }
        as(TestTokens.KANWIL_OFFICER).body(Api.programme(Api.uniqueCode("KWL"), 5, "", "")).when().post("/api/v1/programs")
                .then().statusCode(403);
        Api.action(TestTokens.KANWIL_OFFICER, "programs", barabai, "cancel", "{\"reason\":\"x\"}").statusCode(403);
        Api.request(TestTokens.KANWIL_OFFICER, a.programme(), Inmates.admitted()).statusCode(403);
        // The regional auditor reads everything, as the auditor always has.
        as(TestTokens.AUDITOR).when().get(a.enrolmentPath()).then().body("pendingReviews", equalTo(1));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/participation/" + a.inmate()).then().statusCode(200)
                .body("enrolments.id", contains(a.enrolment()));
        as(TestTokens.AUDITOR).queryParam("programId", a.programme()).when().get("/api/v1/enrolments/reviews").then()
                .statusCode(200).body("total", equalTo(1));

        // The auditor of a facility is held to it.
        as(TestTokens.FACILITY_AUDITOR).when().get(a.programmePath()).then().statusCode(200);
        as(TestTokens.FACILITY_AUDITOR).when().get(a.enrolmentPath() + "/assessments").then().statusCode(200);
        notFound(as(TestTokens.FACILITY_AUDITOR).when().get("/api/v1/programs/" + barabai).then());
        notFound(as(TestTokens.FACILITY_AUDITOR).when().get("/api/v1/enrolments/" + barabaiEnrolment).then());
        as(TestTokens.FACILITY_AUDITOR).queryParam("size", 100).when().get("/api/v1/programs").then()
                .body("items.id", hasItem(a.programme())).body("items.id", not(hasItem(barabai)));

        // sinergi-admin writes the directories and reads no programme.
        for (String path : List.of("/api/v1/programs", a.programmePath(), a.programmePath() + "/statistics",
                a.programmePath() + "/sessions", "/api/v1/enrolments", a.enrolmentPath(), "/api/v1/enrolments/reviews")) {
            as(TestTokens.ADMIN).when().get(path).then().statusCode(403);
        }
    }

    @Test
    void polresReadsTheProgrammeItsUnitCoOrganisesInAnyFacility() {
        String barabai = openProgramme(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER,
                Api.coOrganised(Api.uniqueCode("BRB"), 5, TestTokens.POLRES_UNIT));
        String enrolment = Api.request(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, barabai,
                Inmates.admittedTo(TestTokens.OTHER_FACILITY)).statusCode(201).extract().jsonPath().getString("id");

        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + barabai).then().statusCode(200)
                .body("facility", equalTo(TestTokens.OTHER_FACILITY)).body("coOrganiserUnit", equalTo(TestTokens.POLRES_UNIT));
        as(TestTokens.POLRES_HEAD).queryParam("size", 100).when().get("/api/v1/programs").then().body("items.id", hasItem(barabai));
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/" + enrolment).then().statusCode(200)
                .body("pendingReviews", nullValue());
        as(TestTokens.OTHER_FACILITY_HEAD).when().get("/api/v1/programs/" + barabai).then().statusCode(200);
        notFound(as(TestTokens.OTHER_UNIT_OFFICER).when().get("/api/v1/programs/" + barabai).then());
        notFound(as(TestTokens.LAPAS_HEAD).when().get("/api/v1/programs/" + barabai).then());
        notFound(as(TestTokens.LAPAS_HEAD).when().get("/api/v1/enrolments/" + enrolment).then());
    }

    @Test
    void aProgrammeIsOfItsCreatorsFacilityAndTakesOnlyThatFacilitysWbp() {
        String amuntai = openProgramme(5);
        String barabai = openProgramme(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, Api.programme(Api.uniqueCode("BRB"), 5, "", ""));
        as(TestTokens.OTHER_FACILITY_HEAD).when().get("/api/v1/programs/" + barabai).then().statusCode(200)
                .body("facility", equalTo(TestTokens.OTHER_FACILITY));
        UUID ofAmuntai = Inmates.admitted();
        UUID ofBarabai = Inmates.admittedTo(TestTokens.OTHER_FACILITY);

        // A WBP of another facility is answered exactly as one program-service never heard of.
        UUID unheardOf = UUID.randomUUID();
        for (UUID inmate : List.of(ofAmuntai, unheardOf)) {
            Api.request(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, barabai, inmate).statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("https://sinergi.id/problems/inmate-not-eligible"))
                    .body("reasons", contains("UNKNOWN_INMATE")).body("field", equalTo("inmateId"))
                    .body("detail", equalTo("program-service knows no WBP " + inmate + " of " + TestTokens.OTHER_FACILITY
                            + " from inmate-service (a WBP admitted a moment ago arrives within seconds: retry)"));
        }
        Api.request(TestTokens.OFFICER, amuntai, ofBarabai).statusCode(422).body("reasons", contains("UNKNOWN_INMATE"));
        // Another facility's programme is, to the caller, one that does not exist.
        Api.request(TestTokens.OFFICER, barabai, ofAmuntai).statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-programme"));

        String enrolment = Api.request(TestTokens.OTHER_FACILITY_PROGRAM_OFFICER, barabai, ofBarabai).statusCode(201)
                .body("programme.facility", equalTo(TestTokens.OTHER_FACILITY)).extract().jsonPath().getString("id");
        Api.enrolmentAction(TestTokens.OTHER_FACILITY_HEAD, enrolment, "approve", "{}").statusCode(200)
                .body("state", equalTo("ACTIVE"));
        assertThat(events(enrolment, "program.enrolment-changed"))
                .allSatisfy(data -> assertThat(data.at("/enrolment/programme/facility").asText()).isEqualTo(TestTokens.OTHER_FACILITY));
        as(TestTokens.OTHER_FACILITY_AUDITOR).when().get("/api/v1/enrolments/participation/" + ofBarabai).then().statusCode(200)
                .body("enrolments.id", contains(enrolment));

        // A Lapas token without a unit belongs to no facility: it creates no programme.
        as(DevTokens.mint("programs-x", Roles.LAPAS_PROGRAM_OFFICER, "LAPAS", "")).body(Api.programme(Api.uniqueCode("NOU"), 5, "", ""))
                .when().post("/api/v1/programs").then().statusCode(403).contentType(PROBLEM);
    }
}
