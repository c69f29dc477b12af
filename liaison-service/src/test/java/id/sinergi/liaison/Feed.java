package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.awaitility.Awaitility.await;

/**
 * The producers' side in tests: inmate and program events built from the producers' own AsyncAPI
 * examples, sent to the real topics, and waits until this service has applied them.
 */
final class Feed {

    static final String INMATE_TOPIC = "inmate.events.v1";
    static final String PROGRAM_TOPIC = "program.events.v1";
    static final Path INMATE_EVENTS = AsyncApiExamples.document("inmate-service", "inmate-events.yaml");
    static final Path PROGRAM_EVENTS = AsyncApiExamples.document("program-service", "program-events.yaml");

    private Feed() {
    }

    static KafkaTestClient kafka() {
        return new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
    }

    /** The last version of each WBP's record sent, as inmate-service would have counted it. */
    private static final Map<UUID, AtomicLong> VERSIONS = new ConcurrentHashMap<>();

    /**
     * An inmate event from its example, about {@code inmateId}, changed by {@code edit}; returns what
     * was sent. Like inmate-service, it carries the WBP's current register number, class, risk and facility,
     * and the record's next version (0 for a WBP not seen before).
     */
    static ObjectNode inmateEvent(String message, UUID inmateId, Consumer<ObjectNode> edit) {
        ObjectNode event = AsyncApiExamples.example(INMATE_EVENTS, message, "inmate.inmateId", inmateId);
        InmateSnapshot current = known(inmateId);
        if (current != null) {
            inmate(event).put("registerNumber", current.registerNumber).put("registerClass", current.registerClass)
                    .put("riskLevel", current.riskLevel);
            if (current.facility != null) {
                inmate(event).put("facility", current.facility);
            }
        }
        long held = current == null || current.snapshotVersion == null ? -1 : current.snapshotVersion;
        inmate(event).put("version", VERSIONS.computeIfAbsent(inmateId, id -> new AtomicLong(held)).incrementAndGet());
        edit.accept(event);
        send(INMATE_TOPIC, inmateId, event);
        return event;
    }

    static void send(String topic, UUID key, ObjectNode event) {
        kafka().send(topic, key.toString(), AsyncApiExamples.json(event));
    }

    static ObjectNode inmate(ObjectNode event) {
        return (ObjectNode) event.at("/data/inmate");
    }

    /**
     * Admits a WBP of the given risk, class and offence category (as inmate-service's offence table
     * gives it; the example is a HIGH-risk narcotics convict), and waits for it.
     */
    static UUID admitted(String riskLevel, String registerClass, String offenceCategory) {
        UUID id = UUID.randomUUID();
        inmateEvent("InmateAdmitted", id, e -> {
            inmate(e).put("riskLevel", riskLevel).put("registerClass", registerClass)
                    .put("registerNumber", registerClass + "-" + id.toString().substring(0, 4) + "/2026");
            ((ObjectNode) e.at("/data/offences/0")).put("category", offenceCategory);
        });
        awaitApplied(() -> known(id) != null);
        return id;
    }

    static UUID admittedHighRisk() {
        return admitted("HIGH", "B.I", "NARCOTICS");
    }

    static ObjectNode releaseDue(UUID inmateId, LocalDate releaseOn, int daysBefore) {
        return inmateEvent("InmateReleaseDue", inmateId, e -> {
            // Without a plan of its own: the one recorded before (if any) routes the notice.
            ((ObjectNode) e.get("data")).put("releaseOn", releaseOn.toString()).put("daysBefore", daysBefore).putNull("releasePlan");
            inmate(e).put("expectedRelease", releaseOn.toString());
        });
    }

    /** Moves the WBP (a change that every consumer applies after what was sent before it for this WBP) and waits for it. */
    static void moved(UUID inmateId, String location) {
        inmateEvent("InmateMoved", inmateId, e -> inmate(e).put("location", location));
        awaitApplied(() -> location.equals(known(inmateId).location));
    }

    /** A program event from its example for a new enrolment of the WBP; returns the enrolment id. */
    static UUID enrolment(String message, UUID inmateId, Consumer<ObjectNode> edit) {
        UUID enrolmentId = UUID.randomUUID();
        ObjectNode event = AsyncApiExamples.example(PROGRAM_EVENTS, message, "enrolment.id", enrolmentId);
        ((ObjectNode) event.at("/data/enrolment")).put("inmateId", inmateId.toString());
        edit.accept(event);
        send(PROGRAM_TOPIC, enrolmentId, event);
        awaitApplied(() -> QuarkusTransaction.requiringNew().call(() -> EnrolmentSnapshot.findById(enrolmentId)) != null);
        return enrolmentId;
    }

    static InmateSnapshot known(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> InmateSnapshot.findById(inmateId));
    }

    static void awaitApplied(Supplier<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(condition::get);
    }
}
