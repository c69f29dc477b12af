package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.program.Api.openProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Integrated pembinaan with Polres: a programme co-organised by a Polres unit is read by that unit's
 * officers (and only that one: every other programme is 404 to them), the roll of the sessions they
 * facilitate is theirs to take, and they co-sign the completions.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class PolresProgrammeTest {

    private static String coOrganised(String unit) {
        return openProgramme(Api.coOrganised(Api.uniqueCode("KES"), 10, unit));
    }

    private static ValidatableResponse schedule(String programId, String facilitatingUnit) {
        return as(TestTokens.OFFICER).body("{\"date\":\"" + LocalDate.now() + "\",\"startsAt\":\"09:00\",\"endsAt\":\"11:00\","
                        + "\"topic\":\"Bahaya narkotika\",\"facilitator\":\"Satbinmas\",\"facilitatingUnit\":"
                        + (facilitatingUnit == null ? "null" : "\"" + facilitatingUnit + "\"") + "}")
                .when().post("/api/v1/programs/" + programId + "/sessions").then();
    }

    private static String session(String programId, String facilitatingUnit) {
        return schedule(programId, facilitatingUnit).statusCode(201).extract().jsonPath().getString("id");
    }

    private static ValidatableResponse roll(String token, String programId, String sessionId, String enrolmentId) {
        return as(token).body("{\"records\":[{\"enrolmentId\":\"" + enrolmentId + "\",\"status\":\"PRESENT\"}]}")
                .when().post("/api/v1/programs/" + programId + "/sessions/" + sessionId + "/attendance").then();
    }

    private static ValidatableResponse coSign(String token, String enrolmentId) {
        return Api.action(token, "enrolments", enrolmentId, "co-signature", null);
    }

    @Test
    void aProgrammeNamesItsCoOrganiserAndOnlyThatUnitFacilitatesItsSessions() {
        String programId = coOrganised(TestTokens.POLRES_UNIT);
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("coOrganiserUnit", equalTo(TestTokens.POLRES_UNIT));

        schedule(programId, TestTokens.OTHER_POLRES_UNIT).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/not-the-co-organiser"))
                .body("field", equalTo("facilitatingUnit"));
        schedule(programId, TestTokens.POLRES_UNIT).statusCode(201).body("facilitatingUnit", equalTo(TestTokens.POLRES_UNIT));
        schedule(programId, null).statusCode(201).body("facilitatingUnit", nullValue());

        String alone = openProgramme(Api.coOrganised(Api.uniqueCode("LAS"), 10, null));
        schedule(alone, TestTokens.POLRES_UNIT).statusCode(422).body("type", equalTo("https://sinergi.id/problems/not-the-co-organiser"));

        as(TestTokens.OFFICER).body(Api.coOrganised(Api.uniqueCode("BAD"), 5, "HSU")).when().post("/api/v1/programs")
                .then().statusCode(400);
    }

    @Test
    void theCoOrganiserStaysWhileItsUnitFacilitatesSessionsAndCanBeSetByAnUpdate() {
        String programId = openProgramme(Api.coOrganised(Api.uniqueCode("UPD"), 10, null));
        String update = """
                {"name":"Kesadaran hukum","coOrganiserUnit":%s,"capacity":10,"startsOn":"%s","endsOn":"%s"}""";
        String withUnit = update.formatted("\"" + TestTokens.POLRES_UNIT + "\"", LocalDate.now().minusDays(30), LocalDate.now().plusDays(30));
        as(TestTokens.OFFICER).header("If-Match", Api.etag("programs", programId)).body(withUnit)
                .when().put("/api/v1/programs/" + programId).then().statusCode(200).body("coOrganiserUnit", equalTo(TestTokens.POLRES_UNIT));
        session(programId, TestTokens.POLRES_UNIT);

        String without = update.formatted("null", LocalDate.now().minusDays(30), LocalDate.now().plusDays(30));
        as(TestTokens.OFFICER).header("If-Match", Api.etag("programs", programId)).body(without)
                .when().put("/api/v1/programs/" + programId).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/co-organiser-facilitates-sessions"));
    }

    @Test
    void polresReadsItsUnitsProgrammesAndNothingElse() {
        String ours = coOrganised(TestTokens.POLRES_UNIT);
        String theirs = coOrganised(TestTokens.OTHER_POLRES_UNIT);
        String welding = openProgramme(5);
        String ourEnrolment = enrolled(ours, Inmates.admitted());
        String weldingEnrolment = enrolled(welding, Inmates.admitted());
        String ourSession = session(ours, TestTokens.POLRES_UNIT);
        String weldingSession = session(welding, null);
        roll(TestTokens.OFFICER, ours, ourSession, ourEnrolment).statusCode(201);
        roll(TestTokens.OFFICER, welding, weldingSession, weldingEnrolment).statusCode(201);

        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD)) {
            as(token).when().get("/api/v1/programs/" + ours).then().statusCode(200).body("coOrganiserUnit", equalTo(TestTokens.POLRES_UNIT));
            as(token).when().get("/api/v1/programs/" + ours + "/sessions").then().statusCode(200).body("total", equalTo(1));
            as(token).when().get("/api/v1/programs/" + ours + "/sessions/" + ourSession).then().statusCode(200);
            as(token).when().get("/api/v1/programs/" + ours + "/sessions/" + ourSession + "/attendance").then().statusCode(200)
                    .body("total", equalTo(1));
            as(token).when().get("/api/v1/programs/" + ours + "/sessions/" + ourSession + "/attendance/" + ourEnrolment)
                    .then().statusCode(200);
            as(token).when().get("/api/v1/enrolments/" + ourEnrolment).then().statusCode(200)
                    .body("pendingReviews", nullValue()).body("inmateId", not(nullValue()));
            as(token).when().get("/api/v1/enrolments/" + ourEnrolment + "/attendance").then().statusCode(200);
        }

        // Out of scope: as if it did not exist.
        for (String programme : List.of(theirs, welding)) {
            as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + programme).then().statusCode(404).contentType(PROBLEM);
            as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + programme + "/sessions").then().statusCode(404);
        }
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + welding + "/sessions/" + weldingSession).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + welding + "/sessions/" + weldingSession + "/attendance")
                .then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/" + weldingEnrolment).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/" + weldingEnrolment + "/attendance").then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get("/api/v1/programs/" + ours).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get("/api/v1/enrolments/" + ourEnrolment).then().statusCode(404);

        // Lists hold their scope only.
        as(TestTokens.POLRES_OFFICER).queryParam("size", 100).when().get("/api/v1/programs").then().statusCode(200)
                .body("items.id", hasItem(ours)).body("items.id", not(hasItem(theirs))).body("items.id", not(hasItem(welding)))
                .body("items.coOrganiserUnit", everyItem(equalTo(TestTokens.POLRES_UNIT)));
        as(TestTokens.POLRES_OFFICER).queryParam("size", 100).when().get("/api/v1/enrolments").then().statusCode(200)
                .body("items.id", hasItem(ourEnrolment)).body("items.id", not(hasItem(weldingEnrolment)))
                .body("items.programme.coOrganiserUnit", everyItem(equalTo(TestTokens.POLRES_UNIT)));
        as(TestTokens.POLRES_OFFICER).queryParam("programId", welding).when().get("/api/v1/enrolments").then().statusCode(200)
                .body("total", equalTo(0));
        // Lapas staff still see everything.
        as(TestTokens.OFFICER).queryParam("programId", welding).when().get("/api/v1/enrolments").then().body("total", equalTo(1));

        // Beyond the basic view, and every write but the roll and the co-signature, stay Lapas business.
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/" + ourEnrolment + "/assessments").then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/" + ourEnrolment + "/transitions").then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/programs/" + ours + "/statistics").then().statusCode(403);
        as(TestTokens.POLRES_OFFICER).body(Api.coOrganised(Api.uniqueCode("POL"), 5, TestTokens.POLRES_UNIT))
                .when().post("/api/v1/programs").then().statusCode(403);
        Api.request(TestTokens.POLRES_OFFICER, ours, Inmates.admitted()).statusCode(403);
        enrolmentAction(TestTokens.POLRES_OFFICER, ourEnrolment, "suspend", "{\"reason\":\"x\"}").statusCode(403);
        as(TestTokens.POLRES_OFFICER).body("{\"date\":\"" + LocalDate.now() + "\",\"startsAt\":\"09:00\",\"endsAt\":\"10:00\",\"topic\":\"x\"}")
                .when().post("/api/v1/programs/" + ours + "/sessions").then().statusCode(403);
    }

    @Test
    void theFacilitatingUnitTakesTheRollOfItsSessionsOnly() {
        String programId = coOrganised(TestTokens.POLRES_UNIT);
        String first = enrolled(programId, Inmates.admitted());
        String second = enrolled(programId, Inmates.admitted());
        String theirs = session(programId, TestTokens.POLRES_UNIT);
        String lapasOwn = session(programId, null);

        roll(TestTokens.POLRES_OFFICER, programId, theirs, first).statusCode(201);
        assertThat(events(first, "program.attendance-recorded")).isNotEmpty();
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/" + programId + "/sessions/" + theirs + "/attendance/" + first)
                .then().statusCode(200).body("recordedBy", equalTo("officer-7")).body("status", equalTo("PRESENT"));

        roll(TestTokens.POLRES_HEAD, programId, lapasOwn, second).statusCode(403).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/not-the-facilitator"));
        roll(TestTokens.OTHER_UNIT_OFFICER, programId, theirs, second).statusCode(404);

        String path = "/api/v1/programs/" + programId + "/sessions/" + theirs + "/attendance/" + first;
        String etag = as(TestTokens.AUDITOR).when().get(path).then().extract().header("ETag");
        as(TestTokens.POLRES_HEAD).header("If-Match", etag)
                .body("{\"status\":\"ABSENT\",\"absenceReason\":\"SICK\",\"reason\":\"salah catat\"}")
                .when().put(path).then().statusCode(200).body("status", equalTo("ABSENT"));

        roll(TestTokens.OFFICER, programId, lapasOwn, second).statusCode(201);
        String lapasPath = "/api/v1/programs/" + programId + "/sessions/" + lapasOwn + "/attendance/" + second;
        as(TestTokens.POLRES_OFFICER).header("If-Match", as(TestTokens.AUDITOR).when().get(lapasPath).then().extract().header("ETag"))
                .body("{\"status\":\"ABSENT\",\"absenceReason\":\"SICK\",\"reason\":\"x\"}")
                .when().put(lapasPath).then().statusCode(403);
    }

    @Test
    void theCoOrganisingUnitCoSignsACompletionOnce() throws Exception {
        String programId = coOrganised(TestTokens.POLRES_UNIT);
        String enrolment = enrolled(programId, Inmates.admitted());

        coSign(TestTokens.POLRES_OFFICER, enrolment).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/enrolment-not-completed"));

        enrolmentAction(TestTokens.OFFICER, enrolment, "complete", "{\"score\":80}").statusCode(200)
                .body("completion.issuedBy.unit", equalTo(TestTokens.FACILITY))
                .body("completion.issuedBy.by", equalTo("programs-1"))
                .body("completion.coSignature", nullValue());

        coSign(TestTokens.OTHER_UNIT_OFFICER, enrolment).statusCode(404);
        coSign(TestTokens.OFFICER, enrolment).statusCode(403);
        Api.action(TestTokens.POLRES_OFFICER, "enrolments", enrolment, "co-signature", null, null).statusCode(428);
        Api.action(TestTokens.POLRES_OFFICER, "enrolments", enrolment, "co-signature", null, "\"0\"").statusCode(412);

        coSign(TestTokens.POLRES_OFFICER, enrolment).statusCode(200)
                .body("completion.issuedBy.unit", equalTo(TestTokens.FACILITY))
                .body("completion.coSignature.unit", equalTo(TestTokens.POLRES_UNIT))
                .body("completion.coSignature.by", equalTo("officer-7"))
                .body("completion.coSignature.at", not(nullValue()));
        as(TestTokens.OFFICER).when().get("/api/v1/enrolments/" + enrolment).then()
                .body("completion.coSignature.unit", equalTo(TestTokens.POLRES_UNIT));

        coSign(TestTokens.POLRES_HEAD, enrolment).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/already-co-signed"));

        List<JsonNode> published = events(enrolment, "program.completion-co-signed");
        assertThat(published).hasSize(1);
        JsonNode data = published.get(0);
        assertThat(data.at("/coSignature/unit").asText()).isEqualTo(TestTokens.POLRES_UNIT);
        assertThat(data.at("/coSignature/by").asText()).isEqualTo("officer-7");
        assertThat(data.at("/completion/issuedBy/unit").asText()).isEqualTo(TestTokens.FACILITY);
        assertThat(data.at("/enrolment/programme/coOrganiserUnit").asText()).isEqualTo(TestTokens.POLRES_UNIT);
        assertThat(data.at("/enrolment/state").asText()).isEqualTo("COMPLETED");
        // Still no names or NIK.
        assertThat(data.findValues("nik")).isEmpty();
        assertThat(data.at("/enrolment").has("name")).isFalse();
    }

    @Test
    void aCompletionOfAProgrammeWithoutCoOrganiserIsNotTheirsToSign() {
        String welding = openProgramme(5);
        String enrolment = enrolled(welding, Inmates.admitted());
        enrolmentAction(TestTokens.OFFICER, enrolment, "complete", "{}").statusCode(200);
        coSign(TestTokens.POLRES_OFFICER, enrolment).statusCode(404);
    }
}
