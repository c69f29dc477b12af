package id.sinergi.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OutboxRelayTest {

    @Inject
    EntityManager entityManager;

    private static final String TOPIC = "inmate.events.v1";
    private final ObjectMapper json = new ObjectMapper();

    private static String createNote(String text) {
        return given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"colour\":\"RED\"}").when().post("/notes")
                .then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static List<ConsumerRecord<String, String>> recordsAbout(Set<String> ids, int expected) {
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        return kafka.readUntil(TOPIC, read -> read.stream().filter(r -> ids.contains(r.key())).count() >= expected,
                        Duration.ofSeconds(60))
                .stream().filter(r -> ids.contains(r.key())).toList();
    }

    private List<JsonNode> eventsAbout(Set<String> ids, int expected) {
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, String> record : recordsAbout(ids, expected)) {
            try {
                events.add(json.readTree(record.value()));
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + record.value(), e);
            }
        }
        return events;
    }

    @Test
    void aChangeIsPublishedAsACloudEventKeyedByItsAggregate() throws Exception {
        String id = createNote("published");
        List<ConsumerRecord<String, String>> records = recordsAbout(Set.of(id), 1);

        assertThat(records).hasSize(1);
        JsonNode event = json.readTree(records.get(0).value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        // Issue 24: the reverse-DNS type made from the event's name, the service's absolute URI as source.
        assertThat(event.get("type").asText()).isEqualTo("id.sinergi.note.created");
        assertThat(event.get("source").asText()).isEqualTo("https://sinergi.id/services/platform-test");
        assertThat(URI.create(event.get("source").asText()).isAbsolute()).isTrue();
        // Structured mode: the envelope is the value, and no binary-mode ce_ header says otherwise.
        Headers headers = records.get(0).headers();
        assertThat(new String(headers.lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .startsWith("application/cloudevents+json");
        assertThat(headers).extracting(Header::key).noneMatch(key -> key.startsWith("ce_") || key.startsWith("ce-"));
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.get("id").asText()).hasSize(36);
        assertThat(event.get("time")).isNotNull();
        assertThat(event.get("data").get("text").asText()).isEqualTo("published");
    }

    @Test
    void eventsOfOneAggregateKeepTheirOrder() {
        String id = createNote("v0");
        for (int i = 1; i <= 5; i++) {
            given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).header("If-Match", "\"" + (i - 1) + "\"")
                    .body("{\"text\":\"v" + i + "\",\"colour\":\"RED\"}").when().put("/notes/" + id)
                    .then().statusCode(200);
        }
        List<String> texts = eventsAbout(Set.of(id), 6).stream().map(e -> e.get("data").get("text").asText()).toList();
        assertThat(texts).containsExactly("v0", "v1", "v2", "v3", "v4", "v5");
    }

    @Test
    void aBacklogOfManyAggregatesGoesOutThroughEveryLaneEachAggregateInOrder() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        List<String> aggregates = IntStream.range(0, 40).mapToObj(i -> "backlog-" + run + "-" + i).toList();
        // Ten events of each aggregate, interleaved, committed at once: the lanes share them out.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        INSERT INTO outbox_event (event_id, event_type, aggregate_id, payload, occurred_at)
                        SELECT gen_random_uuid(), 'note.updated', aggregate, jsonb_build_object('sequence', sequence), now()
                        FROM generate_series(1, 10) AS sequence, unnest(?1) AS aggregate
                        ORDER BY sequence, aggregate""")
                .setParameter(1, aggregates.toArray(String[]::new)).executeUpdate());

        List<JsonNode> events = eventsAbout(Set.copyOf(aggregates), 400);
        Map<String, List<Integer>> sequences = events.stream().collect(Collectors.groupingBy(e -> e.get("subject").asText(),
                Collectors.mapping(e -> e.get("data").get("sequence").asInt(), Collectors.toList())));
        assertThat(sequences).hasSize(40);
        assertThat(sequences.values()).allSatisfy(sequence ->
                assertThat(sequence).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    }

    @Test
    void writesSucceedWhileKafkaIsDownAndTheirEventsFollowWhenItReturns() {
        SinergiTestResource.kafka().stop();
        Set<String> ids;
        long slowest;
        try {
            List<String> created = new ArrayList<>();
            long worst = 0;
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                created.add(createNote("outage-" + i));
                worst = Math.max(worst, System.nanoTime() - started);
            }
            ids = Set.copyOf(created);
            slowest = Duration.ofNanos(worst).toMillis();
        } finally {
            SinergiTestResource.kafka().start();
        }
        assertThat(slowest).as("slowest write while Kafka was down, ms").isLessThan(2_000);

        List<JsonNode> events = eventsAbout(ids, ids.size());
        Set<String> subjects = events.stream().map(e -> e.get("subject").asText()).collect(Collectors.toSet());
        assertThat(subjects).isEqualTo(ids);
    }
}
