package id.sinergi.program;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.program.domain.KnownInmate;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import static org.awaitility.Awaitility.await;

/**
 * WBP as program-service learns of them: inmate-service's own AsyncAPI examples, adjusted and sent
 * to {@code inmate.events.v1}, then awaited in the read model.
 */
final class Inmates {

    static final String TOPIC = "inmate.events.v1";
    private static KafkaProducer<String, String> producer;

    private Inmates() {
    }

    /** The producer's documented example of a message, for this WBP, with a fresh event id. */
    static ObjectNode example(String message, UUID inmateId) {
        return AsyncApiExamples.example(AsyncApiExamples.document("inmate-service", "inmate-events.yaml"),
                message, "inmate.inmateId", inmateId);
    }

    /** The example with {@code data.inmate} fields replaced. */
    static ObjectNode example(String message, UUID inmateId, Map<String, String> inmate) {
        ObjectNode event = example(message, inmateId);
        ObjectNode view = (ObjectNode) event.at("/data/inmate");
        inmate.forEach(view::put);
        return event;
    }

    /** The event with its snapshot at another version of inmate-service's record (versions order snapshots). */
    static ObjectNode atVersion(ObjectNode event, long version) {
        ((ObjectNode) event.at("/data/inmate")).put("version", version);
        return event;
    }

    static void send(ObjectNode event) {
        try {
            producer().send(new ProducerRecord<>(TOPIC, event.get("subject").asText(), AsyncApiExamples.json(event))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot send to " + TOPIC, e.getCause());
        }
    }

    /** Admits WBP of a class and risk level and waits until program-service knows them. */
    static List<UUID> admitted(int count, String registerClass, String riskLevel) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            ids.add(id);
            send(example("InmateAdmitted", id, Map.of("registerClass", registerClass, "riskLevel", riskLevel,
                    "registerNumber", registerClass + "-" + (1000 + i) + "/2026")));
        }
        awaitKnown(ids);
        return ids;
    }

    static UUID admitted(String registerClass, String riskLevel) {
        return admitted(1, registerClass, riskLevel).get(0);
    }

    static UUID admitted() {
        return admitted("B.I", "LOW");
    }

    /** A WBP admitted to another facility of the region, known to program-service. */
    static UUID admittedTo(String facility) {
        UUID id = UUID.randomUUID();
        send(example("InmateAdmitted", id, Map.of("registerClass", "B.I", "riskLevel", "LOW", "facility", facility)));
        awaitKnown(List.of(id));
        return id;
    }

    /*
     * Transfers inside the region, as helper-common's contract of issue 22 states them. inmate-service's
     * AsyncAPI examples of them were being written at the same time, so these are built here from its
     * example of inmate.transferred (whichever status that example has) rather than read from the document.
     */

    /** {@code inmate.transferred} inside the region: IN_TRANSIT, still of {@code from}, received by {@code to}. */
    static ObjectNode transferredWithinRegion(UUID inmateId, long version, String from, String to) {
        ObjectNode event = atVersion(example("InmateTransferred", inmateId,
                Map.of("status", "IN_TRANSIT", "location", "IN_FACILITY", "facility", from, "riskLevel", "LOW")), version);
        ((ObjectNode) event.get("data")).put("fromFacility", from).put("toFacility", to).put("withinRegion", true);
        return event;
    }

    /** {@code inmate.transfer-arrived}: of {@code to} now, in custody, under {@code to}'s register number. */
    static ObjectNode transferArrived(UUID inmateId, long version, String from, String to, String registerNumber) {
        ObjectNode event = atVersion(example("InmateTransferred", inmateId, Map.of("status", "IN_CUSTODY",
                "location", "IN_FACILITY", "facility", to, "riskLevel", "LOW")), version);
        event.put("type", "id.sinergi.inmate.transfer-arrived");
        ObjectNode data = (ObjectNode) event.get("data");
        ObjectNode inmate = (ObjectNode) data.get("inmate");
        data.retain("inmate");
        data.put("fromFacility", from).put("arrivedOn", LocalDate.now().toString())
                .put("previousRegisterNumber", inmate.get("registerNumber").asText());
        inmate.put("registerNumber", registerNumber);
        return event;
    }

    static void awaitKnown(Collection<UUID> ids) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> KnownInmate.count("inmateId in ?1", ids)) == ids.size());
    }

    static KnownInmate known(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> KnownInmate.findById(inmateId));
    }

    /** Sends an event and waits until the consumer has processed it. */
    static void deliver(ObjectNode event) {
        send(event);
        UUID eventId = UUID.fromString(event.get("id").asText());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> processed(eventId));
    }

    static boolean processed(UUID eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) KnownInmate.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM processed_event WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue() > 0);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SinergiTestResource.kafka().bootstrapServers(),
                    ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer());
        }
        return producer;
    }
}
