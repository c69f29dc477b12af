package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.IntegrationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Integration, not release (issue 20 point 5): PB, CB and CMB put the WBP under a Bapas until the
 * sentence ends; eligibility is checked against rules/integration-conditions.csv; a revocation
 * brings the WBP back with the days outside not counted; the integration job releases at the expiry.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IntegrationTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String NOT_ELIGIBLE = "https://sinergi.id/problems/integration-not-eligible";
    private static final String BAPAS = "Bapas Kelas II Barabai";

    @Inject
    IntegrationJob job;

    private static String start(String kind, LocalDate startsOn) {
        return "{\"kind\":\"" + kind + "\",\"decreeNumber\":\"" + kind + "-" + startsOn + "\",\"decreeDate\":\"" + startsOn
                + "\",\"bapas\":\"" + BAPAS + "\",\"startsOn\":\"" + startsOn + "\"}";
    }

    private static ValidatableResponse startIntegration(String id, String kind, LocalDate startsOn) {
        return act(TestTokens.REGISTRAR, id, "integrations", start(kind, startsOn));
    }

    /** A convict who has served {@code servedYears} of a sentence of {@code years}. */
    private static String convictWhoServed(String name, int servedYears, int years) {
        return admitted(convict(name, randomNik(), LocalDate.now().minusYears(servedYears).toString(), years, 0));
    }

    /** A convict's admission made on the day the sentence began (the first day of detention). */
    private static String admittedAtStart(String name, String nik, LocalDate start, int years) {
        return admitted(convict(name, nik, start.toString(), years, 0)
                .replace("\"cellBlock\"", "\"admittedOn\":\"" + start + "\",\"cellBlock\""));
    }

    private static String expiry(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/key-dates").then().statusCode(200)
                .extract().jsonPath().getString("expiry");
    }

    @Test
    void aDetaineeIsNotEligibleAndTheRuleIsNamed() {
        String id = admitted(detainee("Integration Detainee", "A.II", LocalDate.now().plusDays(30)));
        startIntegration(id, "PB", LocalDate.now()).statusCode(422).contentType(PROBLEM)
                .body("type", equalTo(NOT_ELIGIBLE))
                .body("detail", containsString("CONVICT"))
                .body("detail", containsString("UU 22/2022 Pasal 10"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().body("status", equalTo("IN_CUSTODY"));
    }

    @Test
    void paroleIsNotPossibleBeforeTwoThirdsNorWhenTwoThirdsIsUnderNineMonths() {
        // 5 years 6 months from 2026-01-15: 2/3 is reached in 2029.
        String early = admitted(convict("Too Early"));
        startIntegration(early, "PB", LocalDate.now()).statusCode(422)
                .body("type", equalTo(NOT_ELIGIBLE))
                .body("detail", containsString("TWO_THIRDS_SERVED"))
                .body("detail", containsString("Permenkumham 3/2018 Pasal 82"));
        // One year, 10 months served: 2/3 (8 months) is past but under 9 months, so no parole; CB fits a short sentence.
        String shortSentence = admitted(convict("Short Term", randomNik(), LocalDate.now().minusMonths(10).toString(), 1, 0));
        startIntegration(shortSentence, "PB", LocalDate.now()).statusCode(422)
                .body("type", equalTo(NOT_ELIGIBLE)).body("detail", containsString("TWO_THIRDS_AT_LEAST"));
        startIntegration(shortSentence, "CB", LocalDate.now()).statusCode(200)
                .body("status", equalTo("IN_INTEGRATION")).body("allowedActions", contains("revoke-integration"));
    }

    @Test
    void conditionalLeaveIsForShortSentencesAndPreReleaseLeaveAsLongAsTheLastRemission() {
        String longSentence = convictWhoServed("Long Term", 3, 4);
        startIntegration(longSentence, "CB", LocalDate.now()).statusCode(422)
                .body("type", equalTo(NOT_ELIGIBLE)).body("detail", containsString("SENTENCE_AT_MOST"));
        startIntegration(longSentence, "CMB", LocalDate.now()).statusCode(422)
                .body("type", equalTo(NOT_ELIGIBLE)).body("detail", containsString("LAST_REMISSION_AT_MOST"))
                .body("detail", containsString("has none"));

        // Two years from 60 days short of two years ago: the expiry is 60 days away, 30 after a 30-day remission.
        LocalDate start = LocalDate.now().minusYears(2).plusDays(60);
        String nearTheEnd = admittedAtStart("Near The End", randomNik(), start, 2);
        act(TestTokens.REGISTRAR, nearTheEnd, "remissions",
                "{\"type\":\"GENERAL\",\"days\":30,\"decreeNumber\":\"RK-" + randomNik() + "\",\"decreeDate\":\"" + LocalDate.now()
                        + "\",\"grantedOn\":\"" + LocalDate.now() + "\"}").statusCode(200);
        startIntegration(nearTheEnd, "CMB", LocalDate.now().minusDays(1)).statusCode(422)
                .body("detail", containsString("LAST_REMISSION_AT_MOST"));
        startIntegration(nearTheEnd, "CMB", LocalDate.now()).statusCode(200).body("status", equalTo("IN_INTEGRATION"));
    }

    @Test
    void datesOutsideTheRecordAreRefused() {
        String id = convictWhoServed("Dated", 3, 4);
        startIntegration(id, "PB", LocalDate.now().plusDays(2)).statusCode(422).body("field", equalTo("startsOn"));
        act(TestTokens.REGISTRAR, id, "integrations", "{\"kind\":\"PB\",\"decreeNumber\":\"D-1\",\"decreeDate\":\""
                + LocalDate.now() + "\",\"bapas\":\"" + BAPAS + "\",\"startsOn\":\"" + LocalDate.now().minusDays(3) + "\"}")
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/integration-before-decree"));
        act(TestTokens.REGISTRAR, id, "integrations", "{\"kind\":\"PX\",\"decreeNumber\":\"D-1\",\"decreeDate\":\""
                + LocalDate.now() + "\",\"bapas\":\"" + BAPAS + "\",\"startsOn\":\"" + LocalDate.now() + "\"}").statusCode(400);
        act(TestTokens.SECURITY, id, "integrations", start("PB", LocalDate.now())).statusCode(403);
    }

    @Test
    void parolePutsTheWbpUnderTheBapasAndARevocationBringsThemBackWithTheDaysOutsideNotCounted() {
        String nik = randomNik();
        String id = admittedAtStart("Parolee", nik, LocalDate.now().minusYears(3), 4);
        LocalDate startsOn = LocalDate.now().minusDays(40);
        LocalDate expiryBefore = LocalDate.parse(expiry(id));

        startIntegration(id, "PB", startsOn).statusCode(200)
                .body("status", equalTo("IN_INTEGRATION"))
                .body("allowedActions", contains("revoke-integration"));
        JsonNode started = RecordedEvents.events(id, "inmate.integration-started").get(0);
        assertThat(started.get("kind").asText()).isEqualTo("PB");
        assertThat(started.get("bapas").asText()).isEqualTo(BAPAS);
        assertThat(started.get("endsOn").asText()).isEqualTo(expiryBefore.toString());
        assertThat(started.at("/inmate/status").asText()).isEqualTo("IN_INTEGRATION");
        // Under a Bapas the stay is still open: the person cannot be admitted again.
        admit(convict("Parolee", nik, LocalDate.now().toString(), 1, 0)).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/open-stay"));
        act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"x\"}").statusCode(409)
                .body("state", equalTo("IN_INTEGRATION"));

        act(TestTokens.REGISTRAR, id, "integration-revocations", "{\"decreeNumber\":\"REV-1\",\"reason\":\"Did not report\","
                + "\"revokedOn\":\"" + startsOn.minusDays(1) + "\"}").statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/revocation-before-integration"));
        act(TestTokens.REGISTRAR, id, "integration-revocations", "{\"decreeNumber\":\"PAS-88/2026\",\"reason\":\"Did not report "
                + "to the Bapas three times\",\"revokedOn\":\"" + LocalDate.now() + "\"}").statusCode(200)
                .body("status", equalTo("IN_CUSTODY")).body("location", equalTo("IN_FACILITY"))
                .body("sentence.expiresOn", equalTo(expiryBefore.plusDays(40).toString()))
                .body("allowedActions", hasItem("start-integration"));
        assertThat(expiry(id)).isEqualTo(expiryBefore.plusDays(40).toString());
        JsonNode revoked = RecordedEvents.events(id, "inmate.integration-revoked").get(0);
        assertThat(revoked.get("daysNotCounted").asInt()).isEqualTo(40);
        assertThat(revoked.at("/inmate/expectedRelease").asText()).isEqualTo(expiryBefore.plusDays(40).toString());
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then().statusCode(200)
                .body("items.kind", contains("inmate.integration-revoked", "inmate.integration-started", "inmate.admitted"));
    }

    @Test
    void aReleaseForParoleConditionalOrPreReleaseLeaveIsRefused() {
        String id = convictWhoServed("Not Released", 3, 4);
        for (String reason : List.of("PAROLE", "CONDITIONAL_LEAVE", "PRE_RELEASE_LEAVE", "SERVED_UNDER_INTEGRATION")) {
            act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"" + reason + "\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                    .statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("https://sinergi.id/problems/integration-not-release"))
                    .body("detail", containsString("/integrations"));
        }
        assertThat(RecordedEvents.events(id, "inmate.released")).isEmpty();
    }

    @Test
    void theEndOfTheSentenceEndsTheIntegration() {
        String id = convictWhoServed("Served Outside", 3, 4);
        startIntegration(id, "PB", LocalDate.now()).statusCode(200);
        LocalDate expiry = LocalDate.parse(expiry(id));

        job.endServed(expiry.minusDays(1));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().body("status", equalTo("IN_INTEGRATION"));

        job.endServed(expiry);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .body("status", equalTo("RELEASED"))
                .body("releaseReason", equalTo("SERVED_UNDER_INTEGRATION"))
                .body("leftOn", equalTo(expiry.toString()))
                .body("allowedActions", org.hamcrest.Matchers.empty());
        job.endServed(expiry.plusDays(1));
        List<JsonNode> released = RecordedEvents.events(id, "inmate.released");
        assertThat(released).hasSize(1);
        assertThat(released.get(0).get("reason").asText()).isEqualTo("SERVED_UNDER_INTEGRATION");
        assertThat(released.get(0).get("releasedOn").asText()).isEqualTo(expiry.toString());
    }
}
