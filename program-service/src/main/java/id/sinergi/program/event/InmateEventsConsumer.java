package id.sinergi.program.event;

import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.RiskLevel;
import id.sinergi.program.domain.SystemReason;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Reviews;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What program-service learns from {@code inmate.events.v1}. Every inmate event carries the WBP's
 * basic view, so each one refreshes {@link KnownInmate} (eligibility reads it); a release or a
 * transfer also ends the WBP's open enrolments, and a risk raised to HIGH puts them in the review
 * queue. Each event is applied once, in the transaction that records it as processed.
 */
@ApplicationScoped
public class InmateEventsConsumer {

    static final String CONSUMER = "program-service.inmate-events";
    private static final Logger LOG = Logger.getLogger(InmateEventsConsumer.class);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Inject
    Enrolments enrolments;

    @Inject
    Reviews reviews;

    @Incoming("inmate-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, CONSUMER, Map.of(
                "inmate.admitted", this::refresh,
                "inmate.updated", this::refresh,
                "inmate.class-changed", this::refresh,
                "inmate.moved", this::refresh,
                "inmate.risk-changed", this::riskChanged,
                "inmate.transferred", this::transferred,
                "inmate.released", this::released));
    }

    void riskChanged(IncomingEvent event) {
        KnownInmate inmate = refresh(event);
        RiskLevel previous = riskLevel(event, "previousLevel");
        if (riskLevel(event, "inmate.riskLevel") == RiskLevel.HIGH && previous != RiskLevel.HIGH) {
            reviews.riskRaisedToHigh(inmate.inmateId, previous, event.id(), event.timeOrNow());
        }
    }

    void transferred(IncomingEvent event) {
        end(refresh(event), SystemReason.TRANSFERRED);
    }

    void released(IncomingEvent event) {
        end(refresh(event), "DECEASED".equals(event.text("reason")) ? SystemReason.DIED : SystemReason.RELEASED);
    }

    private void end(KnownInmate inmate, SystemReason reason) {
        int ended = enrolments.endAllOf(inmate.inmateId, reason.name());
        LOG.infof("inmate %s left (%s): %d open enrolments ended", inmate.inmateId, reason, ended);
    }

    /**
     * Takes the WBP's view from the event, unless the read model already holds a later one (an old
     * event re-driven from the dead-letter topic must not undo newer facts).
     */
    KnownInmate refresh(IncomingEvent event) {
        UUID inmateId = event.uuid("inmate.inmateId");
        KnownInmate inmate = entityManager.find(KnownInmate.class, inmateId, LockModeType.PESSIMISTIC_WRITE);
        if (inmate != null && event.time() != null && event.time().isBefore(inmate.updatedAt)) {
            return inmate;
        }
        boolean known = inmate != null;
        if (!known) {
            inmate = new KnownInmate();
            inmate.inmateId = inmateId;
        }
        inmate.registerNumber = event.text("inmate.registerNumber");
        inmate.registerClass = event.text("inmate.registerClass");
        inmate.riskLevel = riskLevel(event, "inmate.riskLevel").name();
        inmate.status = event.text("inmate.status");
        inmate.location = event.optionalText("inmate.location");
        inmate.updatedAt = event.timeOrNow();
        if (!known) {
            entityManager.persist(inmate);
        }
        return inmate;
    }

    private static RiskLevel riskLevel(IncomingEvent event, String field) {
        try {
            return RiskLevel.valueOf(event.text(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data." + field + " is not a risk level in " + event.type() + " " + event.id(), e);
        }
    }
}
