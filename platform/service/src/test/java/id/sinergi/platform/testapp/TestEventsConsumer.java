package id.sinergi.platform.testapp;

import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/** Test-only consumer: counts how often each event's effect was applied; "test.fail" always fails. */
@ApplicationScoped
public class TestEventsConsumer {

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Incoming("test-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, "platform-test", Map.of(
                "test.applied", this::apply,
                "test.fail", event -> {
                    throw new IllegalStateException("this handler always fails");
                }));
    }

    private void apply(IncomingEvent event) {
        entityManager.createNativeQuery("""
                        INSERT INTO applied_event (event_id, subject) VALUES (?1, ?2)
                        ON CONFLICT (event_id) DO UPDATE SET applied = applied_event.applied + 1""")
                .setParameter(1, event.id())
                .setParameter(2, event.subject())
                .executeUpdate();
    }
}
