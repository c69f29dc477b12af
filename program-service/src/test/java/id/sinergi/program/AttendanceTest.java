package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestClock;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.openProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class AttendanceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    private static String session(String programId, LocalDate date) {
        return as(TestTokens.OFFICER).body("{\"date\":\"" + date + "\",\"startsAt\":\"09:00\",\"endsAt\":\"11:00\",\"topic\":\"Materi\"}")
                .when().post("/api/v1/programs/" + programId + "/sessions").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static String roll(String... marks) {
        return "{\"records\":[" + String.join(",", marks) + "]}";
    }

    private static String present(String enrolmentId) {
        return "{\"enrolmentId\":\"" + enrolmentId + "\",\"status\":\"PRESENT\"}";
    }

    private static String absent(String enrolmentId, String reason) {
        return "{\"enrolmentId\":\"" + enrolmentId + "\",\"status\":\"ABSENT\",\"absenceReason\":" + reason + "}";
    }

    private static io.restassured.response.ValidatableResponse record(String programId, String sessionId, String body) {
        return as(TestTokens.OFFICER).body(body).when()
                .post("/api/v1/programs/" + programId + "/sessions/" + sessionId + "/attendance").then();
    }

    /**
     * A session has taken place by the facility's calendar: at 23:30 UTC it is already the next
     * morning in Amuntai (WITA, UTC+8), so that day's session can be recorded; on the UTC date it
     * would be refused as not held yet.
     */
    @Test
    void todaysSessionInWitaIsRecordedAt2330Utc() {
        String programId = openProgramme(5);
        String enrolment = enrolled(programId, Inmates.admitted());
        LocalDate utcToday = LocalDate.now(ZoneOffset.UTC);
        String sessionId = session(programId, utcToday.plusDays(1));
        clock.set(utcToday.atTime(23, 30).toInstant(ZoneOffset.UTC));

        record(programId, sessionId, roll(present(enrolment))).statusCode(201).body("status", contains("PRESENT"));
    }

    @Test
    void attendanceIsTakenPerSessionCorrectedWithHistoryAndGivesTheRates() {
        String programId = openProgramme(5);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        String first = enrolled(programId, inmates.get(0));
        String second = enrolled(programId, inmates.get(1));
        String monday = session(programId, LocalDate.now().minusDays(2));
        String tuesday = session(programId, LocalDate.now().minusDays(1));

        record(programId, monday, roll(present(first), absent(second, "\"COURT\""))).statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/sessions/" + monday + "/attendance"))
                .body("status", contains("PRESENT", "ABSENT"));
        record(programId, tuesday, roll(absent(first, "\"REFUSED\""), present(second))).statusCode(201);
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first).then()
                .body("attendance.recorded", equalTo(2)).body("attendance.present", equalTo(1))
                .body("attendance.rate", equalTo(0.5f));

        String path = "/api/v1/programs/" + programId + "/sessions/" + tuesday + "/attendance/" + first;
        String correction = "{\"status\":\"ABSENT\",\"absenceReason\":\"COURT\",\"reason\":\"Summons arrived late\"}";
        as(TestTokens.OFFICER).body(correction).when().put(path).then().statusCode(428);
        String etag = as(TestTokens.REGISTRAR).when().get(path).then().statusCode(200).body("absenceReason", equalTo("REFUSED"))
                .extract().header("ETag");
        as(TestTokens.OFFICER).header("If-Match", etag).body(correction).when().put(path).then().statusCode(200)
                .body("absenceReason", equalTo("COURT")).body("amendments[0].previousAbsenceReason", equalTo("REFUSED"))
                .body("amendments[0].reason", equalTo("Summons arrived late")).body("amendments[0].previouslyRecordedBy", equalTo("programs-1"));
        as(TestTokens.OFFICER).header("If-Match", etag).body(correction).when().put(path).then().statusCode(412);
        String current = as(TestTokens.REGISTRAR).when().get(path).then().extract().header("ETag");
        as(TestTokens.OFFICER).header("If-Match", current).body(correction).when().put(path).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/amendment-changes-nothing"));
        as(TestTokens.HEAD).header("If-Match", current)
                .body("{\"status\":\"PRESENT\",\"reason\":\"Came late, attended the second hour\"}").when().put(path).then()
                .statusCode(200).body("status", equalTo("PRESENT")).body("absenceReason", nullValue())
                .body("amendments.previousStatus", contains("ABSENT", "ABSENT"));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first).then()
                .body("attendance.present", equalTo(2)).body("attendance.rate", equalTo(1.0f));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + first + "/attendance").then().statusCode(200)
                .body("sessionId", contains(monday, tuesday));
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/" + programId + "/sessions/" + monday + "/attendance").then()
                .statusCode(200).body("total", equalTo(2));

        List<JsonNode> recorded = events(first, "program.attendance-recorded");
        assertThat(recorded).extracting(e -> e.at("/attendance/amended").asBoolean()).containsExactly(false, false, true, true);
        assertThat(recorded.get(1).at("/attendance/absenceReason").asText()).isEqualTo("REFUSED");
        assertThat(recorded.get(1).at("/enrolment/attendanceRate").asDouble()).isEqualTo(0.5);
        assertThat(recorded.get(3).at("/enrolment/attendanceRate").asDouble()).isEqualTo(1.0);

        enrolmentAction(TestTokens.OFFICER, first, "complete", "{\"score\":80}").statusCode(200);
        enrolmentAction(TestTokens.OFFICER, second, "withdraw", "{\"reason\":\"Left\"}").statusCode(200);
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/" + programId + "/statistics").then().statusCode(200)
                .body("enrolled", equalTo(2)).body("completed", equalTo(1)).body("completionRate", equalTo(0.5f))
                .body("attendanceRate", equalTo(0.75f)).body("averageScore", equalTo(80.0f))
                .body("enrolments.WITHDRAWN", equalTo(1)).body("enrolments.ENDED", equalTo(0))
                .body("sessionsScheduled", equalTo(2)).body("sessionsHeld", equalTo(2));
    }

    @Test
    void aRollThatBreaksARuleIsRefusedWhole() {
        String programId = openProgramme(5);
        List<UUID> inmates = Inmates.admitted(3, "B.I", "LOW");
        String first = enrolled(programId, inmates.get(0));
        String requested = Api.requested(programId, inmates.get(1));
        String elsewhere = enrolled(openProgramme(5), inmates.get(2));
        String held = session(programId, LocalDate.now());

        record(programId, held, roll(present(first), absent(first, "\"SICK\""))).statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/duplicate-entry"));
        record(programId, held, roll(present(first), absent(requested, "null"))).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/absence-reason-required"))
                .body("field", equalTo("records[1].absenceReason"));
        record(programId, held, roll("{\"enrolmentId\":\"" + first + "\",\"status\":\"PRESENT\",\"absenceReason\":\"SICK\"}"))
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/absence-reason-not-allowed"));
        record(programId, held, roll(absent(first, "\"BORED\""))).statusCode(400).body("field", equalTo("records[0].absenceReason"));
        record(programId, held, roll()).statusCode(400);
        record(programId, held, roll(present(first), present(requested))).statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/enrolment-not-active"));
        record(programId, held, roll(present(elsewhere))).statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/unknown-enrolment"));
        record(programId, session(programId, LocalDate.now().plusDays(3)), roll(present(first))).statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/session-not-held-yet"));
        assertThat(events(first, "program.attendance-recorded")).isEmpty();

        record(programId, held, roll(present(first))).statusCode(201);
        record(programId, held, roll(present(first))).statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/attendance-already-recorded"));
        as(TestTokens.LIAISON).body(roll(present(first))).when()
                .post("/api/v1/programs/" + programId + "/sessions/" + held + "/attendance").then().statusCode(403);
        as(TestTokens.OFFICER).when().get("/api/v1/programs/" + programId + "/sessions/" + UUID.randomUUID() + "/attendance")
                .then().statusCode(404);
    }
}
