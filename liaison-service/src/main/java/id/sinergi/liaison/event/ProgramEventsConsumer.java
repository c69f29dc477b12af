package id.sinergi.liaison.event;

import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        try {
            enrolment.completedOn = LocalDate.parse(event.text("completion.completedOn"));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("data.completion.completedOn is not a date in " + event.id(), e);
        }
    }

    /**
     * Applies {@code data.enrolment}. One enrolment's events share a partition and arrive in order;
     * the check on {@code changedAt} only guards against an older view replayed after a newer one.
     */
    EnrolmentSnapshot enrolment(IncomingEvent event) {
        UUID id = event.uuid("enrolment.id");
        OffsetDateTime changedAt;
        try {
            changedAt = OffsetDateTime.parse(event.text("enrolment.changedAt"));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("data.enrolment.changedAt is not a date-time in " + event.id(), e);
        }
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
        String rate = event.optionalText("enrolment.attendanceRate");
        try {
            enrolment.attendanceRate = rate == null ? null : new BigDecimal(rate);
        } catch (NumberFormatException e) {
            throw new PoisonEventException("data.enrolment.attendanceRate is not a number in " + event.id(), e);
        }
        enrolment.changedAt = changedAt;
        enrolment.persist();
        return enrolment;
    }
}
