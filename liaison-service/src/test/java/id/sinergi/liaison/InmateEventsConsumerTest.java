package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.liaison.domain.InmateSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InmateEventsConsumerTest {

    private static final String TOPIC = "inmate.events.v1";

    private final KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());

    private static ObjectNode admitted(UUID inmateId) {
        return AsyncApiExamples.example(AsyncApiExamples.document("inmate-service", "inmate-events.yaml"),
                "InmateAdmitted", "inmate.inmateId", inmateId);
    }

    private static InmateSnapshot known(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> InmateSnapshot.findById(inmateId));
    }

    private static long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) InmateSnapshot.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = CAST(?1 AS uuid)", Long.class)
                .setParameter(1, eventId).getSingleResult());
    }

    @Test
    void theProducersExampleBuildsTheReadModelOnceEvenWhenRedelivered() {
        UUID inmateId = UUID.randomUUID();
        ObjectNode event = admitted(inmateId);
        kafka.send(TOPIC, inmateId.toString(), AsyncApiExamples.json(event));
        kafka.send(TOPIC, inmateId.toString(), AsyncApiExamples.json(event));
        UUID later = UUID.randomUUID();
        // Sent with the same key, so it lands behind both copies in the same partition.
        ObjectNode marker = admitted(later);
        marker.put("subject", inmateId.toString());
        kafka.send(TOPIC, inmateId.toString(), AsyncApiExamples.json(marker));

        await().atMost(Duration.ofSeconds(30)).until(() -> known(later) != null);
        InmateSnapshot inmate = known(inmateId);
        assertThat(inmate.registerNumber).isEqualTo("B.I-0123/2026");
        assertThat(inmate.riskLevel).isEqualTo("HIGH");
        assertThat(inmate.fullName).isEqualTo("Ahmad Rizani");
        assertThat(processedCount(event.get("id").asText())).isEqualTo(1);
    }

    @Test
    void anEventMissingRequiredDataIsDeadLetteredAndTheNextOneApplied() {
        UUID broken = UUID.randomUUID();
        ObjectNode event = admitted(broken);
        ((ObjectNode) event.at("/data/inmate")).remove("registerNumber");
        kafka.send(TOPIC, broken.toString(), AsyncApiExamples.json(event));
        UUID next = UUID.randomUUID();
        ObjectNode good = admitted(next);
        good.put("subject", broken.toString());
        kafka.send(TOPIC, broken.toString(), AsyncApiExamples.json(good));

        await().atMost(Duration.ofSeconds(30)).until(() -> known(next) != null);
        assertThat(known(broken)).isNull();
        var dead = kafka.readUntil(TOPIC + ".liaison-service.dlq",
                read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> broken.toString().equals(r.key()));
    }
}
