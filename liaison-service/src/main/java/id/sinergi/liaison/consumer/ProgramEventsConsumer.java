package id.sinergi.liaison.consumer;

import id.sinergi.liaison.consumer.ProgramEventData.AttendanceRecorded;
import id.sinergi.liaison.consumer.ProgramEventData.Changed;
import id.sinergi.liaison.consumer.ProgramEventData.Completed;
import id.sinergi.liaison.consumer.ProgramEventData.Enrolment;
import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.liaison.service.ReportFacts;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
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

    @Inject
    ReportFacts facts;

    @Incoming("program-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, CONSUMER, Map.of(
                "program.enrolment-changed", this::changed,
                "program.attendance-recorded", this::attendanceRecorded,
                "program.completed", this::completed));
    }

    void changed(IncomingEvent event) {
        apply(event.data(Changed.class).enrolment());
    }

    /** A roll at a session: the enrolment as it is now, and the programme at work that day. */
    void attendanceRecorded(IncomingEvent event) {
        AttendanceRecorded recorded = event.data(AttendanceRecorded.class);
        EnrolmentSnapshot enrolment = apply(recorded.enrolment());
        facts.programmeActivity(enrolment, recorded.enrolment().programme().facility(), recorded.attendance().sessionId(),
                recorded.attendance().sessionDate());
    }

    void completed(IncomingEvent event) {
        Completed completed = event.data(Completed.class);
        EnrolmentSnapshot enrolment = apply(completed.enrolment());
        enrolment.certificateNumber = completed.completion().certificateNumber();
        enrolment.completedOn = completed.completion().completedOn();
        facts.programmeActivity(enrolment, completed.enrolment().programme().facility(), null,
                completed.completion().completedOn());
    }

    /**
     * Applies {@code data.enrolment}. One enrolment's events share a partition and arrive in order;
     * the check on {@code changedAt} only guards against an older view replayed after a newer one.
     */
    EnrolmentSnapshot apply(Enrolment data) {
        EnrolmentSnapshot enrolment = EnrolmentSnapshot.findById(data.id(), LockModeType.PESSIMISTIC_WRITE);
        if (enrolment != null && enrolment.changedAt.isAfter(data.changedAt())) {
            return enrolment;
        }
        if (enrolment == null) {
            enrolment = new EnrolmentSnapshot();
            enrolment.enrolmentId = data.id();
        }
        enrolment.inmateId = data.inmateId();
        enrolment.programmeCode = data.programme().code();
        enrolment.programmeName = data.programme().name();
        enrolment.category = data.programme().category();
        enrolment.partner = data.programme().partner();
        enrolment.state = data.state();
        enrolment.reason = data.reason();
        enrolment.attendanceRate = data.attendanceRate();
        enrolment.changedAt = data.changedAt();
        enrolment.persist();
        return enrolment;
    }
}
