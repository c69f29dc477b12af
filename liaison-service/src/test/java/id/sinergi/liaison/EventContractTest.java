package id.sinergi.liaison;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type liaison-service publishes is valid by its AsyncAPI payload
 * schema (types, enumerations, formats, required fields) and has the shape its AsyncAPI example documents: the
 * same fields, recursively. inmate-service's tests send those examples, so this keeps the producer
 * and its consumers honest with each other.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EventContractTest {

    private static final File ASYNCAPI = new File("src/main/resources/META-INF/resources/asyncapi/liaison-events.yaml");
    private static final AsyncApiContract CONTRACT = AsyncApiContract.of(ASYNCAPI.toPath());
    private static final Map<String, String> MESSAGES = Map.ofEntries(
            Map.entry("liaison.notification-issued", "NotificationIssued"),
            Map.entry("liaison.notification-acknowledged", "NotificationAcknowledged"),
            Map.entry("liaison.notification-escalated", "NotificationEscalated"),
            Map.entry("liaison.info-request-decided", "InfoRequestDecided"),
            Map.entry("liaison.police-loan-changed", "PoliceLoanChanged"),
            Map.entry("liaison.incident-reported", "IncidentReported"),
            Map.entry("liaison.detention-request-changed", "DetentionRequestChanged"),
            Map.entry("liaison.incident-changed", "IncidentChanged"),
            Map.entry("liaison.finding-recorded", "FindingRecorded"),
            Map.entry("liaison.other-case-changed", "OtherCaseChanged"),
            Map.entry("liaison.polres-unit-changed", "PolresUnitChanged"));

    @Inject
    EscalationJob escalation;

    private static List<Notification> notifiedAbout(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId", inmateId));
    }

    private static String notification(UUID inmateId, int days) {
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(days), days);
        Feed.awaitApplied(() -> notifiedAbout(inmateId).stream().anyMatch(n -> n.thresholdDays == days));
        return notifiedAbout(inmateId).stream().filter(n -> n.thresholdDays == days).findFirst().orElseThrow().id.toString();
    }

    @Test
    void everyEventTypeMatchesItsDocumentedExample() throws Exception {
        UUID inmateId = Feed.admittedHighRisk();
        // A release plan in Polres HSU's regency: the notices carry it (and their routing) as the example shows.
        ReleasePlanRoutingTest.releasePlanned(inmateId, "63.08", "Kabupaten Hulu Sungai Utara");
        Feed.enrolment("ProgramCompleted", inmateId, e -> { });
        Feed.enrolment("ProgramEnrolmentChanged", inmateId, e -> { });
        List<String> aggregates = new ArrayList<>();
        String acknowledged = notification(inmateId, 7);
        act(TestTokens.POLRES_OFFICER, "/api/v1/liaison/notifications/" + acknowledged, "acknowledge", "{\"note\":\"ok\"}")
                .then().statusCode(200);
        aggregates.add(acknowledged);
        aggregates.add(notification(inmateId, 30));
        escalation.run(OffsetDateTime.now().plusDays(3));
        String request = as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Penyidikan","requestedData":["IDENTITY"],
                 "legalBasis":{"letterNumber":"B/1/XI/2026"},"neededBy":"%s"}""".formatted(inmateId, LocalDate.now()))
                .when().post("/api/v1/liaison/info-requests").then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, "/api/v1/liaison/info-requests/" + request, "approve",
                "{\"accessExpiresAt\":\"" + OffsetDateTime.now().plusDays(10) + "\"}").then().statusCode(200);
        aggregates.add(request);
        OffsetDateTime now = OffsetDateTime.now();
        aggregates.add(as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","purpose":"Saksi","caseNumber":"LP/1","letterNumber":"B/2","borrowingUnit":"Satreskrim",
                 "plannedOutAt":"%s","plannedBackAt":"%s","escorts":[{"name":"Andi","rank":"Bripka","nrp":"1"}]}"""
                .formatted(inmateId, now.plusHours(1), now.plusHours(3)))
                .when().post("/api/v1/liaison/police-loans").then().statusCode(201).extract().path("id"));
        UUID detainee = UUID.randomUUID();
        Feed.inmateEvent("InmateAdmitted", detainee, e -> Feed.inmate(e).put("registerClass", "A.I")
                .put("detainingAuthority", "Satreskrim Polres Hulu Sungai Utara"));
        Feed.awaitApplied(() -> Feed.known(detainee) != null);
        aggregates.add(as(TestTokens.POLRES_OFFICER).body("""
                {"inmateId":"%s","kind":"EXTENSION","orderNumber":"B-1","orderDate":"%s","issuedBy":"Kejari HSU","endsOn":"%s"}"""
                .formatted(detainee, LocalDate.now(), LocalDate.now().plusDays(30)))
                .when().post("/api/v1/liaison/detention-requests").then().statusCode(201).extract().path("id"));
        String incident = IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("NARCOTICS", "HIGH", true, inmateId));
        aggregates.add(incident.substring(IncidentTest.INCIDENTS.length() + 1));
        act(TestTokens.POLRES_OFFICER, incident, "receive", "{\"policeReportNumber\":\"LP/B/9/XII/2026\"}").then().statusCode(200);
        String operation = JointOperationTest.OPERATIONS + "/" + as(TestTokens.SECURITY).body(JointOperationTest.plan("Razia kontrak"))
                .when().post(JointOperationTest.OPERATIONS).then().statusCode(201).extract().path("id");
        act(TestTokens.SECURITY, operation, "conduct", null).then().statusCode(200);
        aggregates.add(act(TestTokens.SECURITY, operation, "findings", JointOperationTest.finding("A-1", inmateId, null)).then()
                .statusCode(200).extract().path("findings[0].id"));
        String otherCase = OtherCaseTest.reported(inmateId, "LP/B/77/XII/2026/SPKT/Polres HSU");
        act(TestTokens.POLRES_OFFICER, otherCase, "close", "{\"outcome\":\"DROPPED_SP3\",\"reason\":\"SP3/1/XII/2026\"}")
                .then().statusCode(200);
        aggregates.add(otherCase.substring(OtherCaseTest.OTHER_CASES.length() + 1));
        String unit = "POLRES-KONTRAK-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        as(TestTokens.ADMIN).body("{\"name\":\"Polres Kontrak\",\"regencies\":[{\"code\":\"97." + (10 + (int) (Math.random() * 80))
                + "\",\"name\":\"Kabupaten Kontrak\"}]}").when().put("/api/v1/liaison/polres-units/" + unit).then().statusCode(201);
        aggregates.add(unit);

        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI);
        for (var message : MESSAGES.entrySet()) {
            JsonNode example = document.at("/components/messages/" + message.getValue() + "/examples/0/payload");
            assertThat(example.get("type").asText()).isEqualTo("id.sinergi." + message.getKey());
            List<JsonNode> produced = aggregates.stream().flatMap(id -> RecordedEvents.events(id, message.getKey()).stream()).toList();
            assertThat(produced).as("a %s event was produced", message.getKey()).isNotEmpty();
            for (JsonNode data : produced) {
                CONTRACT.assertDataMatches(message.getValue(), data);
                assertThat(AsyncApiExamples.fieldPaths(data)).as(message.getKey()).isEqualTo(AsyncApiExamples.fieldPaths(example.get("data")));
            }
        }
    }
}
