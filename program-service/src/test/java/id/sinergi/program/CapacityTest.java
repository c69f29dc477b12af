package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static id.sinergi.program.Api.openProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Places are never overbooked, however many enrolments arrive at once, and a freed place goes to the waiting list. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class CapacityTest {

    private static JsonPath enrolments(String programId, String state) {
        return as(TestTokens.AUDITOR).queryParam("programId", programId).queryParam("state", state).queryParam("size", 100)
                .when().get("/api/v1/enrolments").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void fiftyParallelEnrolmentsIntoTwentyPlacesLeaveExactlyTwentyActiveAndThirtyWaitlisted() throws Exception {
        String programId = openProgramme(20);
        List<UUID> inmates = Inmates.admitted(50, "B.I", "LOW");
        ExecutorService clients = Executors.newFixedThreadPool(25);
        List<String> states = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (UUID inmate : inmates) {
                answers.add(clients.submit(() -> {
                    String id = Api.requested(programId, inmate);
                    return enrolmentAction(TestTokens.OFFICER, id, "approve", "{}").statusCode(200)
                            .extract().jsonPath().getString("state");
                }));
            }
            for (Future<String> answer : answers) {
                states.add(answer.get());
            }
        } finally {
            clients.shutdownNow();
        }
        assertThat(states).filteredOn("ACTIVE"::equals).hasSize(20);
        assertThat(states).filteredOn("WAITLISTED"::equals).hasSize(30);
        assertThat(enrolments(programId, "ACTIVE").getInt("total")).isEqualTo(20);
        JsonPath waitlist = enrolments(programId, "WAITLISTED");
        assertThat(waitlist.getInt("total")).isEqualTo(30);
        assertThat(waitlist.getList("items.waitlistPosition", Integer.class))
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 30).boxed().toList());
        as(TestTokens.AUDITOR).when().get("/api/v1/programs/" + programId).then().statusCode(200)
                .body("places.taken", equalTo(20)).body("places.free", equalTo(0)).body("places.waitlisted", equalTo(30));

        // A freed place goes to the earliest request on the waiting list, made by the system.
        String next = waitlist.getString("items[0].id");
        String leaving = enrolments(programId, "ACTIVE").getString("items[0].id");
        enrolmentAction(TestTokens.OFFICER, leaving, "withdraw", "{\"reason\":\"Released on parole\"}").statusCode(200);
        assertThat(Api.state(next)).isEqualTo("ACTIVE");
        JsonNode promotion = events(next, "program.enrolment-changed").get(2);
        assertThat(promotion.get("previousState").asText()).isEqualTo("WAITLISTED");
        assertThat(promotion.get("changedBy").asText()).isEqualTo("system");
        assertThat(enrolments(programId, "WAITLISTED").getInt("items[0].waitlistPosition")).isEqualTo(1);
        assertThat(enrolments(programId, "ACTIVE").getInt("total")).isEqualTo(20);
    }

    @Test
    void aSuspendedWbpKeepsThePlaceAndMorePlacesGoToTheWaitingListAtOnce() {
        String programId = openProgramme(1);
        List<UUID> inmates = Inmates.admitted(3, "B.I", "LOW");
        String first = enrolled(programId, inmates.get(0));
        String second = enrolled(programId, inmates.get(1));
        String third = enrolled(programId, inmates.get(2));
        enrolmentAction(TestTokens.OFFICER, first, "suspend", "{\"reason\":\"Medical treatment\"}").statusCode(200);
        assertThat(List.of(Api.state(second), Api.state(third))).containsOnly("WAITLISTED");
        enrolmentAction(TestTokens.OFFICER, first, "resume", "{}").statusCode(200).body("state", equalTo("ACTIVE"));

        String etag = as(TestTokens.OFFICER).when().get("/api/v1/programs/" + programId).then().extract().header("ETag");
        String update = """
                {"name":"Kesadaran hukum","capacity":%d,"startsOn":"%s","endsOn":"%s"}""";
        as(TestTokens.OFFICER).header("If-Match", etag)
                .body(update.formatted(0, LocalDate.now(), LocalDate.now().plusDays(5)))
                .when().put("/api/v1/programs/" + programId).then().statusCode(400);
        as(TestTokens.OFFICER).header("If-Match", etag)
                .body(update.formatted(3, LocalDate.now(), LocalDate.now().plusDays(5)))
                .when().put("/api/v1/programs/" + programId).then().statusCode(200)
                .body("places.taken", equalTo(3)).body("places.waitlisted", equalTo(0));
        assertThat(List.of(Api.state(second), Api.state(third))).containsOnly("ACTIVE");
        String now = as(TestTokens.OFFICER).when().get("/api/v1/programs/" + programId).then().extract().header("ETag");
        as(TestTokens.OFFICER).header("If-Match", now)
                .body(update.formatted(2, LocalDate.now(), LocalDate.now().plusDays(5)))
                .when().put("/api/v1/programs/" + programId).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/capacity-below-places-taken"));
    }

    @Test
    void finishingWaitsForParticipantsAndEndsTheWaitingList() {
        String programId = openProgramme(1);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        String active = enrolled(programId, inmates.get(0));
        String waiting = enrolled(programId, inmates.get(1));
        Api.action(TestTokens.OFFICER, "programs", programId, "start", "{}").statusCode(200);
        Api.action(TestTokens.OFFICER, "programs", programId, "finish", "{}").statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/enrolments-in-progress")).body("inProgress", equalTo(1));
        // Completing frees the place, which the waiting list takes: finishing waits for that WBP too.
        enrolmentAction(TestTokens.OFFICER, active, "complete", "{}").statusCode(200);
        assertThat(Api.state(waiting)).isEqualTo("ACTIVE");
        enrolmentAction(TestTokens.OFFICER, waiting, "withdraw", "{\"reason\":\"Programme closing\"}").statusCode(200);
        String late = Api.requested(programId, Inmates.admitted());
        Api.action(TestTokens.OFFICER, "programs", programId, "finish", "{}").statusCode(200).body("status", equalTo("COMPLETED"));
        as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + late).then().statusCode(200)
                .body("state", equalTo("ENDED")).body("reason", equalTo("PROGRAMME_FINISHED"))
                .body("changedBy", equalTo("system"));
    }

    @Test
    void cancellingEndsEveryOpenEnrolment() {
        String programId = openProgramme(1);
        List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
        List<String> ids = List.of(enrolled(programId, inmates.get(0)), enrolled(programId, inmates.get(1)));
        Api.action(TestTokens.HEAD, "programs", programId, "cancel", "{\"reason\":\"No facilitator\"}").statusCode(200);
        for (String id : ids) {
            as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then().statusCode(200)
                    .body("state", equalTo("ENDED")).body("reason", equalTo("PROGRAMME_CANCELLED"));
            List<JsonNode> changes = events(id, "program.enrolment-changed");
            assertThat(changes).hasSize(3);
            assertThat(changes.get(2).at("/enrolment/reason").asText()).isEqualTo("PROGRAMME_CANCELLED");
        }
    }
}
