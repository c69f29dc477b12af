package id.sinergi.platform.consumer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * Applies incoming events exactly once in effect. Each attempt runs in its own transaction that
 * first records the event id as processed by this consumer and then applies the handler: a
 * redelivered event finds its id already there and changes nothing. A handler that keeps failing
 * is retried a bounded number of times, then the message is nacked, which the channel's
 * {@code dead-letter-queue} failure strategy sends to the dead-letter topic with the reason; the
 * consumer goes on with the next message.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    @Inject
    EntityManager entityManager;

    @Inject
    CloudEventDecoder decoder;

    @ConfigProperty(name = "sinergi.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "sinergi.consumer.retry-backoff", defaultValue = "PT0.2S")
    Duration retryBackoff;

    /**
     * @param consumer the consumer's name, unique per service and subscription (the processed-event
     *                 log is keyed by it)
     * @param handlers event type → handler; types without a handler are recorded and skipped
     */
    public CompletionStage<Void> consume(Message<String> message, String consumer, Map<String, EventHandler> handlers) {
        IncomingEvent event;
        try {
            event = decoder.decode(message.getPayload());
        } catch (PoisonEventException e) {
            LOG.warnf("dead-lettering a message at %s: %s", position(message), e.getMessage());
            return message.nack(e);
        }
        EventHandler handler = handlers.getOrDefault(event.type(), ignored -> { });
        Exception lastFailure = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (!markProcessed(consumer, event)) {
                        return false;
                    }
                    handler.apply(event);
                    return true;
                });
                if (!applied) {
                    LOG.debugf("event %s (%s) already processed by %s", event.id(), event.type(), consumer);
                }
                return message.ack();
            } catch (PoisonEventException e) {
                lastFailure = e;
                break;
            } catch (Exception e) {
                lastFailure = e;
                LOG.warnf("%s failed to apply event %s (%s), attempt %d of %d: %s",
                        consumer, event.id(), event.type(), attempt, maxAttempts, rootMessage(e));
                if (attempt < maxAttempts) {
                    sleep(retryBackoff.multipliedBy(attempt));
                }
            }
        }
        LOG.errorf("dead-lettering event %s (%s, subject %s) for %s: %s",
                event.id(), event.type(), event.subject(), consumer, rootMessage(lastFailure));
        return message.nack(lastFailure);
    }

    /** True when this call recorded the event; false when it had been processed before. */
    private boolean markProcessed(String consumer, IncomingEvent event) {
        return entityManager.createNativeQuery("""
                        INSERT INTO processed_event (consumer, event_id, event_type) VALUES (?1, ?2, ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, consumer)
                .setParameter(2, event.id())
                .setParameter(3, event.type())
                .executeUpdate() == 1;
    }

    private static String position(Message<String> message) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "/" + m.getPartition() + "@" + m.getOffset())
                .orElse("an unknown position");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
