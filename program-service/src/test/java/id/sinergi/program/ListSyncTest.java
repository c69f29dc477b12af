package id.sinergi.program;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.OpenApiContract;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Programmes;
import id.sinergi.program.service.Reviews;
import id.sinergi.program.service.Sessions;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.openProgramme;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

/** A programme's schedule as a list to sync from: sort, updatedSince, cursor and next; 304 on a record. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ListSyncTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";

    private static String session(String programId, LocalDate date, String startsAt) {
        return as(TestTokens.OFFICER).body("{\"date\":\"" + date + "\",\"startsAt\":\"" + startsAt + "\",\"endsAt\":\"16:00\","
                        + "\"topic\":\"Materi\"}")
                .when().post("/api/v1/programs/" + programId + "/sessions").then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static ExtractableResponse<Response> list(String pathAndQuery) {
        return as(TestTokens.AUDITOR).when().get(pathAndQuery).then().statusCode(200).extract();
    }

    private static List<String> ids(String pathAndQuery) {
        return list(pathAndQuery).jsonPath().getList("items.id", String.class);
    }

    @Test
    void sessionsSortByDateAndTimeOrAsAskedAndPageByCursor() {
        String programId = openProgramme(20);
        LocalDate today = LocalDate.now();
        String second = session(programId, today, "10:00");
        String third = session(programId, today.plusDays(1), "08:00");
        String first = session(programId, today, "08:00");
        String sessions = "/api/v1/programs/" + programId + "/sessions";

        assertThat(ids(sessions)).containsExactly(first, second, third);
        assertThat(ids(sessions + "?sort=-sessionDate")).containsExactly(third, second, first);
        assertThat(ids(sessions + "?sort=createdAt")).containsExactly(second, third, first);

        // Two columns in the order (date, then time), and a cursor between sessions of the same date.
        List<String> read = new ArrayList<>();
        String next = sessions + "?size=1";
        while (next != null) {
            ExtractableResponse<Response> page = list(next);
            read.addAll(page.jsonPath().getList("items.id", String.class));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(next).startsWith(sessions + "?size=1&cursor=");
                assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            }
        }
        assertThat(read).containsExactly(first, second, third);
    }

    @Test
    void updatedSinceAndTheSyncOrderListWhatChanged() {
        String programId = openProgramme(20);
        String sessions = "/api/v1/programs/" + programId + "/sessions";
        String before = session(programId, LocalDate.now(), "08:00");
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String after = session(programId, LocalDate.now(), "09:00");

        assertThat(ids(sessions + "?updatedSince=" + since)).containsExactly(after);

        ExtractableResponse<Response> synced = list(sessions + "?sort=changes");
        assertThat(synced.jsonPath().getList("items.id", String.class)).containsExactly(before, after);
        String cursor = synced.jsonPath().getString("cursor");
        assertThat(ids(sessions + "?cursor=" + cursor)).isEmpty();
        String later = session(programId, LocalDate.now(), "10:00");
        assertThat(ids(sessions + "?cursor=" + cursor)).containsExactly(later);
    }

    @Test
    void anUnknownSortOrAGarbledCursorIsA400NamingIt() {
        as(TestTokens.AUDITOR).when().get("/api/v1/programs?sort=capacity").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-query-parameter")).body("field", equalTo("sort"));
        as(TestTokens.AUDITOR).when().get("/api/v1/programs?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-query-parameter")).body("field", equalTo("cursor"));
        as(TestTokens.AUDITOR).queryParam("cursor", "%%%").when().get("/api/v1/enrolments").then().statusCode(400).body("field", equalTo("cursor"));
    }

    @Test
    void aProgrammeOrSessionNotModifiedIs304() {
        String programId = openProgramme(20);
        String etag = Api.etag("programs", programId);
        as(TestTokens.AUDITOR).header("If-None-Match", "W/" + etag).when().get("/api/v1/programs/" + programId).then()
                .statusCode(304).header("ETag", etag).body(emptyOrNullString());
        as(TestTokens.AUDITOR).header("If-None-Match", "\"12345\"").when().get("/api/v1/programs/" + programId).then()
                .statusCode(200);

        String sessionId = session(programId, LocalDate.now(), "08:00");
        String session = "/api/v1/programs/" + programId + "/sessions/" + sessionId;
        String sessionEtag = as(TestTokens.AUDITOR).when().get(session).then().statusCode(200).extract().header("ETag");
        assertThat(sessionEtag).isEqualTo("\"0\"");
        as(TestTokens.AUDITOR).header("If-None-Match", sessionEtag).when().get(session).then().statusCode(304);
    }

    @Test
    void everyListDocumentsExactlyTheSortValuesItTakes() {
        Map<String, List<String>> documented = documentedSortValues();
        Map.of(
                "listProgrammes", Programmes.ORDER.sortValues(),
                "listEnrolments", Enrolments.ORDER.sortValues(),
                "listReviews", Reviews.ORDER.sortValues(),
                "listSessions", Sessions.SESSION_ORDER.sortValues(),
                "listAttendance", Sessions.ATTENDANCE_ORDER.sortValues()).forEach((operation, values) ->
                assertThat(documented.get(operation)).as("sort values of %s", operation).isEqualTo(values));
    }

    /** The values each operation's {@code sort} parameter documents, by operation id. */
    private static Map<String, List<String>> documentedSortValues() {
        return OpenApiContract.parameterEnumerations(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString(), "sort");
    }
}
