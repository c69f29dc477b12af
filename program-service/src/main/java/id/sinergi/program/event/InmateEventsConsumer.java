package id.sinergi.program.event;

import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.program.domain.KnownInmate;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/** Keeps {@link KnownInmate} up to date from {@code inmate.events.v1}. */
@ApplicationScoped
public class InmateEventsConsumer {

    static final String CONSUMER = "program-service.inmate-events";

    @Inject
    IdempotentConsumer consumer;

    @Incoming("inmate-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, CONSUMER, Map.of("inmate.admitted", this::admitted));
    }

    void admitted(IncomingEvent event) {
        UUID inmateId = event.uuid("inmate.inmateId");
        KnownInmate inmate = KnownInmate.<KnownInmate>findByIdOptional(inmateId).orElseGet(KnownInmate::new);
        inmate.inmateId = inmateId;
        inmate.registerNumber = event.text("inmate.registerNumber");
        inmate.registerClass = event.text("inmate.registerClass");
        inmate.riskLevel = event.text("inmate.riskLevel");
        inmate.status = event.text("inmate.status");
        inmate.updatedAt = event.timeOrNow();
        inmate.persist();
    }
}
