package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

/** Issue 21 point 2: Polres names a WBP in custody as suspect in another case, and closes it with the outcome. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OtherCaseTest {

    static final String OTHER_CASES = "/api/v1/liaison/other-cases";

    static String report(UUID inmateId, String policeReportNumber) {
        return """
                {"inmateId":"%s","policeReportNumber":"%s","article":"Pasal 114 ayat (1) UU 35/2009",
                 "description":"Pengendali peredaran sabu dari dalam Lapas"}""".formatted(inmateId, policeReportNumber);
    }

    /** Reports an other case as the Polres HSU officer; returns its path. */
    static String reported(UUID inmateId, String policeReportNumber) {
        return OTHER_CASES + "/" + as(TestTokens.POLRES_OFFICER).body(report(inmateId, policeReportNumber)).when().post(OTHER_CASES)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void polresReportsAnOtherCaseAndClosesItWithTheOutcome() {
        UUID inmateId = Feed.admittedHighRisk();
        String number = "LP/B/" + System.nanoTime() + "/XII/2026/SPKT/Polres HSU";
        String path = OTHER_CASES + "/" + as(TestTokens.POLRES_OFFICER).body(report(inmateId, number)).when().post(OTHER_CASES)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("state", equalTo("OPEN"))
                .body("outcome", nullValue())
                .body("registerNumber", startsWith("B.I-"))
                .body("polresUnit", equalTo("POLRES-HSU"))
                .body("reportedBy", equalTo("officer-7"))
                .body("allowedActions", contains("close"))
                .extract().path("id");
        String id = path.substring(OTHER_CASES.length() + 1);

        List<JsonNode> reported = events(id, "liaison.other-case-changed");
        assertThat(reported).hasSize(1);
        assertThat(reported.get(0).get("state").asText()).isEqualTo("OPEN");
        assertThat(reported.get(0).get("inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(reported.get(0).get("policeReportNumber").asText()).isEqualTo(number);
        assertThat(reported.get(0).get("article").asText()).isEqualTo("Pasal 114 ayat (1) UU 35/2009");
        assertThat(reported.get(0).get("outcome").isNull()).isTrue();
        assertThat(reported.get(0).toString()).doesNotContain("fullName").doesNotContain("nik");

        // The same WBP under the same police report number once; another number is another case.
        as(TestTokens.POLRES_HEAD).body(report(inmateId, number)).when().post(OTHER_CASES).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/duplicate-other-case"));
        reported(inmateId, number + "-2");

        // Readable by the Lapas that holds the WBP and the reporting unit; no other unit, no other Lapas.
        as(TestTokens.SECURITY).when().get(path).then().statusCode(200).body("policeReportNumber", equalTo(number));
        as(TestTokens.LIAISON).queryParam("inmateId", inmateId.toString()).when().get(OTHER_CASES).then().statusCode(200)
                .body("total", equalTo(2));
        as(TestTokens.AUDITOR).when().get(path).then().statusCode(200);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(OTHER_CASES).then()
                .body("total", equalTo(0));
        as(TestTokens.OTHER_LAPAS_SECURITY).when().get(path).then().statusCode(404);
        as(TestTokens.PROGRAM_OFFICER).when().get(OTHER_CASES).then().statusCode(403);
        as(TestTokens.SECURITY).body(report(inmateId, number + "-3")).when().post(OTHER_CASES).then().statusCode(403);

        // Only Polres closes, saying how the case ended and why.
        act(TestTokens.SECURITY, path, "close", "{\"outcome\":\"OTHER\",\"reason\":\"x\"}").then().statusCode(403);
        as(TestTokens.OTHER_UNIT_OFFICER).header("If-Match", "\"0\"").body("{\"outcome\":\"OTHER\",\"reason\":\"x\"}")
                .when().post(path + "/close").then().statusCode(404);
        act(TestTokens.POLRES_OFFICER, path, "close", "{\"reason\":\"SP3\"}").then().statusCode(400);
        act(TestTokens.POLRES_OFFICER, path, "close", "{\"outcome\":\"DROPPED_SP3\"}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        as(TestTokens.POLRES_OFFICER).header("If-Match", "\"7\"").body("{\"outcome\":\"DROPPED_SP3\",\"reason\":\"SP3\"}")
                .when().post(path + "/close").then().statusCode(412);
        act(TestTokens.POLRES_HEAD, path, "close", "{\"outcome\":\"DROPPED_SP3\",\"reason\":\"SP3/12/XII/2026: tidak cukup bukti\"}")
                .then().statusCode(200)
                .body("state", equalTo("CLOSED"))
                .body("outcome", equalTo("DROPPED_SP3"))
                .body("closedBy", equalTo("kapolres"))
                .body("allowedActions.size()", equalTo(0));
        act(TestTokens.POLRES_HEAD, path, "close", "{\"outcome\":\"CONVICTED\",\"reason\":\"x\"}").then().statusCode(409);

        List<JsonNode> changed = events(id, "liaison.other-case-changed");
        assertThat(changed).hasSize(2);
        JsonNode closed = changed.get(1);
        assertThat(closed.get("state").asText()).isEqualTo("CLOSED");
        assertThat(closed.get("outcome").asText()).isEqualTo("DROPPED_SP3");
        assertThat(closed.get("closedBy").asText()).isEqualTo("kapolres");
        assertThat(closed.get("reportedBy").asText()).isEqualTo("officer-7");

        as(TestTokens.LIAISON).queryParam("inmateId", inmateId.toString()).queryParam("state", "OPEN").when().get(OTHER_CASES)
                .then().body("total", equalTo(1));
        as(TestTokens.LIAISON).queryParam("state", "SHUT").when().get(OTHER_CASES).then().statusCode(400);
    }

    @Test
    void onlyAWbpInCustodyCanBeNamed() {
        as(TestTokens.POLRES_OFFICER).body(report(UUID.randomUUID(), "LP/B/1/XII/2026")).when().post(OTHER_CASES).then()
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/unknown-inmate"));
        UUID released = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateReleased", released, e -> { });
        Feed.awaitApplied(() -> "RELEASED".equals(Feed.known(released).status));
        as(TestTokens.POLRES_OFFICER).body(report(released, "LP/B/2/XII/2026")).when().post(OTHER_CASES).then()
                .statusCode(409).body("type", equalTo("https://sinergi.id/problems/inmate-not-in-custody"));
        assertThat(events(released.toString(), "liaison.other-case-changed")).isEmpty();
    }
}
