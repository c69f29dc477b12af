package id.sinergi.platform.testapp;

import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.observability.TraceContext;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.MDC;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/** Test-only consumer of the outbox's own topic: remembers the trace id in the MDC while each note event is handled. */
@ApplicationScoped
public class TracedEventsConsumer {

    /** Note id → the MDC's trace id while its note.created event was handled. */
    public static final Map<String, String> TRACE_IDS = new ConcurrentHashMap<>();

    @Inject
    IdempotentConsumer consumer;

    @Incoming("traced-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, "platform-test-traces", Map.of(
                "note.created", event -> TRACE_IDS.put(event.subject(), String.valueOf(MDC.get(TraceContext.MDC_TRACE_ID)))));
    }
}
