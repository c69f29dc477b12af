package id.sinergi.program;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.action;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.programme;
import static id.sinergi.program.Api.uniqueCode;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ProgrammeTest {

    private static String create(String body) {
        return as(TestTokens.OFFICER).body(body).when().post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getString("id");
    }

    @Test
    void aProgrammeIsCreatedAsDraftAndReadByEveryLapasRoleAndTheAuditor() {
        String code = uniqueCode("KES");
        String location = as(TestTokens.HEAD).body(programme(code, 20, "\"B.I\",\"B.IIa\"", "\"LOW\",\"MEDIUM\""))
                .when().post("/api/v1/programs").then().statusCode(201).contentType("application/json")
                .header("ETag", "\"0\"")
                .body("code", equalTo(code)).body("status", equalTo("DRAFT"))
                .body("eligibility.registerClasses", contains("B.I", "B.IIa"))
                .body("eligibility.riskLevels", contains("LOW", "MEDIUM"))
                .body("places.capacity", equalTo(20)).body("places.free", equalTo(20))
                .body("allowedActions", contains("open", "cancel"))
                .extract().header("Location");
        for (String token : new String[] {TestTokens.REGISTRAR, TestTokens.SECURITY, TestTokens.LIAISON, TestTokens.AUDITOR,
                TestTokens.OFFICER}) {
            as(token).when().get(location).then().statusCode(200).header("ETag", "\"0\"").body("code", equalTo(code));
        }
        as(TestTokens.AUDITOR).queryParam("status", "DRAFT").queryParam("category", "LEGAL_AWARENESS").queryParam("size", 100)
                .when().get("/api/v1/programs").then().statusCode(200).body("items.code", hasItem(code));
        as(TestTokens.AUDITOR).queryParam("status", "PAUSED").when().get("/api/v1/programs").then().statusCode(400)
                .contentType(PROBLEM).body("field", equalTo("status"));
    }

    @Test
    void polresSeesNoProgrammeItsUnitDoesNotCoOrganiseAndOnlyProgrammeStaffWrite() {
        String id = create(programme(uniqueCode("KES"), 5, "", ""));
        for (String token : new String[] {TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD}) {
            // Issue 21: Polres reads the programmes its unit co-organises (PolresProgrammeTest); this one is not.
            as(token).when().get("/api/v1/programs/" + id).then().statusCode(404).contentType(PROBLEM);
            as(token).queryParam("size", 100).when().get("/api/v1/programs").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            as(token).when().get("/api/v1/programs/" + id + "/statistics").then().statusCode(403);
            as(token).body(programme(uniqueCode("KES"), 5, "", "")).when().post("/api/v1/programs").then().statusCode(403);
        }
        for (String token : new String[] {TestTokens.REGISTRAR, TestTokens.SECURITY, TestTokens.LIAISON, TestTokens.AUDITOR}) {
            as(token).body(programme(uniqueCode("KES"), 5, "", "")).when().post("/api/v1/programs").then().statusCode(403);
            action(token, "programs", id, "open", "{}").statusCode(403).contentType(PROBLEM);
        }
        io.restassured.RestAssured.given().when().get("/api/v1/programs/" + id).then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void badInputIsA400Or422NeverA500() {
        as(TestTokens.OFFICER).body(programme("kes lower", 0, "\"C.IX\"", "")).when().post("/api/v1/programs").then()
                .statusCode(400).contentType(PROBLEM)
                .body("violations.field", hasItem("code"))
                .body("violations.field", hasItem("capacity"))
                .body("violations.field", hasItem(containsString("registerClasses")));
        as(TestTokens.OFFICER).body(programme(uniqueCode("KES"), 5, "", "\"SEVERE\"")).when().post("/api/v1/programs").then()
                .statusCode(400).body("field", equalTo("eligibility.riskLevels[0]"))
                .body("detail", equalTo("field 'eligibility.riskLevels[0]' has the value 'SEVERE', which is not one of: LOW, MEDIUM, HIGH"));
        as(TestTokens.OFFICER).body(programme(uniqueCode("KES"), 5, "", "").replace("LEGAL_AWARENESS", "KNITTING"))
                .when().post("/api/v1/programs").then().statusCode(400).body("field", equalTo("category"));
        as(TestTokens.OFFICER).body("{\"code\":").when().post("/api/v1/programs").then().statusCode(400)
                .body("type", equalTo("https://sinergi.id/problems/malformed-json"));
        String ends = programme(uniqueCode("KES"), 5, "", "").replace("\"endsOn\":\"" + LocalDate.now().plusDays(30),
                "\"endsOn\":\"" + LocalDate.now().minusDays(31));
        as(TestTokens.OFFICER).body(ends).when().post("/api/v1/programs").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/ends-before-start")).body("field", equalTo("endsOn"));
        String code = uniqueCode("KES");
        create(programme(code, 5, "", ""));
        as(TestTokens.OFFICER).body(programme(code, 5, "", "")).when().post("/api/v1/programs").then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/duplicate-code"));
        as(TestTokens.OFFICER).when().get("/api/v1/programs/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.OFFICER).when().get("/api/v1/programs/00000000-0000-0000-0000-000000000001").then().statusCode(404)
                .body("type", equalTo("https://sinergi.id/problems/not-found"));
    }

    @Test
    void anUpdateNeedsTheCurrentETag() {
        String id = create(programme(uniqueCode("KES"), 5, "", ""));
        String update = """
                {"name":"Kesadaran hukum II","capacity":8,"startsOn":"%s","endsOn":"%s","eligibility":{"riskLevels":["LOW"]}}"""
                .formatted(LocalDate.now(), LocalDate.now().plusDays(10));
        as(TestTokens.OFFICER).body(update).when().put("/api/v1/programs/" + id).then().statusCode(428).contentType(PROBLEM);
        as(TestTokens.OFFICER).header("If-Match", "\"7\"").body(update).when().put("/api/v1/programs/" + id).then()
                .statusCode(412).body("currentEtag", equalTo("\"0\""));
        as(TestTokens.OFFICER).header("If-Match", "\"0\"").body(update).when().put("/api/v1/programs/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("Kesadaran hukum II")).body("places.capacity", equalTo(8))
                .body("eligibility.registerClasses", empty()).body("eligibility.riskLevels", contains("LOW"));
        as(TestTokens.LIAISON).header("If-Match", "\"1\"").body(update).when().put("/api/v1/programs/" + id).then().statusCode(403);
    }

    @Test
    void theLifecycleFollowsItsTableAndCancellingNeedsAReason() {
        String id = create(programme(uniqueCode("KES"), 5, "", ""));
        action(TestTokens.OFFICER, "programs", id, "start", "{}").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo("DRAFT")).body("allowedActions", contains("open", "cancel"));
        action(TestTokens.OFFICER, "programs", id, "open", null).statusCode(200).body("status", equalTo("OPEN"));
        action(TestTokens.HEAD, "programs", id, "start", "{}").statusCode(200).body("status", equalTo("RUNNING"))
                .body("allowedActions", contains("finish", "cancel"));
        action(TestTokens.OFFICER, "programs", id, "cancel", "{}").statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        action(TestTokens.OFFICER, "programs", id, "finish", "{}").statusCode(200).body("status", equalTo("COMPLETED"))
                .body("allowedActions", empty());
        action(TestTokens.OFFICER, "programs", id, "cancel", "{\"reason\":\"late\"}").statusCode(409);
        as(TestTokens.OFFICER).header("If-Match", "*").body(programme(uniqueCode("X"), 5, "", "")).when()
                .put("/api/v1/programs/" + id).then().statusCode(409);

        String other = create(programme(uniqueCode("KES"), 5, "", ""));
        action(TestTokens.OFFICER, "programs", other, "cancel", "{\"reason\":\"Partner withdrew\"}").statusCode(200)
                .body("status", equalTo("CANCELLED")).body("statusReason", equalTo("Partner withdrew"));
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/state-machine").then().statusCode(200)
                .body("transitions.action", hasItem("cancel"))
                .body("transitions.find { it.action == 'cancel' && it.from == 'RUNNING' }.reasonRequired", equalTo(true))
                .body("states.find { it.state == 'CANCELLED' }.terminal", equalTo(true));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String body = programme(uniqueCode("KES"), 5, "", "");
        String key = "desk-" + System.nanoTime();
        String first = as(TestTokens.OFFICER).header("Idempotency-Key", key).body(body).when().post("/api/v1/programs").then()
                .statusCode(201).extract().jsonPath().getString("id");
        as(TestTokens.OFFICER).header("Idempotency-Key", key).body(body).when().post("/api/v1/programs").then()
                .statusCode(201).header("Idempotent-Replayed", "true").header("Location", startsWith("http"))
                .body("id", equalTo(first));
        as(TestTokens.OFFICER).header("Idempotency-Key", key).body(body.replace("\"capacity\":5", "\"capacity\":6"))
                .when().post("/api/v1/programs").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/idempotency-key-reused"));
    }

    @Test
    void sessionsAreScheduledWithinTheProgrammesDates() {
        String id = create(programme(uniqueCode("KES"), 5, "", ""));
        String session = """
                {"date":"%s","startsAt":"09:00","endsAt":"11:00","topic":"Bahaya narkotika","facilitator":"Satbinmas"}""";
        String location = as(TestTokens.OFFICER).body(session.formatted(LocalDate.now()))
                .when().post("/api/v1/programs/" + id + "/sessions").then().statusCode(201)
                .body("topic", equalTo("Bahaya narkotika")).body("startsAt", equalTo("09:00:00"))
                .extract().header("Location");
        as(TestTokens.AUDITOR).when().get(location).then().statusCode(200).body("programId", equalTo(id));
        as(TestTokens.OFFICER).body(session.formatted(LocalDate.now().plusDays(60)))
                .when().post("/api/v1/programs/" + id + "/sessions").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/session-outside-programme"));
        as(TestTokens.OFFICER).body(session.formatted(LocalDate.now()).replace("11:00", "08:00"))
                .when().post("/api/v1/programs/" + id + "/sessions").then().statusCode(422).body("field", equalTo("endsAt"));
        as(TestTokens.OFFICER).body(session.formatted(LocalDate.now()).replace("09:00", "9 o'clock"))
                .when().post("/api/v1/programs/" + id + "/sessions").then().statusCode(400).body("field", equalTo("startsAt"))
                .body("detail", not(containsString("java.")));
        as(TestTokens.REGISTRAR).body(session.formatted(LocalDate.now()))
                .when().post("/api/v1/programs/" + id + "/sessions").then().statusCode(403);
        as(TestTokens.REGISTRAR).when().get("/api/v1/programs/" + id + "/sessions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].date", equalTo(LocalDate.now().toString()));
    }
}
