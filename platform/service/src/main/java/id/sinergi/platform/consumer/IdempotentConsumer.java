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
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Applies incoming events exactly once in effect, a poll's batch at a time. The batch is applied in
 * one transaction: one statement records every event id as processed by this consumer (ids already
 * there are skipped: a redelivery changes nothing), then each new event's handler runs, in the
 * order of the records (so per key, as Kafka keeps them). One commit for the batch is what makes a
 * consumer keep up: a transaction per event spent most of its time committing.
 *
 * <p>When the batch's transaction fails, its events are applied again one by one, each in its own
 * transaction: a handler that keeps failing is retried a bounded number of times and then its record
 * alone is nacked, which the channel's {@code dead-letter-queue} failure strategy sends to the
 * dead-letter topic with the reason; the rest of the batch is applied. A record that is not a
 * CloudEvent goes there at once. While the service's database is away the batch waits until it
 * returns: an outage delays events, it does not dead-letter them.
 *
 * <p>Each event is handled in a span that continues the producer's trace ({@code traceparent} from
 * the Kafka header, else from the CloudEvents extension), with the trace id in the log MDC; changes
 * it makes to audited entities are recorded as made by {@code system:<consumer>} through the event
 * name (flushed before the next event, so each change keeps its own event's name and trace).
 * Counters say how many events each consumer applied, found already processed, and dead-lettered,
 * per topic.
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
     * Set when the service begins to shut down: from then on a failure says nothing about the event
     * (the persistence unit may already be closed), so nothing is dead-lettered; what is not applied
     * stays unacknowledged and comes again after the restart.
     */
    private volatile boolean stopping;

    void stopping(@Observes ShutdownEvent shutdown) {
        stopping = true;
    }

    /** A record of the batch that decoded as a CloudEvent. */
    private record Received(KafkaRecord<String, String> record, IncomingEvent event, String traceparent) {
    }

    /**
     * Applies a poll's records (the channel has {@code batch=true}) and acknowledges the batch once
     * each record is applied, found already processed, or in the dead-letter topic.
     *
     * @param consumer the consumer's name, unique per service and subscription (the processed-event
     *                 log is keyed by it)
     * @param handlers event name ({@code inmate.admitted}: the type without the {@code id.sinergi.} prefix,
     *                 {@link IncomingEvent#name()}, so an event published before issue 24 finds the same
     *                 handler) → handler; events without a handler are recorded and skipped
     */
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch, String consumer,
                                         Map<String, EventHandler> handlers) {
        List<Received> events = new ArrayList<>(batch.getRecords().size());
        List<CompletionStage<Void>> deadLettered = new ArrayList<>();
        for (KafkaRecord<String, String> record : batch.getRecords()) {
            try {
                CloudEventDecoder.Traced decoded = decoder.decodeTraced(record.getPayload());
                String traceparent = header(record, TraceContext.TRACEPARENT);
                events.add(new Received(record, decoded.event(), traceparent != null ? traceparent : decoded.traceparent()));
            } catch (PoisonEventException e) {
                LOG.warnf("dead-lettering a message at %s: %s", position(record), e.getMessage());
                count("sinergi.events.dead.lettered", record.getTopic(), consumer, "reason", "poison");
                deadLettered.add(record.nack(e));
            }
        }
        Together together = events.isEmpty() ? Together.APPLIED : applyTogether(events, consumer, handlers);
        if (together == Together.STOPPING) {
            // Shutting down: the batch stays unacknowledged and comes again after the restart.
            return new CompletableFuture<>();
        }
        if (together == Together.FAILED) {
            for (Received received : events) {
                CompletionStage<Void> alone = applyAlone(received, consumer, handlers);
                if (alone == null) {
                    return new CompletableFuture<>();
                }
                deadLettered.add(alone);
            }
        }
        return CompletableFuture.allOf(deadLettered.stream().map(CompletionStage::toCompletableFuture)
                .toArray(CompletableFuture[]::new)).thenCompose(done -> batch.ack());
    }

    private enum Together { APPLIED, FAILED, STOPPING }

    /**
     * The batch in one transaction. FAILED when it failed for another reason than the database being
     * away: then nothing of it was written, and its events are applied one by one.
     */
    private Together applyTogether(List<Received> events, String consumer, Map<String, EventHandler> handlers) {
        while (true) {
            try {
                List<Boolean> applied = QuarkusTransaction.requiringNew().call(() -> {
                    Set<UUID> fresh = markProcessed(consumer, events);
                    List<Boolean> outcomes = new ArrayList<>(events.size());
                    for (Received received : events) {
                        boolean first = fresh.remove(received.event().id());
                        if (first) {
                            applyWithin(received, consumer, handlers.getOrDefault(received.event().name(), skipped -> { }));
                            // The next event starts from the database, as it would in a transaction of its own.
                            entityManager.clear();
                        }
                        outcomes.add(first);
                    }
                    return outcomes;
                });
                for (int i = 0; i < events.size(); i++) {
                    counted(events.get(i), consumer, applied.get(i));
                }
                return Together.APPLIED;
            } catch (Exception e) {
                if (stopping) {
                    return Together.STOPPING;
                }
                if (!DatabaseFailures.isUnavailable(e)) {
                    LOG.infof("%s applies a batch of %d events one by one: %s", consumer, events.size(), rootMessage(e));
                    return Together.FAILED;
                }
                LOG.warnf("%s waits for its database to apply a batch of %d events: %s", consumer, events.size(), rootMessage(e));
                sleep(UNAVAILABLE_BACKOFF);
                if (Thread.currentThread().isInterrupted()) {
                    return Together.STOPPING;
                }
            }
        }
    }

    /**
     * One event in its own transaction, retried; the stage of its dead-lettering when it keeps
     * failing, a completed stage otherwise, null when the service is shutting down (the batch is then
     * left unacknowledged and comes again after the restart).
     */
    private CompletionStage<Void> applyAlone(Received received, String consumer, Map<String, EventHandler> handlers) {
        IncomingEvent event = received.event();
        EventHandler handler = handlers.getOrDefault(event.name(), skipped -> { });
        Exception lastFailure = null;
        int attempt = 1;
        while (attempt <= maxAttempts) {
            try {
                boolean applied = QuarkusTransaction.requiringNew().call(() -> {
                    if (markProcessed(consumer, List.of(received)).isEmpty()) {
                        return false;
                    }
                    applyWithin(received, consumer, handler);
                    return true;
                });
                counted(received, consumer, applied);
                return CompletableFuture.completedFuture(null);
            } catch (PoisonEventException e) {
                lastFailure = e;
                break;
            } catch (Exception e) {
                if (stopping) {
                    return null;
                }
                lastFailure = e;
                if (DatabaseFailures.isUnavailable(e)) {
                    // The database being away says nothing about the event: wait for it without
                    // spending an attempt, so an outage delays events instead of dead-lettering them.
                    LOG.warnf("%s waits for its database to apply event %s (%s): %s",
                            consumer, event.id(), event.type(), rootMessage(e));
                    sleep(UNAVAILABLE_BACKOFF);
                    if (Thread.currentThread().isInterrupted()) {
                        return null;
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
        count("sinergi.events.dead.lettered", received.record().getTopic(), consumer, "reason",
                lastFailure instanceof PoisonEventException ? "poison" : "failed");
        return received.record().nack(lastFailure);
    }

    /**
     * The handler inside the event's span, with the trace ids in the MDC and the audit scope open,
     * flushed before they close: the audit trail and the trace name this event for what it changed.
     */
    private void applyWithin(Received received, String consumer, EventHandler handler) throws Exception {
        traced(received, consumer, () -> {
            handler.apply(received.event());
            entityManager.flush();
        });
    }

    /** What runs inside the event's span, with the trace ids in the MDC and the audit scope open. */
    private interface InSpan {
        void run() throws Exception;
    }

    private void traced(Received received, String consumer, InSpan work) throws Exception {
        IncomingEvent event = received.event();
        String topic = received.record().getTopic();
        Span span = tracer.spanBuilder(topic + " process")
                .setParent(TraceContext.parent(received.traceparent()))
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
             AuditScope.Opened audit = AuditScope.open(AuditScope.SYSTEM + ":" + consumer, event.name())) {
            MDC.put(TraceContext.MDC_TRACE_ID, span.getSpanContext().getTraceId());
            MDC.put(TraceContext.MDC_SPAN_ID, span.getSpanContext().getSpanId());
            work.run();
        } catch (Exception e) {
            span.setStatus(StatusCode.ERROR, rootMessage(e));
            throw e;
        } finally {
            span.end();
            restore(TraceContext.MDC_TRACE_ID, previousTraceId);
            restore(TraceContext.MDC_SPAN_ID, previousSpanId);
        }
    }

    private void counted(Received received, String consumer, boolean applied) {
        if (!applied) {
            LOG.debugf("event %s (%s) already processed by %s", received.event().id(), received.event().type(), consumer);
        }
        count("sinergi.events.consumed", received.record().getTopic(), consumer, "outcome", applied ? "applied" : "duplicate");
    }

    private void count(String name, String topic, String consumer, String tag, String value) {
        registry.counter(name, "topic", topic, "consumer", consumer, tag, value).increment();
    }

    private static String header(KafkaRecord<String, String> record, String name) {
        Header header = record.getHeaders().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void restore(String key, Object previous) {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }

    /** Records the events as processed by the consumer in one statement; returns the ids not processed before. */
    private Set<UUID> markProcessed(String consumer, List<Received> events) {
        UUID[] ids = new UUID[events.size()];
        String[] types = new String[events.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = events.get(i).event().id();
            // The event's name, as the outbox stores it: rows keep one form whichever names the producer used.
            types[i] = events.get(i).event().name();
        }
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO processed_event (consumer, event_id, event_type)
                    SELECT ?, id, type FROM unnest(?::uuid[], ?::text[]) AS received (id, type)
                    ON CONFLICT DO NOTHING RETURNING event_id""")) {
                insert.setString(1, consumer);
                insert.setArray(2, connection.createArrayOf("uuid", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                Set<UUID> fresh = new HashSet<>();
                try (ResultSet inserted = insert.executeQuery()) {
                    while (inserted.next()) {
                        fresh.add(inserted.getObject(1, UUID.class));
                    }
                }
                return fresh;
            }
        });
    }

    private static String position(KafkaRecord<String, String> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(m -> m.getTopic() + "/" + m.getPartition() + "@" + m.getOffset())
                .orElse(record.getTopic() + "/" + record.getPartition());
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
