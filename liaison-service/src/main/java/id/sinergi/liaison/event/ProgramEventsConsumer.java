package id.sinergi.liaison.event;

import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link EnrolmentSnapshot} from {@code program.events.v1}: every event carries the
 * enrolment's current view as {@code data.enrolment}; a completion adds the certificate.
 */
@ApplicationScoped
public class ProgramEventsConsumer {

    static final String CONSUMER = "liaison-service.program-events";

    @Inject
    IdempotentConsumer consumer;

    @Incoming("program-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, CONSUMER, Map.of(
                "program.enrolment-changed", this::enrolment,
                "program.attendance-recorded", this::enrolment,
                "program.completed", this::completed));
    }

    void completed(IncomingEvent event) {
        EnrolmentSnapshot enrolment = enrolment(event);
        enrolment.certificateNumber = event.text("completion.certificateNumber");
        enrolment.completedOn = EventData.date(event, "completion.completedOn");
    }

    /**
     * Applies {@code data.enrolment}. One enrolment's events share a partition and arrive in order;
     * the check on {@code changedAt} only guards against an older view replayed after a newer one.
     */
    EnrolmentSnapshot enrolment(IncomingEvent event) {
        UUID id = event.uuid("enrolment.id");
        OffsetDateTime changedAt = EventData.dateTime(event, "enrolment.changedAt");
        EnrolmentSnapshot enrolment = EnrolmentSnapshot.<EnrolmentSnapshot>findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE)
                .orElse(null);
        if (enrolment != null && enrolment.changedAt.isAfter(changedAt)) {
            return enrolment;
        }
        if (enrolment == null) {
            enrolment = new EnrolmentSnapshot();
            enrolment.enrolmentId = id;
        }
        enrolment.inmateId = event.uuid("enrolment.inmateId");
        enrolment.programmeCode = event.text("enrolment.programme.code");
        enrolment.programmeName = event.text("enrolment.programme.name");
        enrolment.category = event.text("enrolment.programme.category");
        enrolment.partner = event.optionalText("enrolment.programme.partner");
        enrolment.state = event.text("enrolment.state");
        enrolment.reason = event.optionalText("enrolment.reason");
        enrolment.attendanceRate = EventData.optionalDecimal(event, "enrolment.attendanceRate");
        enrolment.changedAt = changedAt;
        enrolment.persist();
        return enrolment;
    }
}
