package id.sinergi.inmate;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.etag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ActionsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void riskAssessmentsAreKeptAsHistoryAndOnlySecurityOrTheHeadMakeThem() {
        String id = admitted(convict("Risky"));
        act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"MEDIUM\",\"reason\":\"Calmer after counselling\"}")
                .statusCode(200).body("riskLevel", equalTo("MEDIUM")).header("ETag", "\"1\"");
        act(TestTokens.HEAD, id, "risk-assessments", "{\"level\":\"HIGH\",\"reason\":\"Contraband phone found\"}")
                .statusCode(200).body("riskLevel", equalTo("HIGH"));
        act(TestTokens.REGISTRAR, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"x\"}").statusCode(403).contentType(PROBLEM);
        act(TestTokens.POLRES_HEAD, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"x\"}").statusCode(403);
        act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"SEVERE\",\"reason\":\"x\"}").statusCode(400)
                .body("field", equalTo("level"));

        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/" + id + "/risk-assessments").then().statusCode(200)
                .body("items.level", contains("HIGH", "MEDIUM"))
                .body("items[0].previousLevel", equalTo("MEDIUM"))
                .body("items[0].assessor", equalTo("kalapas"));
        List<JsonNode> events = RecordedEvents.events(id, "inmate.risk-changed");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).at("/inmate/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(events.get(1).get("previousLevel").asText()).isEqualTo("MEDIUM");
    }

    @Test
    void aMovementOutAndBackIsTrackedAndItsStateChecked() {
        String id = admitted(convict("Mover"));
        act(TestTokens.REGISTRAR, id, "return", "{}").statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("allowedActions", hasItem("move-out"));
        act(TestTokens.REGISTRAR, id, "move-out", "{\"kind\":\"COURT\",\"destination\":\"PN Amuntai\",\"reference\":\"12/Pid/2026\"}")
                .statusCode(200).body("location", equalTo("COURT")).body("allowedActions", not(hasItem("release")));
        act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(409).body("state", equalTo("AT_COURT"));
        act(TestTokens.REGISTRAR, id, "return", "{\"note\":\"Back after the hearing\"}").statusCode(200)
                .body("location", equalTo("IN_FACILITY"));
        act(TestTokens.REGISTRAR, id, "move-cell", "{\"toBlock\":\"B-1\",\"reason\":\"Separated after a fight\"}")
                .statusCode(200).body("cellBlock", equalTo("B-1"));
        act(TestTokens.REGISTRAR, id, "move-cell", "{\"toBlock\":\"B-1\"}").statusCode(422).body("field", equalTo("toBlock"));

        List<String> directions = RecordedEvents.events(id, "inmate.moved").stream().map(e -> e.get("direction").asText()).toList();
        assertThat(directions).containsExactly("OUT", "IN", "WITHIN");
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", contains("inmate.moved", "inmate.moved", "inmate.moved", "inmate.admitted"))
                .body("items[0].summary", equalTo("Moved from block A-2 to B-1: Separated after a fight"))
                .body("items[0].details.toBlock", equalTo("B-1"));
    }

    @Test
    void aRemissionMovesTheExpiryAndTheKeyDates() {
        String id = admitted(convict("Remitted", Register.randomNik(), "2026-01-15", 2, 0));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200)
                .body("expiry", equalTo("2028-01-15"));
        String remission = "{\"type\":\"GENERAL\",\"days\":30,\"decreeNumber\":\"PAS-17.08/2026\",\"decreeDate\":\"2026-08-10\","
                + "\"grantedOn\":\"2026-08-17\"}";
        act(TestTokens.REGISTRAR, id, "remissions", remission).statusCode(200)
                .body("sentence.remissionDays", equalTo(30)).body("sentence.expiresOn", equalTo("2027-12-16"));
        act(TestTokens.REGISTRAR, id, "remissions", remission).statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/duplicate-remission"));
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"SPECIAL\",\"days\":3000,\"decreeNumber\":\"X\","
                + "\"decreeDate\":\"2026-08-10\",\"grantedOn\":\"2026-08-17\"}")
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/remission-exceeds-scale"))
                .body("maxDays", equalTo(15));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200)
                .body("remissionDays", equalTo(30))
                .body("expiry", equalTo("2027-12-16"))
                .body("twoThirds", equalTo("2027-04-27"))
                .body("paroleEligibleFrom", equalTo("2027-04-27"));
        assertThat(RecordedEvents.events(id, "inmate.updated").get(0).get("changed").get(0).asText()).isEqualTo("sentence");
    }

    @Test
    void theVerdictMakesADetaineeAConvict() {
        String id = admitted(detainee("Awaiting Verdict", "A.III", LocalDate.now().plusDays(30)));
        act(TestTokens.REGISTRAR, id, "remissions", "{\"type\":\"GENERAL\",\"days\":10,\"decreeNumber\":\"R-1\",\"decreeDate\":\""
                + LocalDate.now() + "\",\"grantedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(409).body("allowedActions", hasItem("change-class"));
        act(TestTokens.REGISTRAR, id, "class-change", "{\"registerClass\":\"A.IV\",\"sentence\":{\"start\":\"2026-09-01\",\"years\":1,"
                + "\"months\":0,\"days\":0},\"verdictNumber\":\"1/Pid/2026\"}").statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/class-change-to-detainee"));
        act(TestTokens.REGISTRAR, id, "class-change", "{\"registerClass\":\"B.IIa\",\"sentence\":{\"start\":\"2026-09-01\",\"years\":0,"
                + "\"months\":10,\"days\":0},\"verdictNumber\":\"1/Pid/2026\"}").statusCode(200)
                .body("registerClass", equalTo("B.IIa"))
                .body("detentionEndsOn", equalTo(null))
                .body("sentence.expiresOn", equalTo("2027-07-01"))
                .body("allowedActions", not(hasItem("change-class")));
        JsonNode event = RecordedEvents.events(id, "inmate.class-changed").get(0);
        assertThat(event.get("previousClass").asText()).isEqualTo("A.III");
        assertThat(event.at("/inmate/registerClass").asText()).isEqualTo("B.IIa");
    }

    @Test
    void aReleasedWbpAllowsNothingMore() {
        String id = admitted(convict("Leaving"));
        act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200).body("status", equalTo("RELEASED")).body("releaseReason", equalTo("END_OF_SENTENCE"))
                .body("allowedActions", empty());
        act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(409).contentType(PROBLEM).body("state", equalTo("RELEASED")).body("allowedActions", empty());
        act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"x\"}").statusCode(409);
        act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"FREED\",\"releasedOn\":\"2026-01-01\"}").statusCode(400);
        assertThat(RecordedEvents.events(id, "inmate.released")).hasSize(1);
    }

    @Test
    void aTransferOutOfTheRegionLeavesTheRegister() {
        String id = admitted(convict("Moving On"));
        act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-AMUNTAI\",\"transferredOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(422).body("field", equalTo("toFacility"));
        act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"LAPAS-KELAS-I-MEDAN\",\"transferredOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200).body("status", equalTo("TRANSFERRED")).body("transferredTo", equalTo("LAPAS-KELAS-I-MEDAN"));
        act(TestTokens.REGISTRAR, id, "move-out", "{\"kind\":\"MEDICAL\",\"destination\":\"RSUD\"}").statusCode(409);
    }

    @Test
    void personalDetailsNeedTheCurrentETag() {
        String id = admitted(convict("Old Name"));
        String details = "{\"fullName\":\"New Name\",\"aliases\":[\"Nn\"],\"nik\":\"" + Register.randomNik()
                + "\",\"sex\":\"MALE\",\"nationality\":\"IDN\"}";
        as(TestTokens.REGISTRAR).body(details).when().put("/api/v1/inmates/" + id + "/personal-details")
                .then().statusCode(428).contentType(PROBLEM);
        String etag = etag(id);
        as(TestTokens.REGISTRAR).header("If-Match", etag).body(details).when().put("/api/v1/inmates/" + id + "/personal-details")
                .then().statusCode(200).body("fullName", equalTo("New Name")).header("ETag", "\"1\"");
        as(TestTokens.REGISTRAR).header("If-Match", etag).body(details).when().put("/api/v1/inmates/" + id + "/personal-details")
                .then().statusCode(412).contentType(PROBLEM);
        as(TestTokens.SECURITY).header("If-Match", "\"1\"").body(details).when().put("/api/v1/inmates/" + id + "/personal-details")
                .then().statusCode(403);
        assertThat(RecordedEvents.events(id, "inmate.updated").get(0).get("changed").get(0).asText()).isEqualTo("identity");
    }

    @Test
    void unknownWbpIs404BeforeTheMissingIfMatchAndTheStateMachineIsPublished() {
        as(TestTokens.REGISTRAR).body("{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"2026-01-01\"}")
                .when().post("/api/v1/inmates/00000000-0000-0000-0000-000000000009/release")
                .then().statusCode(404).contentType(PROBLEM);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/state-machine").then().statusCode(200)
                .body("name", equalTo("inmate"))
                .body("transitions.action", hasItem("release"))
                .body("transitions.find { it.action == 'assess-risk' }.roles", contains("lapas-head", "lapas-security"));
    }

    @Test
    void everyActionNeedsTheCurrentETag() {
        String id = admitted(convict("Precondition"));
        String riskAssessment = "{\"level\":\"MEDIUM\",\"reason\":\"Calmer\"}";
        as(TestTokens.SECURITY).body(riskAssessment).when().post("/api/v1/inmates/" + id + "/risk-assessments")
                .then().statusCode(428).contentType(PROBLEM);
        as(TestTokens.SECURITY).header("If-Match", "\"0\"").body(riskAssessment).when().post("/api/v1/inmates/" + id + "/risk-assessments")
                .then().statusCode(200).header("ETag", "\"1\"");
        as(TestTokens.SECURITY).header("If-Match", "\"0\"").body(riskAssessment).when().post("/api/v1/inmates/" + id + "/risk-assessments")
                .then().statusCode(412).contentType(PROBLEM);
    }
}
