package id.sinergi.platform;

import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class IdempotentConsumerTest {

    private static final String TOPIC = "program.events.v1";
    private static final String DEAD_LETTERS = "program.events.v1.liaison-service.dlq";

    @Inject
    EntityManager entityManager;

    private KafkaTestClient kafka() {
        return new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
    }

    private static String event(UUID id, String type, String subject) {
        return event(id, type, "program-service", subject);
    }

    private static String event(UUID id, String type, String source, String subject) {
        return """
                {"specversion":"1.0","id":"%s","type":"%s","source":"%s","subject":"%s",
                 "time":"2026-11-28T09:00:00Z","datacontenttype":"application/json","data":{"n":1}}"""
                .formatted(id, type, source, subject);
    }

    private String recordedName(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<String> types = entityManager
                    .createNativeQuery("SELECT event_type FROM processed_event WHERE event_id = ?1", String.class)
                    .setParameter(1, eventId).getResultList();
            return types.isEmpty() ? null : types.get(0);
        });
    }

    private Integer timesApplied(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<Integer> applied = entityManager
                    .createNativeQuery("SELECT applied FROM applied_event WHERE event_id = ?1", Integer.class)
                    .setParameter(1, eventId)
                    .getResultList();
            return applied.isEmpty() ? null : applied.get(0);
        });
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        UUID id = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        kafka().send(TOPIC, "a-1", event(id, "test.applied", "a-1"));
        kafka().send(TOPIC, "a-1", event(id, "test.applied", "a-1"));
        kafka().send(TOPIC, "a-1", event(after, "test.applied", "a-1"));

        // The third message comes after both copies in the same partition: once it is applied,
        // the duplicate has been seen too.
        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(after) != null);
        assertThat(timesApplied(id)).isEqualTo(1);
    }

    @Test
    void anEventNamedAsBeforeIssue24AndOneNamedAsNowReachTheSameHandlerAndAreRecordedByName() {
        String key = "names-" + UUID.randomUUID();
        UUID legacy = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        kafka().send(TOPIC, key, event(legacy, "test.applied", "program-service", key));
        kafka().send(TOPIC, key, event(current, "id.sinergi.test.applied", "https://sinergi.id/services/program-service", key));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(current) != null);
        assertThat(timesApplied(legacy)).isEqualTo(1);
        assertThat(timesApplied(current)).isEqualTo(1);
        assertThat(recordedName(legacy)).isEqualTo("test.applied");
        assertThat(recordedName(current)).isEqualTo("test.applied");
    }

    @Test
    void anEventTypeWithoutAHandlerIsRecordedAndSkippedInEitherForm() {
        String key = "unknown-" + UUID.randomUUID();
        UUID legacy = UUID.randomUUID();
        UUID current = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        kafka().send(TOPIC, key, event(legacy, "test.added-later", key));
        kafka().send(TOPIC, key, event(current, "id.sinergi.test.added-later", key));
        kafka().send(TOPIC, key, event(next, "id.sinergi.test.applied", key));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(next) != null);
        // Recorded as processed (a dead-lettered event is not): skipped, as a type added later always was.
        assertThat(recordedName(legacy)).isEqualTo("test.added-later");
        assertThat(recordedName(current)).isEqualTo("test.added-later");
        assertThat(timesApplied(legacy)).isNull();
        assertThat(timesApplied(current)).isNull();
    }

    @Test
    void aMessageThatIsNotAnEventGoesToTheDeadLetterTopicAndTheConsumerGoesOn() {
        String poisonKey = "poison-" + UUID.randomUUID();
        UUID next = UUID.randomUUID();
        kafka().send(TOPIC, poisonKey, "{this is not json");
        kafka().send(TOPIC, poisonKey, event(next, "test.applied", poisonKey));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(next) != null);
        ConsumerRecord<String, String> dead = deadLetter(poisonKey);
        assertThat(dead.value()).isEqualTo("{this is not json");
        assertThat(header(dead, "dead-letter-reason")).contains("not JSON");
    }

    @Test
    void anEventWhoseHandlerKeepsFailingIsDeadLetteredAfterRetries() {
        String key = "failing-" + UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID next = UUID.randomUUID();
        kafka().send(TOPIC, key, event(failing, "test.fail", key));
        kafka().send(TOPIC, key, event(next, "test.applied", key));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(next) != null);
        ConsumerRecord<String, String> dead = deadLetter(key);
        assertThat(dead.value()).contains(failing.toString());
        assertThat(header(dead, "dead-letter-reason")).contains("always fails");
        Long recorded = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1", Long.class)
                .setParameter(1, failing).getSingleResult());
        assertThat(recorded).as("a failed event is not marked processed").isZero();
    }

    @Test
    void aPollsEventsAreAppliedInOneTransactionEachOnce() {
        String key = "batch-" + UUID.randomUUID();
        List<UUID> ids = java.util.stream.Stream.generate(UUID::randomUUID).limit(20).toList();
        List<String> events = new ArrayList<>(ids.stream().map(id -> event(id, "test.applied", key)).toList());
        events.add(event(ids.get(0), "test.applied", key));
        kafka().sendAll(TOPIC, key, events);

        await().atMost(Duration.ofSeconds(30)).until(() -> ids.stream().allMatch(id -> timesApplied(id) != null));
        assertThat(ids).allSatisfy(id -> assertThat(timesApplied(id)).isEqualTo(1));
        // processed_at is the transaction's start: events applied together share it.
        Long transactions = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                        "SELECT count(DISTINCT processed_at) FROM processed_event WHERE event_id = ANY (?1)", Long.class)
                .setParameter(1, ids.toArray(UUID[]::new)).getSingleResult());
        assertThat(transactions).as("transactions for 20 events sent together").isLessThan(20);
    }

    @Test
    void aFailingEventInABatchGoesAloneToTheDeadLetterTopicAndTheRestIsAppliedOnce() {
        String key = "mixed-" + UUID.randomUUID();
        UUID first = UUID.randomUUID();
        UUID failing = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID last = UUID.randomUUID();
        kafka().sendAll(TOPIC, key, List.of(event(first, "test.applied", key), event(failing, "test.fail", key),
                event(second, "test.applied", key), "{not an event", event(first, "test.applied", key),
                event(last, "test.applied", key)));

        await().atMost(Duration.ofSeconds(30)).until(() -> timesApplied(last) != null);
        assertThat(List.of(first, second, last)).allSatisfy(id -> assertThat(timesApplied(id)).isEqualTo(1));
        List<ConsumerRecord<String, String>> dead = kafka().readUntil(DEAD_LETTERS,
                read -> read.stream().filter(r -> key.equals(r.key())).count() >= 2, Duration.ofSeconds(30))
                .stream().filter(r -> key.equals(r.key())).toList();
        assertThat(dead).extracting(ConsumerRecord::value)
                .containsExactlyInAnyOrder(event(failing, "test.fail", key), "{not an event");
        Long recorded = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1", Long.class)
                .setParameter(1, failing).getSingleResult());
        assertThat(recorded).as("a failed event is not marked processed").isZero();
    }

    private ConsumerRecord<String, String> deadLetter(String key) {
        List<ConsumerRecord<String, String>> records = kafka().readUntil(DEAD_LETTERS,
                read -> read.stream().anyMatch(r -> key.equals(r.key())), Duration.ofSeconds(30));
        return records.stream().filter(r -> key.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("nothing with key " + key + " on " + DEAD_LETTERS));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
