package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.local.DevTokens;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 21 point 2: every incident action publishes {@code liaison.incident-changed}; Polres's
 * follow-up is kept as a history, selected by {@code policeStatus} and counted in the summary.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IncidentFollowUpTest {

    private static final String INCIDENTS = IncidentTest.INCIDENTS;
    private static final String FACILITY = "LAPAS-FOLLOWUP-" + UUID.randomUUID().toString().substring(0, 6);
    private static final String SECURITY = DevTokens.mint("kamtib-f", Roles.LAPAS_SECURITY, "LAPAS", FACILITY);
    private static final String LIAISON = DevTokens.mint("liaison-f", Roles.LAPAS_LIAISON, "LAPAS", FACILITY);
    private static final List<String> POLICE_STATUSES = List.of("RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED");

    private static UUID admittedHere() {
        UUID id = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", id, e -> Feed.inmate(e).put("facility", FACILITY)
                .put("registerNumber", "B.I-" + id.toString().substring(0, 4) + "/2026"));
        Feed.awaitApplied(() -> Feed.known(id) != null);
        return id;
    }

    private static String id(String path) {
        return path.substring(INCIDENTS.length() + 1);
    }

    @Test
    void everyActionIsPublishedAndPolresFollowUpIsKeptAsAHistory() {
        UUID suspect = admittedHere();
        String path = IncidentTest.reported(SECURITY, IncidentTest.report("NARCOTICS", "HIGH", false, suspect));
        as(SECURITY).header("If-Match", "\"0\"").body(IncidentTest.report("NARCOTICS", "CRITICAL", false, suspect))
                .when().put(path).then().statusCode(200);
        act(SECURITY, path, "share", null).then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, path, "receive", "{\"note\":\"Diterima SPKT\"}").then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, path, "investigate", "{\"policeReportNumber\":\"LP/B/70/XII/2026\",\"note\":\"Sat Resnarkoba\"}")
                .then().statusCode(200);
        act(TestTokens.POLRES_HEAD, path, "charge", "{\"note\":\"Tahap I ke Kejari HSU\"}").then().statusCode(200);
        act(TestTokens.POLRES_HEAD, path, "close", "{\"reason\":\"Putusan PN Amuntai inkracht\"}").then().statusCode(200)
                .body("policeFollowUpHistory.action", contains("receive", "investigate", "charge", "close"))
                .body("policeFollowUpHistory.state", contains("RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED"))
                .body("policeFollowUpHistory[0].note", equalTo("Diterima SPKT"))
                .body("policeFollowUpHistory[0].by", equalTo("officer-7"))
                .body("policeFollowUpHistory[1].policeReportNumber", equalTo("LP/B/70/XII/2026"))
                .body("policeFollowUpHistory[3].note", equalTo("Putusan PN Amuntai inkracht"))
                .body("policeFollowUpHistory[3].by", equalTo("kapolres"));
        as(LIAISON).when().get(path).then().statusCode(200)
                .body("policeFollowUpHistory.size()", equalTo(4));

        List<JsonNode> changed = events(id(path), "liaison.incident-changed");
        assertThat(changed).extracting(e -> e.get("action").asText())
                .containsExactly("report", "amend", "share", "receive", "investigate", "charge", "close");
        assertThat(changed).extracting(e -> e.get("state").asText())
                .containsExactly("REPORTED", "REPORTED", "SHARED", "RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED");
        assertThat(changed).extracting(e -> e.get("policeStatus").isNull() ? null : e.get("policeStatus").asText())
                .containsExactly(null, null, null, "RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED");
        assertThat(changed).extracting(e -> e.get("actedBy").asText())
                .containsExactly("kamtib-f", "kamtib-f", "kamtib-f", "officer-7", "officer-7", "kapolres", "kapolres");
        assertThat(changed.get(1).get("severity").asText()).isEqualTo("CRITICAL");
        JsonNode charged = changed.get(5);
        assertThat(charged.get("incidentId").asText()).isEqualTo(id(path));
        assertThat(charged.get("facility").asText()).isEqualTo(FACILITY);
        assertThat(charged.get("polresUnit").asText()).isEqualTo("POLRES-HSU");
        assertThat(charged.get("type").asText()).isEqualTo("NARCOTICS");
        assertThat(charged.get("policeReportNumber").asText()).isEqualTo("LP/B/70/XII/2026");
        assertThat(charged.get("reason").asText()).isEqualTo("Tahap I ke Kejari HSU");
        assertThat(charged.at("/involved/0/inmateId").asText()).isEqualTo(suspect.toString());
        assertThat(charged.at("/involved/0/role").asText()).isEqualTo("SUSPECT");
        assertThat(charged.has("occurredAt")).isTrue();
        assertThat(charged.has("actedAt")).isTrue();
        assertThat(changed.get(6).get("reason").asText()).isEqualTo("Putusan PN Amuntai inkracht");
        assertThat(changed.toString()).doesNotContain("fullName");
        // incident-reported stays as it was: once, on share.
        assertThat(events(id(path), "liaison.incident-reported")).hasSize(1);
    }

    @Test
    void aSharedIncidentRecordedSharedPublishesTheReportThenTheShare() {
        String path = IncidentTest.reported(SECURITY, IncidentTest.report("FIGHT", "LOW", true, admittedHere()));
        assertThat(events(id(path), "liaison.incident-changed")).extracting(e -> e.get("action").asText() + ":" + e.get("state").asText())
                .containsExactly("report:REPORTED", "share:SHARED");
        String internal = IncidentTest.reported(SECURITY, IncidentTest.report("FIGHT", "LOW", false));
        act(SECURITY, internal, "close", "{\"reason\":\"Hukuman disiplin\"}").then().statusCode(200)
                .body("policeFollowUpHistory.size()", equalTo(0));
        assertThat(events(id(internal), "liaison.incident-changed")).extracting(e -> e.get("action").asText())
                .containsExactly("report", "close");
        assertThat(events(id(internal), "liaison.incident-changed").get(1).get("policeStatus").isNull()).isTrue();
    }

    @Test
    void theSummaryCountsIncidentsByPoliceStatusAsTheListFilterFindsThem() {
        UUID suspect = admittedHere();
        JsonPath before = as(LIAISON).when().get("/api/v1/liaison/summary").then().statusCode(200).extract().jsonPath();

        String received = IncidentTest.reported(SECURITY, IncidentTest.report("FIGHT", "LOW", true, suspect));
        act(TestTokens.POLRES_OFFICER, received, "receive", null).then().statusCode(200);
        String charged = IncidentTest.reported(SECURITY, IncidentTest.report("NARCOTICS", "HIGH", true, suspect));
        act(TestTokens.POLRES_OFFICER, charged, "receive", null).then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, charged, "investigate", "{\"policeReportNumber\":\"LP/B/71/XII/2026\"}").then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, charged, "charge", null).then().statusCode(200);
        String second = IncidentTest.reported(SECURITY, IncidentTest.report("EXTORTION", "MEDIUM", true, suspect));
        act(TestTokens.POLRES_OFFICER, second, "receive", null).then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, second, "close", "{\"reason\":\"Bukan tindak pidana\"}").then().statusCode(200);
        // Neither shared nor followed up: no police status.
        String internal = IncidentTest.reported(SECURITY, IncidentTest.report("OTHER", "LOW", false, suspect));
        act(SECURITY, internal, "close", "{\"reason\":\"Teguran\"}").then().statusCode(200);
        IncidentTest.reported(SECURITY, IncidentTest.report("OTHER", "LOW", true, suspect));

        JsonPath after = as(LIAISON).when().get("/api/v1/liaison/summary").then().statusCode(200).extract().jsonPath();
        List<Long> expected = List.of(1L, 0L, 1L, 1L);
        for (int i = 0; i < POLICE_STATUSES.size(); i++) {
            String status = POLICE_STATUSES.get(i);
            String count = "incidents.byPoliceStatus." + status;
            assertThat(after.getLong(count) - before.getLong(count)).as(count).isEqualTo(expected.get(i));
            int listed = as(LIAISON).queryParam("policeStatus", status).queryParam("size", 1).when().get(INCIDENTS).then()
                    .statusCode(200).extract().path("total");
            assertThat((long) listed).as("the list behind " + count).isEqualTo(after.getLong(count));
        }
        as(LIAISON).queryParam("policeStatus", "CHARGED").queryParam("inmateId", suspect.toString()).when().get(INCIDENTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id(charged)))
                .body("items[0].policeFollowUpHistory.action", contains("receive", "investigate", "charge"));
        as(LIAISON).queryParam("policeStatus", "CLOSED").queryParam("inmateId", suspect.toString()).when().get(INCIDENTS).then()
                .body("total", equalTo(1)).body("items[0].id", equalTo(id(second)));
        as(LIAISON).queryParam("policeStatus", "REPORTED").when().get(INCIDENTS).then().statusCode(400);
        as(LIAISON).queryParam("policeStatus", "LOST").when().get(INCIDENTS).then().statusCode(400);
        // Polres counts in its own scope too, reproducible by its own list.
        JsonPath polres = as(TestTokens.POLRES_OFFICER).when().get("/api/v1/liaison/summary").then().statusCode(200).extract().jsonPath();
        int polresCharged = as(TestTokens.POLRES_OFFICER).queryParam("policeStatus", "CHARGED").when().get(INCIDENTS).then()
                .extract().path("total");
        assertThat(polres.getLong("incidents.byPoliceStatus.CHARGED")).isEqualTo(polresCharged);
    }

    @Test
    void aPageOfIncidentsReadsTheirFollowUpHistoriesInOneQuery() {
        UUID suspect = admittedHere();
        for (int i = 0; i < 3; i++) {
            String path = IncidentTest.reported(SECURITY, IncidentTest.report("FIGHT", "LOW", true, suspect));
            act(TestTokens.POLRES_OFFICER, path, "receive", null).then().statusCode(200);
        }
        List<String> statements = RecordedStatements.during(() -> as(LIAISON).queryParam("inmateId", suspect.toString())
                .when().get(INCIDENTS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.policeFollowUpHistory", everyItem(hasSize(1))));
        assertThat(RecordedStatements.readingFrom(statements, "incident_follow_up")).as(String.join("\n", statements)).isEqualTo(1);
    }
}
