package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.inmate.domain.Inmate;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.List;

/** The events a test's actions recorded, read from the outbox (what the relay publishes as {@code data}). */
final class Outbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Outbox() {
    }

    static List<JsonNode> events(String inmateId, String type) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> Inmate.getEntityManager()
                .createQuery("SELECT e.payload FROM OutboxEvent e WHERE e.aggregateId = :id AND e.eventType = :type ORDER BY e.id",
                        String.class)
                .setParameter("id", inmateId).setParameter("type", type).getResultList());
        return payloads.stream().map(Outbox::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
