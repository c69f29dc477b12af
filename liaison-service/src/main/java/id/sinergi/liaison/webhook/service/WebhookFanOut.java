package id.sinergi.liaison.webhook.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.liaison.webhook.domain.DeliveredFields;
import id.sinergi.liaison.webhook.domain.WebhookDelivery;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Turns one consumed event into one delivery per subscription that wants its type and whose scope
 * it is in, in the consumer's transaction (with the processed-event row): an event is queued for
 * every subscriber or for none. A subscription stored before issue 24 names the type without its
 * {@code id.sinergi.} prefix, as the event's name: that matches too. Paused subscriptions get theirs too, sent when resumed. Producers
 * are not involved: they only wrote their outbox.
 */
@ApplicationScoped
public class WebhookFanOut {

    private static final Logger LOG = Logger.getLogger(WebhookFanOut.class);

    @Inject
    EntityManager entityManager;

    @Inject
    EventReach reach;

    @Inject
    FacilityClock clock;

    @Inject
    ObjectMapper objectMapper;

    /** Queues the event for its subscribers; returns how many deliveries were queued. */
    public int fanOut(IncomingEvent event) {
        if (!DeliveredFields.knows(event.name())) {
            return 0;
        }
        @SuppressWarnings("unchecked")
        List<WebhookSubscription> wanting = entityManager.createNativeQuery("""
                        SELECT * FROM webhook_subscription WHERE state <> 'CANCELLED'
                        AND event_types && ARRAY[CAST(?1 AS text), CAST(?2 AS text)]
                        ORDER BY id""", WebhookSubscription.class)
                .setParameter(1, event.type()).setParameter(2, event.name()).getResultList();
        if (wanting.isEmpty()) {
            return 0;
        }
        EventReach.Reach concerns = reach.of(event);
        List<WebhookSubscription> receiving = wanting.stream().filter(concerns::reaches).toList();
        if (receiving.isEmpty()) {
            return 0;
        }
        String body = body(event);
        OffsetDateTime now = clock.timestamp();
        int queued = 0;
        for (WebhookSubscription subscription : receiving) {
            queued += entityManager.createNativeQuery("""
                            INSERT INTO webhook_delivery (subscription_id, event_id, event_type, body, status, attempts,
                                                          created_at, next_attempt_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, 0, ?6, ?6)
                            ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                    .setParameter(1, subscription.id).setParameter(2, event.id()).setParameter(3, event.type())
                    .setParameter(4, body).setParameter(5, WebhookDelivery.Status.PENDING.name()).setParameter(6, now)
                    .executeUpdate();
        }
        LOG.debugf("event %s (%s) queued for %d webhook subscriptions", event.id(), event.type(), queued);
        return queued;
    }

    /**
     * The CloudEvent in structured mode with the minimised {@code data}: what every attempt POSTs. Its
     * {@code type} and {@code source} are today's names even when the producer was a release before
     * issue 24 (the decoder normalised them).
     */
    String body(IncomingEvent event) {
        ObjectNode envelope = objectMapper.createObjectNode()
                .put("specversion", "1.0")
                .put("id", event.id().toString())
                .put("source", event.source())
                .put("type", event.type());
        if (event.subject() != null) {
            envelope.put("subject", event.subject());
        }
        envelope.put("time", event.time().toString()).put("datacontenttype", "application/json");
        envelope.set("data", DeliveredFields.minimise(event.name(), event.data()));
        try {
            return objectMapper.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }
}
