package id.sinergi.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.cloudevents.EventNames;
import id.sinergi.platform.observability.TraceContext;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * The only way a service publishes an event: it is written to the outbox table inside the
 * transaction that makes the change, so the event exists exactly when the change does. The
 * {@link OutboxRelay} sends it to Kafka after the commit. The trace the change belongs to is kept
 * with the event, so the consumer's work joins the same trace however late the event goes out.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper objectMapper;

    /**
     * Records an event about an aggregate; its data is serialized to JSON now, so later changes to
     * the object cannot alter what was recorded.
     *
     * @param eventName the event's name, {@code <service>.<what-happened>} ({@code inmate.admitted}); the
     *                  relay publishes it as the CloudEvents type {@code id.sinergi.inmate.admitted}
     *                  ({@link id.sinergi.platform.cloudevents.EventNames})
     * @return the event's id (the CloudEvents {@code id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(String eventName, String aggregateId, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        // Refused here, in the writer's transaction, rather than by the relay, which could never publish it.
        event.eventType = EventNames.requireEventName(eventName);
        event.aggregateId = aggregateId;
        event.occurredAt = clock.timestamp();
        event.traceParent = TraceContext.currentTraceparent();
        try {
            event.payload = objectMapper.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data of " + eventName + " cannot be written as JSON", e);
        }
        entityManager.persist(event);
        return event.eventId;
    }
}
