package id.sinergi.platform.consumer;

import id.sinergi.platform.audit.AuditScope;
import id.sinergi.platform.database.DatabaseFailures;
import id.sinergi.platform.observability.TraceContext;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Applies incoming events exactly once in effect. Each attempt runs in its own transaction that
 * first records the event id as processed by this consumer and then applies the handler: a
 * redelivered event finds its id already there and changes nothing. A handler that keeps failing
 * is retried a bounded number of times, then the message is nacked, which the channel's
 * {@code dead-letter-queue} failure strategy sends to the dead-letter topic with the reason; the
 * consumer goes on with the next message. While the service's database is away the event is
 * retried until it returns: an outage delays events, it does not dead-letter them.
 *
 * <p>Each event is handled in a span that continues the producer's trace ({@code traceparent} from
 * the Kafka header, else from the CloudEvents extension), with the trace id in the log MDC; changes
 * it makes to audited entities are recorded as made by {@code system:<consumer>} through the event
 * type. Counters say how many events each consumer applied, found already processed, and
 * dead-lettered, per topic.
 */
@ApplicationScoped
public class IdempotentConsumer {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);
    private static final Duration UNAVAILABLE_BACKOFF = Duration.ofSeconds(1);

    @Inject
    EntityManager entityManager;

    @Inject
    CloudEventDecoder decoder;

    @ConfigProperty(name = "sinergi.consumer.max-attempts", defaultValue = "3")
    int maxAttempts;

    @ConfigProperty(name = "sinergi.consumer.retry-backoff", defaultValue = "PT0.2S")
    Duration retryBackoff;

    @Inject
    MeterRegistry registry;

    @Inject
    Tracer tracer;

    /**
     * @param consumer the consumer's name, unique per service and subscription (the processed-event
     *                 log is keyed by it)
     * @param handlers event type → handler; types without a handler are recorded and skipped
     */
    public CompletionStage<Void> consume(Message<String> message, String consumer, Map<String, EventHandler> handlers) {
        String topic = message.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getTopic)
                .orElse("unknown");
        CloudEventDecoder.Traced decoded;
        try {
            decoded = decoder.decodeTraced(message.getPayload());
        } catch (PoisonEventException e) {
            LOG.warnf("dead-lettering a message at %s: %s", position(message), e.getMessage());
            count("sinergi.events.dead.lettered", topic, consumer, "reason", "poison");
            return message.nack(e);
        }
        IncomingEvent event = decoded.event();
        String traceparent = header(message, TraceContext.TRACEPARENT);
        Span span = tracer.spanBuilder(topic + " process")
                .setParent(TraceContext.parent(traceparent != null ? traceparent : decoded.traceparent()))
                .setSpanKind(SpanKind.CONSUMER)
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.destination.name", topic)
                .setAttribute("messaging.consumer.group.name", consumer)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        Object previousTraceId = MDC.get(TraceContext.MDC_TRACE_ID);
        Object previousSpanId = MDC.get(TraceContext.MDC_SPAN_ID);
        try (Scope ignored = span.makeCurrent();
             AuditScope.Opened audit = AuditScope.open(AuditScope.SYSTEM + ":" + consumer, event.type())) {
            MDC.put(TraceContext.MDC_TRACE_ID, span.getSpanContext().getTraceId());
            MDC.put(TraceContext.MDC_SPAN_ID, span.getSpanContext().getSpanId());
            return apply(message, topic, consumer, event, handlers.getOrDefault(event.type(), skipped -> { }), span);
        } finally {
            span.end();
            restore(TraceContext.MDC_TRACE_ID, previousTraceId);
            restore(TraceContext.MDC_SPAN_ID, previousSpanId);
        }
    }

    private CompletionStage<Void> apply(Message<String> message, String topic, String consumer, IncomingEvent event,
                                        EventHandler handler, Span span) {
        Exception lastFailure = null;
        int attempt = 1;
        while (attempt <= maxAttempts) {
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
                count("sinergi.events.consumed", topic, consumer, "outcome", applied ? "applied" : "duplicate");
                return message.ack();
            } catch (PoisonEventException e) {
                lastFailure = e;
                break;
            } catch (Exception e) {
                lastFailure = e;
                if (DatabaseFailures.isUnavailable(e)) {
                    // The database being away says nothing about the event: wait for it without
                    // spending an attempt, so an outage delays events instead of dead-lettering them.
                    LOG.warnf("%s waits for its database to apply event %s (%s): %s",
                            consumer, event.id(), event.type(), rootMessage(e));
                    sleep(UNAVAILABLE_BACKOFF);
                    if (Thread.currentThread().isInterrupted()) {
                        // Shutting down: leave the event unacknowledged, it comes again after the restart.
                        return new CompletableFuture<>();
                    }
                    continue;
                }
                LOG.warnf("%s failed to apply event %s (%s), attempt %d of %d: %s",
                        consumer, event.id(), event.type(), attempt, maxAttempts, rootMessage(e));
                if (attempt < maxAttempts) {
                    sleep(retryBackoff.multipliedBy(attempt));
                }
                attempt++;
            }
        }
        LOG.errorf("dead-lettering event %s (%s, subject %s) for %s: %s",
                event.id(), event.type(), event.subject(), consumer, rootMessage(lastFailure));
        span.setStatus(StatusCode.ERROR, rootMessage(lastFailure));
        count("sinergi.events.dead.lettered", topic, consumer, "reason",
                lastFailure instanceof PoisonEventException ? "poison" : "failed");
        return message.nack(lastFailure);
    }

    private void count(String name, String topic, String consumer, String tag, String value) {
        registry.counter(name, "topic", topic, "consumer", consumer, tag, value).increment();
    }

    private static String header(Message<String> message, String name) {
        return message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(metadata -> metadata.getHeaders().lastHeader(name))
                .map(Header::value)
                .map(value -> new String(value, StandardCharsets.UTF_8))
                .orElse(null);
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
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
