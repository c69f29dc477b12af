package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** program-service's documented examples keep the programmes of the reintegration summary. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ProgramEventsConsumerTest {

    private static EnrolmentSnapshot enrolment(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> EnrolmentSnapshot.findById(id));
    }

    private static ObjectNode example(String message, UUID enrolmentId, UUID inmateId) {
        ObjectNode event = AsyncApiExamples.example(Feed.PROGRAM_EVENTS, message, "enrolment.id", enrolmentId);
        ((ObjectNode) event.at("/data/enrolment")).put("inmateId", inmateId.toString());
        return event;
    }

    @Test
    void everyTypeKeepsTheEnrolmentAndARedeliveryOrAnOlderViewChangesNothing() {
        UUID inmateId = UUID.randomUUID();
        UUID enrolmentId = UUID.randomUUID();
        ObjectNode changed = example("ProgramEnrolmentChanged", enrolmentId, inmateId);
        Feed.send(Feed.PROGRAM_TOPIC, enrolmentId, changed);
        Feed.send(Feed.PROGRAM_TOPIC, enrolmentId, example("ProgramAttendanceRecorded", enrolmentId, inmateId));
        Feed.send(Feed.PROGRAM_TOPIC, enrolmentId, example("ProgramCompleted", enrolmentId, inmateId));
        changed.put("id", UUID.randomUUID().toString());
        Feed.send(Feed.PROGRAM_TOPIC, enrolmentId, changed);
        ObjectNode marker = example("ProgramEnrolmentChanged", UUID.randomUUID(), inmateId);
        Feed.send(Feed.PROGRAM_TOPIC, enrolmentId, marker);

        Feed.awaitApplied(() -> enrolment(UUID.fromString(marker.at("/data/enrolment/id").asText())) != null);
        EnrolmentSnapshot enrolment = enrolment(enrolmentId);
        assertThat(enrolment.state).as("the ACTIVE view of 09:15 came after the COMPLETED one of 13:30").isEqualTo("COMPLETED");
        assertThat(enrolment.inmateId).isEqualTo(inmateId);
        assertThat(enrolment.programmeCode).isEqualTo("KES-HUKUM-2026-01");
        assertThat(enrolment.partner).isEqualTo("Polres Hulu Sungai Utara");
        assertThat(enrolment.attendanceRate).isEqualByComparingTo(new BigDecimal("0.85"));
        assertThat(enrolment.certificateNumber).isEqualTo("SRT-KES-HUKUM-2026-01-0001");
        assertThat(enrolment.completedOn).isEqualTo(LocalDate.parse("2026-11-28"));
    }

    @Test
    void anEventMissingRequiredDataIsDeadLetteredAndTheNextOneApplied() {
        UUID inmateId = UUID.randomUUID();
        UUID broken = UUID.randomUUID();
        ObjectNode event = example("ProgramCompleted", broken, inmateId);
        ((ObjectNode) event.at("/data/enrolment")).remove("inmateId");
        Feed.send(Feed.PROGRAM_TOPIC, broken, event);
        UUID next = UUID.randomUUID();
        Feed.send(Feed.PROGRAM_TOPIC, broken, example("ProgramCompleted", next, inmateId));

        Feed.awaitApplied(() -> enrolment(next) != null);
        assertThat(enrolment(broken)).isNull();
        var dead = Feed.kafka().readUntil(Feed.PROGRAM_TOPIC + ".liaison-service.dlq",
                read -> read.stream().anyMatch(r -> broken.toString().equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> broken.toString().equals(r.key()));
    }
}
