package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.liaison.Api.etag;
import static id.sinergi.platform.testing.RecordedEvents.events;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class NotificationTest {

    private static final String NOTIFICATIONS = "/api/v1/liaison/notifications";

    @Inject
    EscalationJob escalation;

    private static List<Notification> notificationsOf(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId = ?1 order by issuedAt", inmateId));
    }

    /** A HIGH-risk WBP with a D-{@code days} notice, and its notification once issued. */
    private static Notification noticed(UUID inmateId, int days) {
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(days), days);
        Feed.awaitApplied(() -> notificationsOf(inmateId).stream().anyMatch(n -> n.thresholdDays == days));
        return notificationsOf(inmateId).stream().filter(n -> n.thresholdDays == days).findFirst().orElseThrow();
    }

    @Test
    void aHighRiskWbpNearingReleaseIsNotifiedWithTheProgrammesAndPolresAcknowledges() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.enrolment("ProgramCompleted", inmateId, e -> { });
        Feed.enrolment("ProgramEnrolmentChanged", inmateId, e -> ((ObjectNode) e.at("/data/enrolment/programme"))
                .put("code", "LAS-2026-02").put("name", "Pelatihan las listrik").put("category", "VOCATIONAL"));
        Feed.enrolment("ProgramEnrolmentChanged", inmateId, e -> ((ObjectNode) e.at("/data/enrolment")).put("state", "WITHDRAWN"));
        String id = noticed(inmateId, 7).id.toString();
        String path = NOTIFICATIONS + "/" + id;

        as(TestTokens.POLRES_OFFICER).queryParam("state", "OPEN").queryParam("inmateId", inmateId.toString())
                .when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].threshold", equalTo("D-7"))
                .body("items[0].reason", equalTo("END_OF_SENTENCE"))
                .body("items[0].summary.inmate.riskLevel", equalTo("HIGH"))
                .body("items[0].summary.programmesCompleted.code", contains("KES-HUKUM-2026-01"))
                .body("items[0].summary.programmesCompleted[0].certificateNumber", equalTo("SRT-KES-HUKUM-2026-01-0001"))
                .body("items[0].summary.programmesOngoing.code", contains("LAS-2026-02"))
                .body("items[0]", not(hasKey("offenceCategories")))
                .body("items[0].allowedActions", contains("acknowledge"));
        as(TestTokens.LIAISON).when().get(path).then().statusCode(200).body("offenceCategories", contains("NARCOTICS"));

        as(TestTokens.POLRES_OFFICER).when().post(path + "/acknowledge").then().statusCode(428);
        as(TestTokens.POLRES_OFFICER).header("If-Match", "\"99\"").when().post(path + "/acknowledge").then().statusCode(412);
        act(TestTokens.POLRES_OFFICER, path, "acknowledge", "{\"note\":\"Diterima\"}").then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("acknowledgedBy", equalTo("officer-7"))
                .body("acknowledgedUnit", equalTo("POLRES-HSU"))
                .body("acknowledgementNote", equalTo("Diterima"))
                .body("allowedActions", empty());
        act(TestTokens.POLRES_OFFICER, path, "acknowledge", null).then().statusCode(409)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("allowedActions", empty());

        assertThat(events(id, "liaison.notification-issued")).hasSize(1);
        JsonNode acknowledged = events(id, "liaison.notification-acknowledged").get(0);
        assertThat(acknowledged.get("acknowledgedBy").asText()).isEqualTo("officer-7");
        assertThat(acknowledged.at("/notification/state").asText()).isEqualTo("ACKNOWLEDGED");
        as(TestTokens.POLRES_OFFICER).queryParam("state", "ACKNOWLEDGED").queryParam("inmateId", inmateId.toString())
                .when().get(NOTIFICATIONS).then().body("total", equalTo(1));
    }

    @Test
    void aRedeliveredOrRepeatedNoticeIssuesOneNotificationPerThreshold() {
        UUID inmateId = Feed.admittedHighRisk();
        LocalDate releaseOn = LocalDate.now().plusDays(7);
        ObjectNode first = Feed.releaseDue(inmateId, releaseOn, 7);
        Feed.send(Feed.INMATE_TOPIC, inmateId, first);
        Feed.releaseDue(inmateId, releaseOn, 7);
        noticed(inmateId, 1);

        assertThat(notificationsOf(inmateId)).extracting(n -> n.thresholdDays).containsExactly(7, 1);
        for (Notification notification : notificationsOf(inmateId)) {
            assertThat(events(notification.id.toString(), "liaison.notification-issued")).hasSize(1);
        }
    }

    @Test
    void theNotificationRuleDecidesWhoPolresIsToldAbout() {
        UUID lowRiskThief = Feed.admitted("LOW", "B.I", "PROPERTY_CRIME");
        Feed.releaseDue(lowRiskThief, LocalDate.now().plusDays(7), 7);
        Feed.moved(lowRiskThief, "COURT");
        assertThat(notificationsOf(lowRiskThief)).as("LOW risk, no listed offence: no notification").isEmpty();

        UUID lowRiskTerrorist = Feed.admitted("LOW", "B.I", "TERRORISM");
        assertThat(noticed(lowRiskTerrorist, 7).offenceCategories).containsExactly("TERRORISM");
    }

    @Test
    void aReleaseIsNotifiedWithItsReason() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateReleased", inmateId, e -> ((ObjectNode) e.get("data")).put("releasedOn", LocalDate.now().toString()));
        Feed.awaitApplied(() -> !notificationsOf(inmateId).isEmpty());
        as(TestTokens.POLRES_HEAD).when().get(NOTIFICATIONS + "/" + notificationsOf(inmateId).get(0).id).then().statusCode(200)
                .body("kind", equalTo("RELEASED"))
                .body("threshold", equalTo("RELEASE"))
                .body("reason", equalTo("END_OF_SENTENCE"))
                .body("summary.inmate.status", equalTo("RELEASED"))
                .body("summary.supervisingBapas", equalTo(null));
    }

    @Test
    void anIntegrationIsNotifiedAsAReleaseNamingTheBapasAndARevocationOnlyUpdatesTheSnapshot() {
        UUID inmateId = Feed.admittedHighRisk();
        LocalDate startsOn = LocalDate.now();
        Feed.inmateEvent("InmateIntegrationStarted", inmateId, e -> ((ObjectNode) e.get("data")).put("startsOn", startsOn.toString()));
        Feed.awaitApplied(() -> !notificationsOf(inmateId).isEmpty());
        Notification notice = notificationsOf(inmateId).get(0);
        assertThat(notice.kind).isEqualTo(Notification.Kind.RELEASED);
        assertThat(notice.audience).isEqualTo(Notification.Audience.POLRES);
        assertThat(notice.dueOn).isEqualTo(startsOn);
        as(TestTokens.POLRES_OFFICER).when().get(NOTIFICATIONS + "/" + notice.id).then().statusCode(200)
                .body("reason", equalTo("PB"))
                .body("summary.releaseReason", equalTo("PB"))
                .body("summary.supervisingBapas", equalTo("Bapas Kelas II Barabai"))
                .body("summary.inmate.status", equalTo("IN_INTEGRATION"));

        Feed.inmateEvent("InmateIntegrationRevoked", inmateId, e -> { });
        Feed.awaitApplied(() -> "IN_CUSTODY".equals(Feed.known(inmateId).status));
        assertThat(notificationsOf(inmateId)).as("back in custody: no notice").hasSize(1);
    }

    @Test
    void detentionNoticesGoToTheDetainingAuthority() {
        UUID prosecutorsDetainee = Feed.admitted("LOW", "A.II", "OTHER");
        Feed.inmateEvent("InmateDetentionExpiring", prosecutorsDetainee, e -> Feed.inmate(e).put("registerClass", "A.II"));
        Feed.awaitApplied(() -> !notificationsOf(prosecutorsDetainee).isEmpty());
        Notification notice = notificationsOf(prosecutorsDetainee).get(0);
        assertThat(notice.audience).isEqualTo(Notification.Audience.DETAINING_AUTHORITY);
        assertThat(notice.recipient).isEqualTo("Kejaksaan Negeri Hulu Sungai Utara");
        assertThat(notice.threshold()).isEqualTo("D-10");
        String path = NOTIFICATIONS + "/" + notice.id;
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(404);
        act(TestTokens.LIAISON, path, "acknowledge", "{\"note\":\"Surat diantar ke Kejari\"}").then().statusCode(200)
                .body("acknowledgedBy", equalTo("liaison-1"));

        UUID policeDetainee = Feed.admitted("LOW", "A.I", "OTHER");
        Feed.inmateEvent("InmateDetentionExpiring", policeDetainee, e -> Feed.inmate(e).put("registerClass", "A.I"));
        Feed.awaitApplied(() -> !notificationsOf(policeDetainee).isEmpty());
        Notification police = notificationsOf(policeDetainee).get(0);
        assertThat(police.audience).isEqualTo(Notification.Audience.POLRES);
        // The Lapas may acknowledge, but not a notice addressed to Polres: the table's condition, so 409 after If-Match.
        act(TestTokens.LIAISON, NOTIFICATIONS + "/" + police.id, "acknowledge", null).then().statusCode(409)
                .body("state", equalTo("OPEN"));
        act(TestTokens.POLRES_OFFICER, NOTIFICATIONS + "/" + police.id, "acknowledge", null).then().statusCode(200);
    }

    @Test
    void anUnacknowledgedNotificationEscalatesToThePolresHead() {
        UUID inmateId = Feed.admittedHighRisk();
        Notification notification = noticed(inmateId, 30);
        String path = NOTIFICATIONS + "/" + notification.id;
        String before = etag(TestTokens.POLRES_OFFICER, path);

        escalation.run(OffsetDateTime.now().plusHours(47));
        assertThat(notificationsOf(inmateId).get(0).state).as("not yet due").isEqualTo(Notification.State.OPEN);
        escalation.run(OffsetDateTime.now().plusHours(49));

        as(TestTokens.POLRES_HEAD).queryParam("overdue", "true").queryParam("inmateId", inmateId.toString())
                .when().get(NOTIFICATIONS).then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].state", equalTo("ESCALATED"))
                .body("items[0].overdue", equalTo(true));
        JsonNode escalated = events(notification.id.toString(), "liaison.notification-escalated").get(0);
        assertThat(escalated.get("escalatedTo").asText()).isEqualTo("polres-head");
        assertThat(escalated.at("/notification/state").asText()).isEqualTo("ESCALATED");

        as(TestTokens.POLRES_OFFICER).header("If-Match", before).when().post(path + "/acknowledge").then().statusCode(412);
        // An officer may acknowledge, but not once escalated: the state no longer allows it for the officer (409).
        act(TestTokens.POLRES_OFFICER, path, "acknowledge", null).then().statusCode(409).body("state", equalTo("ESCALATED"));
        act(TestTokens.POLRES_HEAD, path, "acknowledge", null).then().statusCode(200).body("acknowledgedBy", equalTo("kapolres"));
    }

    @Test
    void twoReplicasEscalatingAtOnceEscalateEachNotificationOnce() {
        List<Notification> notifications = List.of(noticed(Feed.admittedHighRisk(), 30), noticed(Feed.admittedHighRisk(), 30));
        OffsetDateTime later = OffsetDateTime.now().plusDays(3);
        CompletableFuture<EscalationJob.Result> one = CompletableFuture.supplyAsync(() -> escalation.run(later));
        CompletableFuture<EscalationJob.Result> two = CompletableFuture.supplyAsync(() -> escalation.run(later));
        one.join();
        two.join();
        for (Notification notification : notifications) {
            assertThat(events(notification.id.toString(), "liaison.notification-escalated")).hasSize(1);
        }
    }

    @Test
    void notificationsAreSeenOnlyWithinTheCallersScope() {
        UUID inmateId = Feed.admittedHighRisk();
        String path = NOTIFICATIONS + "/" + noticed(inmateId, 7).id;
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404)
                .body("type", equalTo("https://sinergi.id/problems/not-found"));
        as(TestTokens.OTHER_UNIT_OFFICER).queryParam("inmateId", inmateId.toString()).when().get(NOTIFICATIONS).then()
                .statusCode(200).body("total", equalTo(0));
        as(TestTokens.OTHER_LAPAS_LIAISON).when().get(path).then().statusCode(404);
        as(TestTokens.AUDITOR).when().get(path).then().statusCode(200);
        act(TestTokens.AUDITOR, path, "acknowledge", null).then().statusCode(403);
        as(TestTokens.REGISTRAR).when().get(NOTIFICATIONS).then().statusCode(403);
        as(TestTokens.PROGRAM_OFFICER).when().get(path).then().statusCode(403);
        given().when().get(NOTIFICATIONS).then().statusCode(401);
    }

    @Test
    void badFiltersAreNamed() {
        as(TestTokens.LIAISON).queryParam("state", "SHUT").when().get(NOTIFICATIONS).then().statusCode(400)
                .body("type", equalTo("https://sinergi.id/problems/invalid-query-parameter"))
                .body("field", equalTo("state"));
        as(TestTokens.LIAISON).queryParam("overdue", "maybe").when().get(NOTIFICATIONS).then().statusCode(400)
                .body("field", equalTo("overdue"));
        as(TestTokens.LIAISON).queryParam("size", "500").when().get(NOTIFICATIONS).then().statusCode(400);
        as(TestTokens.LIAISON).when().get(NOTIFICATIONS + "/not-a-uuid").then().statusCode(404);
    }

    @Test
    void theStateMachineIsPublished() {
        as(TestTokens.POLRES_OFFICER).when().get(NOTIFICATIONS + "/state-machine").then().statusCode(200)
                .body("states.state", contains("OPEN", "ESCALATED", "ACKNOWLEDGED", "CLOSED"))
                .body("states.find { it.state == 'CLOSED' }.terminal", equalTo(true))
                .body("transitions.find { it.action == 'escalate' }.bySystem", equalTo(true))
                .body("transitions.findAll { it.from == 'ESCALATED' && it.action == 'acknowledge' }.roles",
                        contains(List.of("polres-head"), List.of("lapas-head")))
                .body("transitions.findAll { it.from == 'ESCALATED' && it.action == 'acknowledge' }.condition",
                        contains("ADDRESSED_TO_POLRES", "FOR_DETAINING_AUTHORITY"))
                // Only an escape's notice is closed, by the recapture, from any state but CLOSED.
                .body("transitions.findAll { it.action == 'close' }.from", contains("OPEN", "ESCALATED", "ACKNOWLEDGED"))
                .body("transitions.findAll { it.action == 'close' }.condition", contains("OF_ESCAPE", "OF_ESCAPE", "OF_ESCAPE"));
    }
}
