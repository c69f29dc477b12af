package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Logs, metrics, readiness, traces and the audit trail of the register. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ObservabilityTest {

    private final ObjectMapper json = new ObjectMapper();

    private static String traceId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    private static String traceparent(String traceId) {
        return "00-" + traceId + "-" + Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE) + "-01";
    }

    private JsonNode auditTrail(String inmateId) throws Exception {
        return json.readTree(as(TestTokens.AUDITOR).queryParam("inmateId", inmateId)
                .when().get("/api/v1/inmates/audit").then().statusCode(200).extract().asString());
    }

    @Test
    void anAdmissionsLogLinesCarryItsRequestIdAndNeitherTheNameNorTheNik() {
        String name = "Observasi Zulkarnain";
        String nik = randomNik();
        String requestId = "desk-" + UUID.randomUUID();
        String traceId = traceId();
        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.start()) {
            as(TestTokens.REGISTRAR).header("X-Request-Id", requestId).header("traceparent", traceparent(traceId))
                    .body(convict(name, nik, "2026-01-15", 2, 0)).when().post("/api/v1/inmates")
                    .then().statusCode(201);
            lines = logs.lines();
        }
        assertThat(lines).anySatisfy(line -> {
            assertThat(line.text()).isEqualTo("POST /api/v1/inmates -> 201");
            assertThat(line.mdc()).containsEntry("requestId", requestId).containsEntry("userSubject", "registrar-1")
                    .containsEntry("traceId", traceId);
        });
        List<String> personal = new java.util.ArrayList<>(Arrays.asList(name.split(" ")));
        personal.add(nik);
        assertThat(lines).allSatisfy(line -> {
            String everything = line.text() + " " + line.mdc();
            personal.forEach(word -> assertThat(everything).doesNotContainIgnoringCase(word));
        });
    }

    @Test
    void theAuditTrailShowsWhoCorrectedWhichDetailsBeforeAndAfterToAuditorsOnly() throws Exception {
        String oldNik = randomNik();
        String id = admitted(convict("Audit Sebelum", oldNik, "2026-01-15", 3, 0));
        String newNik = randomNik();
        as(TestTokens.HEAD).header("If-Match", "\"0\"").body("""
                        {"fullName":"Audit Sesudah","aliases":["Udin"],"nik":"%s","birthPlace":"Amuntai","birthDate":"1990-03-12",
                         "sex":"MALE","nationality":"IDN"}""".formatted(newNik))
                .when().put("/api/v1/inmates/" + id + "/personal-details").then().statusCode(200);
        as(TestTokens.SECURITY).header("If-Match", "\"1\"").body("{\"level\":\"MEDIUM\",\"reason\":\"Good conduct for six months\"}")
                .when().post("/api/v1/inmates/" + id + "/risk-assessments").then().statusCode(200);

        // The identity is the person's (issue 20): its creation and correction are filed under the stay
        // they were made through, beside the stay's own changes.
        JsonNode trail = auditTrail(id);
        assertThat(trail.get("total").asInt()).isEqualTo(5);
        JsonNode risk = trail.get("items").get(0).get("entityType").asText().equals("Inmate")
                ? trail.get("items").get(0) : trail.get("items").get(1);
        assertThat(risk.get("actor").asText()).isEqualTo("kamtib-1");
        assertThat(risk.get("action").asText()).isEqualTo("assessRisk");
        assertThat(risk.get("changes")).isEqualTo(json.readTree("{\"riskLevel\":{\"before\":\"HIGH\",\"after\":\"MEDIUM\"}}"));

        JsonNode correction = trail.get("items").get(2);
        assertThat(correction.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(correction.get("entityType").asText()).isEqualTo("Person");
        assertThat(correction.get("actor").asText()).isEqualTo("kalapas");
        assertThat(correction.get("action").asText()).isEqualTo("updatePersonalDetails");
        assertThat(correction.get("changes")).isEqualTo(json.readTree("""
                {"fullName":{"before":"Audit Sebelum","after":"Audit Sesudah"},"nik":{"before":"%s","after":"%s"}}"""
                .formatted(oldNik, newNik)));

        JsonNode admission = trail.get("items").get(3).get("entityType").asText().equals("Inmate")
                ? trail.get("items").get(3) : trail.get("items").get(4);
        assertThat(admission.get("operation").asText()).isEqualTo("CREATE");
        assertThat(admission.get("entityId").asText()).isEqualTo(id);
        assertThat(admission.get("action").asText()).isEqualTo("admitInmate");
        assertThat(admission.get("changes").get("registerClass").get("after").asText()).isEqualTo("B.I");

        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/audit").then().statusCode(403);
        as(TestTokens.HEAD).when().get("/api/v1/inmates/audit").then().statusCode(403);
        assertThat(as(TestTokens.AUDITOR).queryParam("inmateId", id).queryParam("actor", "kalapas")
                .when().get("/api/v1/inmates/audit").then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
    }

    @Test
    void anAdmissionsTraceTravelsWithItsEvent() throws Exception {
        String traceId = traceId();
        String id = as(TestTokens.REGISTRAR).header("traceparent", traceparent(traceId)).body(convict("Jejak Admisi"))
                .when().post("/api/v1/inmates").then().statusCode(201).extract().jsonPath().getString("id");

        ConsumerRecord<String, String> record = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers())
                .readUntil("inmate.events.v1", read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(new String(record.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                .startsWith("00-" + traceId + "-");
        assertThat(json.readTree(record.value()).get("traceparent").asText()).startsWith("00-" + traceId + "-");
    }

    @Test
    void aLiaisonEventsTraceContinuesIntoTheChangeItMakes() throws Exception {
        String id = admitted(convict("Jejak Pinjaman"));
        String loanId = UUID.randomUUID().toString();
        String traceId = traceId();
        ObjectNode event = AsyncApiExamples.example(AsyncApiExamples.document("liaison-service", "liaison-events.yaml"),
                "PoliceLoanChanged", "inmateId", UUID.fromString(id));
        ((ObjectNode) event.get("data")).put("loanId", loanId).put("state", "CHECKED_OUT");
        event.put("subject", loanId).put("traceparent", traceparent(traceId));
        new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers())
                .send("liaison.events.v1", loanId, AsyncApiExamples.json(event));

        // Admission: the person and the stay (issue 20); then the loan's move.
        await().atMost(Duration.ofSeconds(30)).until(() -> auditTrail(id).get("total").asInt() == 3);
        JsonNode move = auditTrail(id).get("items").get(0);
        assertThat(move.get("actor").asText()).isEqualTo("system:inmate-service.liaison-events");
        assertThat(move.get("action").asText()).isEqualTo("liaison.police-loan-changed");
        assertThat(move.get("traceId").asText()).isEqualTo(traceId);
        assertThat(move.get("changes").get("location").get("after").asText()).isEqualTo("POLICE_LOAN");
    }

    @Test
    void metricsAndReadinessCoverTheDatabaseKafkaAndTheOutbox() {
        admit(convict("Metrik")).then().statusCode(201);
        String metrics = as(TestTokens.REGISTRAR).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains("sinergi_outbox_backlog{application=\"inmate-service\"")
                .contains("sinergi_outbox_oldest_age_seconds{application=\"inmate-service\"")
                .contains("http_server_requests_seconds_count{application=\"inmate-service\"")
                .contains("uri=\"/api/v1/inmates\"")
                .contains("agroal_available_count");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath ready = as(TestTokens.REGISTRAR).when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getList("checks.name", String.class)).contains("kafka", "outbox")
                    .anyMatch(name -> name.startsWith("Database connections"));
            assertThat(ready.getString("checks.find { it.name == 'kafka' }.data.status")).isEqualTo("ok");
        });
    }
}
