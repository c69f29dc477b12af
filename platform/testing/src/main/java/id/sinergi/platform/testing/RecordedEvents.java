package id.sinergi.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * For the services' tests: the events that changes to one aggregate recorded in the outbox, oldest
 * first, as their {@code data} (what the relay publishes). Read in a transaction of its own, so a
 * test sees what was committed.
 */
public final class RecordedEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RecordedEvents() {
    }

    public static List<JsonNode> events(String aggregateId, String type) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> Panache.getEntityManager()
                .createQuery("SELECT e.payload FROM OutboxEvent e WHERE e.aggregateId = :id AND e.eventType = :type ORDER BY e.id",
                        String.class)
                .setParameter("id", aggregateId).setParameter("type", type).getResultList());
        return payloads.stream().map(RecordedEvents::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
