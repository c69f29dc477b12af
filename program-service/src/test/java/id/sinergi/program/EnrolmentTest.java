package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.openProgramme;
import static id.sinergi.program.Api.programme;
import static id.sinergi.program.Api.request;
import static id.sinergi.program.Api.requested;
import static id.sinergi.program.Api.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EnrolmentTest {

    @Test
    void everyStaffTransitionOverHttpWithItsEvents() {
        String programId = openProgramme(5);
        UUID inmate = Inmates.admitted("B.I", "LOW");
        String id = request(TestTokens.OFFICER, programId, inmate).statusCode(201).header("ETag", "\"0\"")
                .body("state", equalTo("REQUESTED")).body("inmateId", equalTo(inmate.toString()))
                .body("registerNumber", equalTo("B.I-1000/2026")).body("allowedActions", contains("approve", "withdraw"))
                .extract().jsonPath().getString("id");
        enrolmentAction(TestTokens.HEAD, id, "approve", "{}").statusCode(200).header("ETag", "\"1\"")
                .body("state", equalTo("ACTIVE")).body("allowedActions", contains("suspend", "complete", "withdraw"));
        enrolmentAction(TestTokens.OFFICER, id, "suspend", "{}").statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/reason-required")).body("field", equalTo("reason"));
        enrolmentAction(TestTokens.OFFICER, id, "suspend", "{\"reason\":\"Disciplinary hearing\"}").statusCode(200)
                .body("state", equalTo("SUSPENDED")).body("reason", equalTo("Disciplinary hearing"));
        enrolmentAction(TestTokens.OFFICER, id, "resume", null).statusCode(200).body("state", equalTo("ACTIVE"))
                .body("reason", nullValue());
        // Completed today in Amuntai: no earlier than the WITA day the place was taken, whatever the test JVM's zone.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
        enrolmentAction(TestTokens.OFFICER, id, "complete", "{\"score\":82,\"notes\":\"Aktif\",\"completedOn\":\"" + today + "\"}")
                .statusCode(200).body("state", equalTo("COMPLETED")).body("allowedActions", empty())
                .body("completion.score", equalTo(82)).body("completion.completedOn", equalTo(today.toString()));

        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id + "/transitions").then().statusCode(200)
                .body("action", contains("request", "approve", "suspend", "resume", "complete"))
                .body("to", contains("REQUESTED", "ACTIVE", "SUSPENDED", "ACTIVE", "COMPLETED"))
                .body("[2].reason", equalTo("Disciplinary hearing")).body("[1].actor", equalTo("kalapas"));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id + "/assessments").then().statusCode(200)
                .body("kind", contains("FINAL")).body("[0].score", equalTo(82));
        List<JsonNode> changes = events(id, "program.enrolment-changed");
        assertThat(changes).extracting(e -> e.at("/enrolment/state").asText())
                .containsExactly("REQUESTED", "ACTIVE", "SUSPENDED", "ACTIVE");
        assertThat(changes.get(0).get("previousState").isNull()).isTrue();
        assertThat(changes.get(2).get("changedBy").asText()).isEqualTo("programs-1");
        assertThat(changes.get(2).at("/enrolment/reason").asText()).isEqualTo("Disciplinary hearing");
        JsonNode completed = events(id, "program.completed").get(0);
        assertThat(completed.at("/enrolment/state").asText()).isEqualTo("COMPLETED");
        assertThat(completed.at("/completion/score").asInt()).isEqualTo(82);
        assertThat(completed.at("/enrolment/registerNumber").asText()).isEqualTo("B.I-1000/2026");
    }

    @Test
    void withdrawalIsPossibleFromEveryOpenStateWithAReason() {
        String programId = openProgramme(1);
        List<UUID> inmates = Inmates.admitted(4, "B.I", "LOW");
        String requested = requested(programId, inmates.get(0));
        String active = enrolled(programId, inmates.get(1));
        String waitlisted = enrolled(programId, inmates.get(2));
        String suspended = enrolled(programId, inmates.get(3));
        assertThat(Api.state(waitlisted)).isEqualTo("WAITLISTED");
        enrolmentAction(TestTokens.OFFICER, waitlisted, "withdraw", "{\"reason\":\"Joined the welding course instead\"}")
                .statusCode(200).body("state", equalTo("WITHDRAWN"));
        assertThat(Api.state(suspended)).isEqualTo("WAITLISTED");
        enrolmentAction(TestTokens.OFFICER, requested, "withdraw", "{\"reason\":\"Declined by the TPP\"}").statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        enrolmentAction(TestTokens.OFFICER, active, "withdraw", "{\"reason\":\"Asked to leave\"}").statusCode(200)
                .body("state", equalTo("WITHDRAWN"));
        // The place the withdrawal freed went to the waiting list.
        enrolmentAction(TestTokens.OFFICER, suspended, "suspend", "{\"reason\":\"Sick leave\"}").statusCode(200);
        enrolmentAction(TestTokens.OFFICER, suspended, "withdraw", "{}").statusCode(422);
        enrolmentAction(TestTokens.OFFICER, suspended, "withdraw", "{\"reason\":\"Long illness\"}").statusCode(200)
                .body("state", equalTo("WITHDRAWN")).body("reason", equalTo("Long illness"));
    }

    @Test
    void refusedTransitionsAnswer409WithTheAllowedActions() {
        String programId = openProgramme(5);
        String id = enrolled(programId, Inmates.admitted());
        enrolmentAction(TestTokens.OFFICER, id, "resume", "{}").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo("ACTIVE")).body("allowedActions", contains("suspend", "complete", "withdraw"));
        enrolmentAction(TestTokens.OFFICER, id, "approve", "{}").statusCode(409);
        enrolmentAction(TestTokens.OFFICER, id, "withdraw", "{\"reason\":\"Transferred to another block's class\"}").statusCode(200);
        for (String action : List.of("approve", "suspend", "resume", "complete")) {
            enrolmentAction(TestTokens.OFFICER, id, action, "{\"reason\":\"x\"}").statusCode(409)
                    .body("state", equalTo("WITHDRAWN")).body("allowedActions", empty());
        }
        String requested = requested(programId, Inmates.admitted());
        enrolmentAction(TestTokens.OFFICER, requested, "complete", "{}").statusCode(409).body("allowedActions", contains("approve", "withdraw"));
        enrolmentAction(TestTokens.OFFICER, UUID.randomUUID().toString(), "approve", "{}").statusCode(404).contentType(PROBLEM);
    }

    @Test
    void onlyProgrammeStaffActAndPolresSeesNothingOutsideItsProgrammes() {
        String programId = openProgramme(5);
        UUID inmate = Inmates.admitted();
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.SECURITY, TestTokens.LIAISON, TestTokens.AUDITOR)) {
            request(token, programId, inmate).statusCode(403).contentType(PROBLEM);
        }
        String id = requested(programId, inmate);
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.AUDITOR)) {
            enrolmentAction(token, id, "approve", "{}").statusCode(403).contentType(PROBLEM)
                    .body("detail", equalTo("'approve' needs one of the roles [lapas-head, lapas-program-officer]"));
            as(token).when().get("/api/v1/enrolments/" + id).then().statusCode(200);
        }
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD)) {
            as(token).when().get("/api/v1/enrolments/" + id).then().statusCode(404);
            as(token).when().get("/api/v1/enrolments/participation/" + inmate).then().statusCode(403);
            enrolmentAction(token, id, "approve", "{}").statusCode(403);
            request(token, programId, inmate).statusCode(403);
        }
        assertThat(Api.state(id)).isEqualTo("REQUESTED");
    }

    @Test
    void eligibilityComesFromTheInmateReadModelWithTheReasons() {
        String programId = openProgramme(programme(uniqueCode("ELIG"), 5, "\"B.I\"", "\"LOW\",\"MEDIUM\""));
        request(TestTokens.OFFICER, programId, UUID.randomUUID()).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/inmate-not-eligible"))
                .body("reasons", contains("UNKNOWN_INMATE")).body("field", equalTo("inmateId"));
        request(TestTokens.OFFICER, programId, Inmates.admitted("A.II", "HIGH")).statusCode(422)
                .body("reasons", contains("REGISTER_CLASS", "RISK_LEVEL"));
        UUID released = UUID.randomUUID();
        Inmates.deliver(Inmates.example("InmateReleased", released));
        request(TestTokens.OFFICER, programId, released).statusCode(422).body("reasons", hasItem("NOT_IN_CUSTODY"));

        UUID eligible = Inmates.admitted("B.I", "MEDIUM");
        String id = requested(programId, eligible);
        request(TestTokens.OFFICER, programId, eligible).statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/already-enrolled")).body("enrolmentId", equalTo(id));
        // Approval checks again: the WBP's class changed after the request.
        Inmates.deliver(Inmates.example("InmateClassChanged", eligible, Map.of("registerClass", "B.IIa", "riskLevel", "MEDIUM")));
        enrolmentAction(TestTokens.OFFICER, id, "approve", "{}").statusCode(422).body("reasons", contains("REGISTER_CLASS"));
        assertThat(Api.state(id)).isEqualTo("REQUESTED");

        as(TestTokens.OFFICER).body("{\"programId\":\"" + UUID.randomUUID() + "\",\"inmateId\":\"" + eligible + "\"}")
                .when().post("/api/v1/enrolments").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-programme"));
        as(TestTokens.OFFICER).body("{\"programId\":\"" + programId + "\"}").when().post("/api/v1/enrolments").then()
                .statusCode(400).body("violations[0].field", equalTo("inmateId"));
        as(TestTokens.OFFICER).body("{\"programId\":\"nope\",\"inmateId\":\"" + eligible + "\"}").when().post("/api/v1/enrolments")
                .then().statusCode(400).body("field", equalTo("programId"));
    }

    @Test
    void aProgrammeNotOpenTakesNoEnrolments() {
        String draft = as(TestTokens.OFFICER).body(programme(uniqueCode("DRAFT"), 5, "", "")).when().post("/api/v1/programs")
                .then().statusCode(201).extract().jsonPath().getString("id");
        request(TestTokens.OFFICER, draft, Inmates.admitted()).statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/programme-not-accepting-enrolments"));
    }

    @Test
    void certificatesAreNumberedPerProgrammeAndCompletionFreesThePlace() {
        String code = uniqueCode("CERT");
        String programId = openProgramme(programme(code, 2, "", ""));
        List<UUID> inmates = Inmates.admitted(3, "B.I", "LOW");
        String first = enrolled(programId, inmates.get(0));
        String second = enrolled(programId, inmates.get(1));
        String third = enrolled(programId, inmates.get(2));
        assertThat(Api.state(third)).isEqualTo("WAITLISTED");
        as(TestTokens.OFFICER).body("{\"score\":70,\"notes\":\"Kehadiran baik\"}").when()
                .post("/api/v1/enrolments/" + first + "/assessments").then().statusCode(201).body("kind", equalTo("PROGRESS"));
        as(TestTokens.OFFICER).body("{\"score\":101,\"notes\":\"x\"}").when()
                .post("/api/v1/enrolments/" + first + "/assessments").then().statusCode(400);
        enrolmentAction(TestTokens.OFFICER, first, "complete", "{\"score\":90}").statusCode(200)
                .body("completion.certificateNumber", equalTo("SRT-" + code + "-0001"));
        enrolmentAction(TestTokens.OFFICER, second, "complete", null).statusCode(200)
                .body("completion.certificateNumber", equalTo("SRT-" + code + "-0002")).body("completion.score", nullValue());
        enrolmentAction(TestTokens.OFFICER, third, "complete", "{\"completedOn\":\"2000-01-01\"}").statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/completed-before-start"));
        as(TestTokens.OFFICER).body("{\"notes\":\"late\"}").when().post("/api/v1/enrolments/" + first + "/assessments")
                .then().statusCode(409);
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first + "/assessments").then().statusCode(200)
                .body("kind", contains("PROGRESS", "FINAL")).body("score", contains(70, 90));

        as(TestTokens.LIAISON).when().get("/api/v1/enrolments/participation/" + inmates.get(0)).then().statusCode(200)
                .body("programmesCompleted", equalTo(1)).body("programmesInProgress", equalTo(0))
                .body("registerNumber", equalTo("B.I-1000/2026"))
                .body("enrolments[0].completion.certificateNumber", equalTo("SRT-" + code + "-0001"));
        // A WBP program-service has not heard of is, to facility staff, as one of another facility: not theirs.
        UUID unheardOf = UUID.randomUUID();
        as(TestTokens.LIAISON).when().get("/api/v1/enrolments/participation/" + unheardOf).then().statusCode(404);
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/participation/" + unheardOf).then().statusCode(200)
                .body("enrolments", empty());
        // Each read of a participation history is in the access log, with its purpose.
        as(TestTokens.LIAISON).header("X-Purpose", "Sidang TPP: usulan PB").when()
                .get("/api/v1/enrolments/participation/" + inmates.get(0)).then().statusCode(200);
        as(TestTokens.AUDITOR).queryParam("inmateId", inmates.get(0).toString()).queryParam("record", "PARTICIPATION_HISTORY")
                .when().get("/api/v1/programs/access-log").then().statusCode(200).body("total", equalTo(2))
                .body("items[0].purpose", equalTo("Sidang TPP: usulan PB")).body("items[1].purpose", nullValue())
                .body("items.actor", everyItem(equalTo("liaison-1"))).body("items.record", everyItem(equalTo("PARTICIPATION_HISTORY")));
        as(TestTokens.AUDITOR).queryParam("record", "RECORD").when().get("/api/v1/programs/access-log").then().statusCode(400)
                .body("field", equalTo("record"));
        as(TestTokens.OFFICER).when().get("/api/v1/programs/access-log").then().statusCode(403);
        as(TestTokens.AUDITOR).queryParam("programId", programId).queryParam("state", "COMPLETED").when().get("/api/v1/enrolments")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", containsInAnyOrder(first, second));
        as(TestTokens.AUDITOR).queryParam("inmateId", "x").when().get("/api/v1/enrolments").then().statusCode(400)
                .body("field", equalTo("inmateId"));
    }

    @Test
    void anActionWithAStaleIfMatchIs412AndARetryWithTheSameKeyIsReplayed() {
        String id = requested(openProgramme(5), Inmates.admitted());
        enrolmentAction(TestTokens.OFFICER, id, "approve", "{}").statusCode(200);
        as(TestTokens.OFFICER).header("If-Match", "\"0\"").body("{\"reason\":\"x\"}").when()
                .post("/api/v1/enrolments/" + id + "/suspend").then().statusCode(412);
        String key = "officer-" + System.nanoTime();
        as(TestTokens.OFFICER).header("If-Match", "\"1\"").header("Idempotency-Key", key).body("{\"reason\":\"Sick\"}").when()
                .post("/api/v1/enrolments/" + id + "/suspend").then().statusCode(200).header("ETag", "\"2\"");
        as(TestTokens.OFFICER).header("If-Match", "\"1\"").header("Idempotency-Key", key).body("{\"reason\":\"Sick\"}").when()
                .post("/api/v1/enrolments/" + id + "/suspend").then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("state", equalTo("SUSPENDED"));
        assertThat(events(id, "program.enrolment-changed")).hasSize(3);
    }

    @Test
    void theStateMachineIsPublishedForIntegrators() {
        as(TestTokens.REGISTRAR).when().get("/api/v1/enrolments/state-machine").then().statusCode(200)
                .body("name", equalTo("enrolment"))
                .body("states.state", contains("REQUESTED", "WAITLISTED", "ACTIVE", "SUSPENDED", "COMPLETED", "WITHDRAWN", "ENDED"))
                .body("states.find { it.state == 'ENDED' }.terminal", equalTo(true))
                .body("transitions.findAll { it.action == 'approve' }.to", contains("ACTIVE", "WAITLISTED"))
                .body("transitions.findAll { it.action == 'approve' }.condition", contains("PLACE_AVAILABLE", "PROGRAMME_FULL"))
                .body("transitions.findAll { it.action == 'approve' }.conditionDescription",
                        contains("the programme has a free place", "every place of the programme is taken"))
                .body("transitions.find { it.action == 'promote' }.bySystem", equalTo(true))
                .body("transitions.find { it.action == 'suspend' }.bySystem", equalTo(false))
                .body("transitions.find { it.action == 'promote' }.roles", empty())
                .body("transitions.find { it.action == 'suspend' }.roles", contains("lapas-head", "lapas-program-officer"))
                .body("transitions.find { it.action == 'suspend' }.reasonRequired", equalTo(true))
                .body("transitions.find { it.action == 'request' }.from", nullValue());
    }
}
