package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.liaison.service.LiaisonMonitor;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The liaison workload gauges and the audit trail of liaison records, including the escalation job's changes. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ObservabilityTest {

    private static final String NOTIFICATIONS = "/api/v1/liaison/notifications";
    private static final String LOANS = "/api/v1/liaison/police-loans";
    private static final String AUDIT = "/api/v1/liaison/audit";
    private static final List<String> GAUGES = List.of("sinergi_liaison_notifications_open",
            "sinergi_liaison_notifications_overdue", "sinergi_liaison_police_loans_out", "sinergi_liaison_police_loans_overdue");
    private static final Pattern SAMPLE = Pattern.compile("^(sinergi_liaison_\\w+)\\{[^}]*application=\"liaison-service\"[^}]*} (\\S+)$",
            Pattern.MULTILINE);

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    LiaisonMonitor monitor;

    @Inject
    EscalationJob escalation;

    /** The four gauges as Prometheus scrapes them, read afresh from the tables first. */
    private Map<String, Double> gauges() {
        monitor.refresh();
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Map<String, Double> values = new HashMap<>();
        Matcher sample = SAMPLE.matcher(metrics);
        while (sample.find()) {
            values.put(sample.group(1), Double.parseDouble(sample.group(2)));
        }
        assertThat(values).containsOnlyKeys(GAUGES);
        return values;
    }

    private static void assertMoved(Map<String, Double> before, Map<String, Double> after, String... risen) {
        for (String gauge : GAUGES) {
            double by = List.of(risen).contains(gauge) ? 1 : 0;
            assertThat(after.get(gauge)).as(gauge).isEqualTo(before.get(gauge) + by);
        }
    }

    /** A HIGH-risk WBP's D-30 notification, once issued from the inmate event. */
    private static Notification noticed(UUID inmateId) {
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(30), 30);
        Feed.awaitApplied(() -> notificationOf(inmateId) != null);
        return notificationOf(inmateId);
    }

    private static Notification notificationOf(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("inmateId", inmateId).firstResult());
    }

    private JsonNode auditTrail(String entityType, Object entityId) throws Exception {
        return json.readTree(as(TestTokens.AUDITOR).queryParam("entityType", entityType).queryParam("entityId", entityId.toString())
                .when().get(AUDIT).then().statusCode(200).extract().asString());
    }

    private JsonNode change(String before, String after) throws Exception {
        return json.readTree("{\"before\":\"" + before + "\",\"after\":\"" + after + "\"}");
    }

    @Test
    void theWorkloadGaugesMoveWithNotificationsAndLoans() {
        Map<String, Double> start = gauges();
        UUID inmateId = Feed.admittedHighRisk();
        Notification notification = noticed(inmateId);
        Map<String, Double> issued = gauges();
        assertMoved(start, issued, "sinergi_liaison_notifications_open");

        QuarkusTransaction.requiringNew().run(() -> Notification.<Notification>findById(notification.id).acknowledgeBy =
                OffsetDateTime.now().minusMinutes(1));
        Map<String, Double> late = gauges();
        assertMoved(issued, late, "sinergi_liaison_notifications_overdue");

        String loan = LOANS + "/" + as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Pemeriksaan tambahan sebagai saksi","caseNumber":"LP/B/45/XI/2026",
                 "letterNumber":"B/123/XI/2026/Reskrim","borrowingUnit":"Satreskrim Polres Hulu Sungai Utara",
                 "plannedOutAt":"%s","plannedBackAt":"%s",
                 "escorts":[{"name":"Bripka Andi Saputra","rank":"Bripka","nrp":"86051234"}]}"""
                .formatted(inmateId, OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(5), OffsetDateTime.now(ZoneOffset.UTC).plusHours(8)))
                .when().post(LOANS).then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, loan, "approve", null).then().statusCode(200);
        act(TestTokens.REGISTRAR, loan, "check-out", null).then().statusCode(200);
        Map<String, Double> out = gauges();
        assertMoved(late, out, "sinergi_liaison_police_loans_out");

        UUID loanId = UUID.fromString(loan.substring(LOANS.length() + 1));
        QuarkusTransaction.requiringNew().run(() -> {
            PoliceLoan behind = PoliceLoan.findById(loanId);
            behind.plannedOutAt = OffsetDateTime.now().minusHours(8);
            behind.plannedBackAt = OffsetDateTime.now().minusMinutes(1);
        });
        Map<String, Double> overdue = gauges();
        assertMoved(out, overdue, "sinergi_liaison_police_loans_overdue");

        act(TestTokens.REGISTRAR, loan, "return", null).then().statusCode(200);
        act(TestTokens.POLRES_OFFICER, NOTIFICATIONS + "/" + notification.id, "acknowledge", null).then().statusCode(200);
        assertMoved(start, gauges());
    }

    @Test
    void anAcknowledgementIsInTheAuditTrailWithBeforeAndAfterForAuditorsOnly() throws Exception {
        UUID inmateId = Feed.admittedHighRisk();
        Notification notification = noticed(inmateId);
        act(TestTokens.POLRES_OFFICER, NOTIFICATIONS + "/" + notification.id, "acknowledge", "{\"note\":\"Diterima\"}")
                .then().statusCode(200);

        JsonNode trail = auditTrail("Notification", notification.id);
        assertThat(trail.get("total").asInt()).isEqualTo(2);
        JsonNode acknowledged = trail.get("items").get(0);
        assertThat(acknowledged.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(acknowledged.get("actor").asText()).isEqualTo("officer-7");
        assertThat(acknowledged.get("action").asText()).isEqualTo("acknowledgeNotification");
        assertThat(acknowledged.get("inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(acknowledged.get("requestId").asText()).isNotBlank();
        JsonNode changes = acknowledged.get("changes");
        assertThat(changes.get("state")).isEqualTo(change("OPEN", "ACKNOWLEDGED"));
        assertThat(changes.get("acknowledgedBy").get("before").isNull()).isTrue();
        assertThat(changes.get("acknowledgedBy").get("after").asText()).isEqualTo("officer-7");
        assertThat(changes.get("acknowledgementNote").get("after").asText()).isEqualTo("Diterima");
        assertThat(changes.has("version")).isFalse();
        assertThat(changes.has("summary")).as("unchanged fields are left out").isFalse();
        JsonNode issued = trail.get("items").get(1);
        assertThat(issued.get("operation").asText()).isEqualTo("CREATE");
        assertThat(issued.get("actor").asText()).isEqualTo("system:liaison-service.inmate-events");
        assertThat(issued.get("action").asText()).isEqualTo("inmate.release-due");
        assertThat(issued.at("/changes/state/after").asText()).isEqualTo("OPEN");

        assertThat(json.readTree(as(TestTokens.AUDITOR).queryParam("inmateId", inmateId.toString()).queryParam("actor", "officer-7")
                .when().get(AUDIT).then().statusCode(200).extract().asString()).get("total").asInt()).isEqualTo(1);
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD, TestTokens.LIAISON, TestTokens.LAPAS_HEAD)) {
            as(token).when().get(AUDIT).then().statusCode(403);
        }
        given().when().get(AUDIT).then().statusCode(401);
        as(TestTokens.AUDITOR).queryParam("inmateId", "not-a-uuid").when().get(AUDIT).then().statusCode(400);
    }

    @Test
    void theEscalationJobsChangesAreAuditedAsTheJobs() throws Exception {
        UUID inmateId = Feed.admittedHighRisk();
        Notification notification = noticed(inmateId);
        QuarkusTransaction.requiringNew().run(() -> Notification.<Notification>findById(notification.id).acknowledgeBy =
                OffsetDateTime.now().minusMinutes(1));

        assertThat(escalation.run(OffsetDateTime.now()).notifications()).isGreaterThanOrEqualTo(1);

        JsonNode escalated = auditTrail("Notification", notification.id).get("items").get(0);
        assertThat(escalated.get("actor").asText()).isEqualTo("system:liaison-service.escalation");
        assertThat(escalated.get("action").asText()).isEqualTo("escalate");
        assertThat(escalated.get("inmateId").asText()).isEqualTo(inmateId.toString());
        assertThat(escalated.get("changes").get("state")).isEqualTo(change("OPEN", "ESCALATED"));
        assertThat(escalated.get("changes").get("escalatedAt").get("after").isNull()).isFalse();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>findById(notification.id).version))
                .as("one version per change").isEqualTo(2);
    }
}
