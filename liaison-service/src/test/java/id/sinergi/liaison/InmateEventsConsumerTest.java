package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.liaison.domain.InmateSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static id.sinergi.liaison.Feed.known;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InmateEventsConsumerTest {

    private static ObjectNode admitted(UUID inmateId) {
        return AsyncApiExamples.example(Feed.INMATE_EVENTS, "InmateAdmitted", "inmate.inmateId", inmateId);
    }

    /** How often the read model's consumer recorded the event (the webhook consumer records it apart, as its own). */
    private static long processedCount(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) InmateSnapshot.getEntityManager()
                .createNativeQuery("""
                        SELECT count(*) FROM processed_event
                        WHERE consumer = 'liaison-service.inmate-events' AND event_id = CAST(?1 AS uuid)""", Long.class)
                .setParameter(1, eventId).getSingleResult());
    }

    @Test
    void theProducersExampleBuildsTheReadModelOnceEvenWhenRedelivered() {
        UUID inmateId = UUID.randomUUID();
        ObjectNode event = admitted(inmateId);
        Feed.send(Feed.INMATE_TOPIC, inmateId, event);
        Feed.send(Feed.INMATE_TOPIC, inmateId, event);
        UUID later = UUID.randomUUID();
        // Sent with the same key, so it lands behind both copies in the same partition.
        ObjectNode marker = admitted(later);
        marker.put("subject", inmateId.toString());
        Feed.send(Feed.INMATE_TOPIC, inmateId, marker);

        Feed.awaitApplied(() -> known(later) != null);
        InmateSnapshot inmate = known(inmateId);
        assertThat(inmate.registerNumber).isEqualTo("B.I-0123/2026");
        assertThat(inmate.riskLevel).isEqualTo("HIGH");
        assertThat(inmate.fullName).isEqualTo("Ahmad Rizani");
        assertThat(inmate.facility).isEqualTo("LAPAS-AMUNTAI");
        assertThat(inmate.expectedRelease).isEqualTo(LocalDate.parse("2031-07-15"));
        assertThat(inmate.offenceCategories).containsExactly("NARCOTICS");
        assertThat(processedCount(event.get("id").asText())).isEqualTo(1);
    }

    @Test
    void everyInmateEventTypeKeepsTheBasicView() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.inmateEvent("InmateRiskChanged", inmateId, e -> Feed.inmate(e).put("riskLevel", "MEDIUM"));
        Feed.awaitApplied(() -> "MEDIUM".equals(known(inmateId).riskLevel));
        Feed.inmateEvent("InmateUpdated", inmateId, e -> Feed.inmate(e).put("riskLevel", "MEDIUM"));
        Feed.awaitApplied(() -> LocalDate.parse("2031-06-15").equals(known(inmateId).expectedRelease));
        Feed.inmateEvent("InmateClassChanged", inmateId, e -> Feed.inmate(e).put("cellBlock", "C-1"));
        Feed.awaitApplied(() -> "C-1".equals(known(inmateId).cellBlock));
        // The producer's first example is a transfer within the region: IN_TRANSIT, a status of the region, no poison.
        Feed.inmateEvent("InmateTransferred", inmateId, e -> { });
        Feed.awaitApplied(() -> "IN_TRANSIT".equals(known(inmateId).status));
        assertThat(known(inmateId).offenceCategories).as("only the admission names offences").containsExactly("NARCOTICS");
    }

    @Test
    void anOlderSnapshotDeliveredAfterANewerOneChangesNothing() {
        UUID inmateId = Feed.admittedHighRisk();
        ObjectNode older = Feed.inmateEvent("InmateRiskChanged", inmateId, e -> Feed.inmate(e).put("riskLevel", "MEDIUM"));
        Feed.awaitApplied(() -> "MEDIUM".equals(known(inmateId).riskLevel));
        ObjectNode newer = Feed.inmateEvent("InmateMoved", inmateId,
                e -> Feed.inmate(e).put("riskLevel", "LOW").put("location", "COURT"));
        Feed.awaitApplied(() -> "COURT".equals(known(inmateId).location));
        InmateSnapshot before = known(inmateId);
        assertThat(before.snapshotVersion).isEqualTo(newer.at("/data/inmate/version").asLong())
                .isGreaterThan(older.at("/data/inmate/version").asLong());

        // The older event again, as a re-drive from the dead-letter topic sends one never processed (an id not yet seen).
        older.put("id", UUID.randomUUID().toString());
        Feed.send(Feed.INMATE_TOPIC, inmateId, older);
        UUID later = UUID.randomUUID();
        ObjectNode marker = admitted(later);
        marker.put("subject", inmateId.toString());
        Feed.send(Feed.INMATE_TOPIC, inmateId, marker);
        Feed.awaitApplied(() -> known(later) != null);

        assertThat(processedCount(older.get("id").asText())).as("the older event was consumed").isEqualTo(1);
        InmateSnapshot after = known(inmateId);
        assertThat(after.riskLevel).isEqualTo("LOW");
        assertThat(after.location).isEqualTo("COURT");
        assertThat(after.snapshotVersion).isEqualTo(before.snapshotVersion);
        assertThat(after.updatedAt).isEqualTo(before.updatedAt);
    }

    @Test
    void anEventWithoutTheRecordsVersionIsDeadLettered() {
        UUID broken = UUID.randomUUID();
        ObjectNode event = admitted(broken);
        ((ObjectNode) event.at("/data/inmate")).remove("version");
        Feed.send(Feed.INMATE_TOPIC, broken, event);
        UUID next = UUID.randomUUID();
        ObjectNode good = admitted(next);
        good.put("subject", broken.toString());
        Feed.send(Feed.INMATE_TOPIC, broken, good);

        Feed.awaitApplied(() -> known(next) != null);
        assertThat(known(broken)).isNull();
        var dead = Feed.kafka().readUntil(Feed.INMATE_TOPIC + ".liaison-service.dlq",
                read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> broken.toString().equals(r.key()));
    }

    @Test
    void anEventMissingRequiredDataIsDeadLetteredAndTheNextOneApplied() {
        UUID broken = UUID.randomUUID();
        ObjectNode event = admitted(broken);
        ((ObjectNode) event.at("/data/inmate")).remove("registerNumber");
        Feed.send(Feed.INMATE_TOPIC, broken, event);
        UUID next = UUID.randomUUID();
        ObjectNode good = admitted(next);
        good.put("subject", broken.toString());
        Feed.send(Feed.INMATE_TOPIC, broken, good);

        Feed.awaitApplied(() -> known(next) != null);
        assertThat(known(broken)).isNull();
        var dead = Feed.kafka().readUntil(Feed.INMATE_TOPIC + ".liaison-service.dlq",
                read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> broken.toString().equals(r.key()));
    }
}
