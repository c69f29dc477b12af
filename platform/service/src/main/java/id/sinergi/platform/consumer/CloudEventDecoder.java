package id.sinergi.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.observability.TraceContext;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads a structured-mode CloudEvent (the JSON envelope that the outbox relay publishes through
 * SmallRye's CloudEvents support). Decoding happens here rather than in the connector so that a
 * message that is not a valid event becomes a {@link PoisonEventException} routed to the
 * dead-letter topic, instead of a failure that stops the consumer.
 */
@ApplicationScoped
public class CloudEventDecoder {

    @Inject
    FacilityClock clock;

    @Inject
    ObjectMapper objectMapper;

    /** An event and the trace context its producer sent in the {@code traceparent} extension (null if none). */
    public record Traced(IncomingEvent event, String traceparent) {
    }

    public IncomingEvent decode(String value) {
        return decodeTraced(value).event();
    }

    public Traced decodeTraced(String value) {
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("empty message");
        }
        JsonNode envelope;
        try {
            envelope = objectMapper.readTree(value);
        } catch (JsonProcessingException e) {
            throw new PoisonEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (!envelope.isObject()) {
            throw new PoisonEventException("not a CloudEvents envelope: the message is not a JSON object");
        }
        if (!"1.0".equals(text(envelope, "specversion"))) {
            throw new PoisonEventException("not a CloudEvents 1.0 envelope (specversion is " + text(envelope, "specversion") + ")");
        }
        try {
            String time = text(envelope, "time");
            return new Traced(new IncomingEvent(
                    UUID.fromString(required(envelope, "id")),
                    required(envelope, "type"),
                    required(envelope, "source"),
                    text(envelope, "subject"),
                    time == null ? clock.timestamp() : OffsetDateTime.parse(time),
                    envelope.path("data")),
                    text(envelope, TraceContext.TRACEPARENT));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new PoisonEventException("invalid CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode envelope, String attribute) {
        String value = text(envelope, attribute);
        if (value == null || value.isBlank()) {
            throw new PoisonEventException("CloudEvents attribute '" + attribute + "' is missing");
        }
        return value;
    }

    private static String text(JsonNode envelope, String attribute) {
        JsonNode node = envelope.get(attribute);
        return node == null || node.isNull() ? null : node.asText();
    }
}
