package id.sinergi.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testapp.TracedEventsConsumer;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ObservabilityTest {


    @Inject
    EntityManager entityManager;

    private final ObjectMapper json = new ObjectMapper();

    private static String createNote(String text, Map<String, String> headers) {
        return given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).headers(headers)
                .body("{\"text\":\"" + text + "\",\"colour\":\"RED\"}").when().post("/notes")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static String metrics() {
        return given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The sum of a metric's samples whose label set contains every fragment; 0 when there are none. */
    private static double metric(String name, String... labelFragments) {
        double sum = 0;
        for (String line : metrics().split("\n")) {
            if (!line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean matches = true;
            for (String fragment : labelFragments) {
                matches &= line.contains(fragment);
            }
            if (matches) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    private static JsonPath readiness() {
        return given().when().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
    }

    private static String check(JsonPath health, String name, String field) {
        return health.getString("checks.find { it.name == '" + name + "' }.data." + field);
    }

    @Test
    void prometheusServesHttpJvmDatasourceKafkaAndOutboxMetrics() {
        createNote("metrics", Map.of());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String metrics = metrics();
            assertThat(metrics)
                    .contains("http_server_requests_seconds_bucket{")
                    .contains("jvm_memory_used_bytes")
                    .contains("agroal_active_count")
                    .contains("kafka_producer_")
                    .contains("kafka_consumer_")
                    .contains("sinergi_outbox_backlog{application=\"platform-test\"")
                    .contains("sinergi_outbox_oldest_age_seconds")
                    .contains("sinergi_outbox_published_total")
                    .contains("sinergi_kafka_reachable");
        });
    }

    @Test
    void theBacklogRisesWhileKafkaIsDownReadinessSaysDegradedAndBothRecoverAfter() {
        await().atMost(Duration.ofSeconds(30)).until(() -> metric("sinergi_outbox_backlog") == 0
                && "ok".equals(check(readiness(), "kafka", "status")));
        SinergiTestResource.kafka().stop();
        try {
            for (int i = 0; i < 5; i++) {
                createNote("backlog-" + i, Map.of());
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(metric("sinergi_outbox_backlog")).isGreaterThanOrEqualTo(5);
                assertThat(metric("sinergi_outbox_oldest_age_seconds")).isGreaterThan(1);
                assertThat(metric("sinergi_kafka_reachable")).isZero();
                JsonPath health = readiness();
                assertThat(health.getString("status")).isEqualTo("UP");
                assertThat(check(health, "outbox", "status")).isEqualTo("degraded");
                assertThat(check(health, "kafka", "status")).isEqualTo("degraded");
            });
        } finally {
            SinergiTestResource.kafka().start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(metric("sinergi_outbox_backlog")).isZero();
            assertThat(metric("sinergi_outbox_oldest_age_seconds")).isZero();
            JsonPath health = readiness();
            assertThat(check(health, "outbox", "status")).isEqualTo("ok");
            assertThat(check(health, "kafka", "status")).isEqualTo("ok");
        });
    }

    @Test
    void eventsConsumedAndDeadLetteredAreCountedPerTopic() {
        String topic = "topic=\"program.events.v1\"";
        double applied = metric("sinergi_events_consumed_total", topic, "outcome=\"applied\"");
        double poison = metric("sinergi_events_dead_lettered_total", topic, "reason=\"poison\"");
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        String key = "counted-" + UUID.randomUUID();
        kafka.send("program.events.v1", key, "not an event");
        kafka.send("program.events.v1", key, """
                {"specversion":"1.0","id":"%s","type":"test.applied","source":"program-service","subject":"%s","data":{}}"""
                .formatted(UUID.randomUUID(), key));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(metric("sinergi_events_consumed_total", topic, "outcome=\"applied\"")).isEqualTo(applied + 1);
            assertThat(metric("sinergi_events_dead_lettered_total", topic, "reason=\"poison\"")).isEqualTo(poison + 1);
        });
    }

    @Test
    void aTraceGoesFromTheRequestThroughTheOutboxAndKafkaIntoTheConsumer() throws Exception {
        String traceId = hex(32);
        String id = createNote("traced", Map.of("traceparent", "00-" + traceId + "-" + hex(16) + "-01"));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("SELECT trace_parent FROM outbox_event WHERE aggregate_id = ?1")
                .setParameter(1, id).getSingleResult());
        assertThat(stored).startsWith("00-" + traceId + "-");

        ConsumerRecord<String, String> record = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers())
                .readUntil("inmate.events.v1", read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        Header header = record.headers().lastHeader("traceparent");
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).isEqualTo(stored);
        assertThat(json.readTree(record.value()).get("traceparent").asText()).isEqualTo(stored);

        await().atMost(Duration.ofSeconds(30)).until(() -> TracedEventsConsumer.TRACE_IDS.containsKey(id));
        assertThat(TracedEventsConsumer.TRACE_IDS.get(id)).isEqualTo(traceId);
    }

    @Test
    void theAuditTrailRecordsWhoChangedWhichFieldsWithBeforeAndAfter() throws Exception {
        String requestId = "req-" + UUID.randomUUID();
        String id = createNote("first text", Map.of());
        given().auth().oauth2(TestTokens.OTHER_REGISTRAR).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .header("X-Request-Id", requestId)
                .body("{\"text\":\"second text\",\"colour\":\"RED\"}").when().put("/notes/" + id)
                .then().statusCode(200);

        JsonNode trail = json.readTree(given().auth().oauth2(TestTokens.AUDITOR)
                .queryParam("entityType", "Note").queryParam("entityId", id)
                .when().get("/notes/audit").then().statusCode(200).extract().asString());
        assertThat(trail.get("total").asInt()).isEqualTo(2);
        JsonNode update = trail.get("items").get(0);
        assertThat(update.get("operation").asText()).isEqualTo("UPDATE");
        assertThat(update.get("actor").asText()).isEqualTo("registrar-2");
        assertThat(update.get("action").asText()).isEqualTo("update");
        assertThat(update.get("requestId").asText()).isEqualTo(requestId);
        assertThat(update.get("changes")).isEqualTo(json.readTree(
                "{\"text\":{\"before\":\"first text\",\"after\":\"second text\"}}"));
        JsonNode creation = trail.get("items").get(1);
        assertThat(creation.get("operation").asText()).isEqualTo("CREATE");
        assertThat(creation.get("actor").asText()).isEqualTo("registrar-1");
        assertThat(creation.get("changes").get("colour")).isEqualTo(json.readTree("{\"before\":null,\"after\":\"RED\"}"));
        assertThat(creation.get("changes").has("version")).as("the version is not a change anyone made").isFalse();

        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes/audit").then().statusCode(403);
        given().auth().oauth2(TestTokens.AUDITOR).queryParam("inmateId", "nope").when().get("/notes/audit").then().statusCode(400);
        assertThat(given().auth().oauth2(TestTokens.AUDITOR).queryParam("actor", "registrar-2").queryParam("entityId", id)
                .when().get("/notes/audit").then().statusCode(200).extract().jsonPath().getInt("total")).isEqualTo(1);
        // The test application says of no note which facility it belongs to: a facility's auditor finds none of them.
        assertThat(given().auth().oauth2(TestTokens.FACILITY_AUDITOR).queryParam("entityId", id)
                .when().get("/notes/audit").then().statusCode(200).extract().jsonPath().getInt("total")).isZero();
    }

    private static String hex(int length) {
        StringBuilder hex = new StringBuilder();
        while (hex.length() < length) {
            hex.append(Long.toHexString(ThreadLocalRandom.current().nextLong() | Long.MIN_VALUE));
        }
        return hex.substring(0, length);
    }
}
