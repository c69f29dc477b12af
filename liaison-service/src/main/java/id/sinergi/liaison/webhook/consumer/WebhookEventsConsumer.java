package id.sinergi.liaison.webhook.consumer;

import id.sinergi.liaison.webhook.domain.DeliveredFields;
import id.sinergi.liaison.webhook.service.WebhookFanOut;
import id.sinergi.platform.consumer.EventHandler;
import id.sinergi.platform.consumer.IdempotentConsumer;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the three services' topics in its own consumer group ({@code liaison-webhooks}), apart
 * from the read models, so webhooks neither slow nor wait for them, and queues each event for the
 * webhook subscriptions it concerns. Each event is applied once (processed-event log in the same
 * transaction as its deliveries); one that keeps failing goes to the channel's own dead-letter topic
 * ({@code <topic>.liaison-webhooks.dlq}).
 */
@ApplicationScoped
public class WebhookEventsConsumer {

    static final String INMATE_CONSUMER = "liaison-webhooks.inmate-events";
    static final String PROGRAM_CONSUMER = "liaison-webhooks.program-events";
    static final String LIAISON_CONSUMER = "liaison-webhooks.liaison-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    WebhookFanOut fanOut;

    private final Map<String, EventHandler> handlers = DeliveredFields.eventNames().stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), type -> event -> fanOut.fanOut(event)));

    @Incoming("inmate-events-webhooks")
    @Blocking
    public CompletionStage<Void> inmateEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, INMATE_CONSUMER, handlers);
    }

    @Incoming("program-events-webhooks")
    @Blocking
    public CompletionStage<Void> programEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, PROGRAM_CONSUMER, handlers);
    }

    @Incoming("liaison-events-webhooks")
    @Blocking
    public CompletionStage<Void> liaisonEvents(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, LIAISON_CONSUMER, handlers);
    }
}
