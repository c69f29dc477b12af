package id.sinergi.program;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.openProgramme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit trail of programmes and enrolments, traces from inmate events, metrics and readiness. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ObservabilityTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode auditTrail(String... filters) throws Exception {
        var request = as(TestTokens.AUDITOR);
        for (int i = 0; i < filters.length; i += 2) {
            request = request.queryParam(filters[i], filters[i + 1]);
        }
        return json.readTree(request.when().get("/api/v1/programs/audit").then().statusCode(200).extract().asString());
    }

    @Test
    void theAuditTrailShowsEachStepOfAnEnrolmentWithBeforeAndAfter() throws Exception {
        UUID inmate = Inmates.admitted();
        String enrolment = enrolled(openProgramme(5), inmate);
        Api.enrolmentAction(TestTokens.HEAD, enrolment, "suspend", "{\"reason\":\"Sick leave\"}").statusCode(200);

        JsonNode trail = auditTrail("inmateId", inmate.toString());
        assertThat(trail.get("total").asInt()).isEqualTo(3);
        JsonNode suspension = trail.get("items").get(0);
        assertThat(suspension.get("entityType").asText()).isEqualTo("Enrolment");
        assertThat(suspension.get("entityId").asText()).isEqualTo(enrolment);
        assertThat(suspension.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(suspension.get("actor").asText()).isEqualTo("kalapas");
        assertThat(suspension.get("action").asText()).isEqualTo("suspendEnrolment");
        assertThat(suspension.get("changes").get("state"))
                .isEqualTo(json.readTree("{\"before\":\"ACTIVE\",\"after\":\"SUSPENDED\"}"));
        assertThat(suspension.get("changes").get("reason").get("after").asText()).isEqualTo("Sick leave");
        assertThat(suspension.get("changes").has("changedAt")).isFalse();
        JsonNode approval = trail.get("items").get(1);
        assertThat(approval.get("action").asText()).isEqualTo("approveEnrolment");
        assertThat(approval.get("changes").get("state").get("before").asText()).isEqualTo("REQUESTED");
        assertThat(trail.get("items").get(2).get("operation").asText()).isEqualTo("CREATE");

        as(TestTokens.OFFICER).when().get("/api/v1/programs/audit").then().statusCode(403);
        assertThat(auditTrail("entityType", "Programme", "actor", "programs-1").get("total").asInt()).isPositive();
    }

    @Test
    void anInmateEventsTraceContinuesIntoTheEnrolmentItEnds() throws Exception {
        UUID inmate = Inmates.admitted();
        String enrolment = enrolled(openProgramme(5), inmate);
        String traceId = UUID.randomUUID().toString().replace("-", "");
        ObjectNode release = Inmates.example("InmateReleased", inmate);
        release.put("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        Inmates.deliver(release);

        JsonNode ending = auditTrail("entityId", enrolment).get("items").get(0);
        assertThat(ending.get("actor").asText()).startsWith("system:program-service");
        assertThat(ending.get("action").asText()).isEqualTo("inmate.released");
        assertThat(ending.get("traceId").asText()).isEqualTo(traceId);
        assertThat(ending.get("changes").get("state").get("after").asText()).isEqualTo("ENDED");
    }

    @Test
    void metricsCountConsumedEventsAndReadinessCoversKafkaAndTheOutbox() {
        Inmates.admitted();
        String metrics = as(TestTokens.OFFICER).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .containsPattern("sinergi_events_consumed_total\\{application=\"program-service\",consumer=\"[^\"]+\",outcome=\"applied\",topic=\"inmate.events.v1\"} [1-9]")
                .contains("sinergi_outbox_backlog{application=\"program-service\"")
                .contains("kafka_consumer_");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath ready = as(TestTokens.OFFICER).when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
            assertThat(ready.getString("status")).isEqualTo("UP");
            assertThat(ready.getList("checks.name", String.class)).contains("kafka", "outbox");
        });
    }
}
