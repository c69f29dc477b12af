package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * Issue 21 point 2: a case Polres reports against a WBP (an incident charged, an "other case") is
 * pending on the WBP until closed, and PB and CB are refused while it is (NO_PENDING_CASE).
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class PendingCaseTest {

    private static final String NOT_ELIGIBLE = "https://sinergi.id/problems/integration-not-eligible";

    private final LiaisonFeed feed = new LiaisonFeed();

    private static List<Map<String, Object>> cases(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/pending-cases").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }

    private static boolean hasOpenCase(String id) {
        return cases(id).stream().anyMatch(c -> Boolean.TRUE.equals(c.get("open")));
    }

    /** A convict of four years admitted when the sentence began three years ago: past 2/3, eligible for PB. */
    private static String eligibleForParole(String name) {
        LocalDate start = LocalDate.now().minusYears(3);
        return admitted(convict(name, randomNik(), start.toString(), 4, 0)
                .replace("\"cellBlock\"", "\"admittedOn\":\"" + start + "\",\"cellBlock\""));
    }

    private static ValidatableResponse startParole(String id) {
        LocalDate startsOn = LocalDate.now().minusDays(40);
        return act(TestTokens.REGISTRAR, id, "integrations", "{\"kind\":\"PB\",\"decreeNumber\":\"PB-" + UUID.randomUUID()
                + "\",\"decreeDate\":\"" + startsOn + "\",\"bapas\":\"Bapas Kelas II Barabai\",\"startsOn\":\"" + startsOn + "\"}");
    }

    @Test
    void anIncidentChargedByPolresBarsParoleUntilItIsClosed() {
        String id = eligibleForParole("Charged Suspect");
        String witness = admitted(convict("Charged Witness"));
        String incidentId = UUID.randomUUID().toString();
        feed.send(LiaisonFeed.incidentChanged(incidentId, "investigate", "UNDER_INVESTIGATION", null, null,
                id, "SUSPECT", witness, "WITNESS"));
        feed.send(LiaisonFeed.incidentChanged(incidentId, "charge", "CHARGED", "LP/B/101/XI/2026/SPKT/POLRES HSU", null,
                id, "SUSPECT", witness, "WITNESS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> hasOpenCase(id));
        as(TestTokens.SECURITY).when().get("/api/v1/inmates/" + id + "/pending-cases").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("INCIDENT"))
                .body("items[0].sourceId", equalTo(incidentId))
                .body("items[0].policeReportNumber", equalTo("LP/B/101/XI/2026/SPKT/POLRES HSU"))
                .body("items[0].open", equalTo(true));
        assertThat(cases(witness)).isEmpty();

        startParole(id).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo(NOT_ELIGIBLE))
                .body("detail", containsString("NO_PENDING_CASE"))
                .body("detail", containsString("LP/B/101/XI/2026/SPKT/POLRES HSU"))
                .body("detail", containsString("Permenkumham 7/2022"));

        feed.send(LiaisonFeed.incidentChanged(incidentId, "close", "CLOSED", "LP/B/101/XI/2026/SPKT/POLRES HSU",
                "Case handed to the prosecutor (P21)", id, "SUSPECT", witness, "WITNESS"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !hasOpenCase(id));
        as(TestTokens.SECURITY).when().get("/api/v1/inmates/" + id + "/pending-cases").then()
                .body("items[0].open", equalTo(false))
                .body("items[0].outcome", equalTo("Case handed to the prosecutor (P21)"));
        startParole(id).statusCode(200).body("status", equalTo("IN_INTEGRATION"));
    }

    @Test
    void anOtherCaseOpenedAndClosedByPolresIsRecordedOnceAndBarsParoleWhileOpen() {
        String id = eligibleForParole("Other Case Suspect");
        String caseId = UUID.randomUUID().toString();
        var opened = LiaisonFeed.otherCaseChanged(caseId, id, "OPEN", null);
        feed.send(opened);
        feed.send(opened);
        await().atMost(Duration.ofSeconds(30)).until(() -> hasOpenCase(id));
        as(TestTokens.LAPAS_HEAD).when().get("/api/v1/inmates/" + id + "/pending-cases").then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].source", equalTo("OTHER_CASE"))
                .body("items[0].article", equalTo("Pasal 363 KUHP"))
                .body("items[0].polresUnit", equalTo("POLRES-HSU"));
        startParole(id).statusCode(422).body("detail", containsString("NO_PENDING_CASE"));

        feed.send(LiaisonFeed.otherCaseChanged(caseId, id, "CLOSED", "SP3: not enough evidence"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !hasOpenCase(id));
        assertThat(cases(id)).hasSize(1).first().satisfies(c -> assertThat(c.get("outcome")).isEqualTo("SP3: not enough evidence"));
        startParole(id).statusCode(200);
    }

    @Test
    void pendingCasesAreReadLikeTheFullRecord() {
        String id = admitted(convict("Pending Reader"));
        as(TestTokens.AUDITOR).when().get("/api/v1/inmates/" + id + "/pending-cases").then().statusCode(200).body("items", hasSize(0));
        // Polres officers without an approved information request see only the basic view: not the cases.
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/" + id + "/pending-cases").then().statusCode(404);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + UUID.randomUUID() + "/pending-cases").then().statusCode(404);
    }

    @Test
    void anOtherCaseWithAnUnknownStateIsAPoisonEvent() {
        String id = admitted(convict("Odd Case"));
        String caseId = UUID.randomUUID().toString();
        feed.send(LiaisonFeed.otherCaseChanged(caseId, id, "REOPENED", null));
        var dead = feed.kafka().readUntil("liaison.events.v1.inmate-service.dlq",
                read -> read.stream().anyMatch(r -> caseId.equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> caseId.equals(r.key()));
        assertThat(cases(id)).isEmpty();
    }
}
