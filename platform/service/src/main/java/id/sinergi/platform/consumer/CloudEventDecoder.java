package id.sinergi.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.cloudevents.EventNames;
import id.sinergi.platform.cloudevents.LegacyNames;
import id.sinergi.platform.observability.TraceContext;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Reads a structured-mode CloudEvent (the JSON envelope that the outbox relay publishes through
 * SmallRye's CloudEvents support). Decoding happens here rather than in the connector so that a
 * message that is not a valid event becomes a {@link PoisonEventException} routed to the
 * dead-letter topic, instead of a failure that stops the consumer.
 *
 * <p>{@code type} and {@code source} are normalised by {@link EventNames}: an event written before
 * issue 24 ({@code inmate.admitted} from {@code inmate-service}) is read as the same event today's
 * producers publish ({@code id.sinergi.inmate.admitted} from {@code https://sinergi.id/services/inmate-service}),
 * so handlers, the processed-event log and webhooks see one name whichever release produced it. Once the
 * transition has ended ({@code sinergi.events.legacy-names=refuse}), an event with an old name is a poison
 * event instead.
 */
@ApplicationScoped
public class CloudEventDecoder {

    @Inject
    FacilityClock clock;

    @Inject
    ObjectMapper objectMapper;

    @ConfigProperty(name = "sinergi.events.legacy-names", defaultValue = "accept")
    LegacyNames legacyNames;

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
        String type = required(envelope, "type");
        String source = required(envelope, "source");
        if (legacyNames == LegacyNames.REFUSE && (EventNames.isLegacyType(type) || EventNames.isLegacySource(source))) {
            throw new PoisonEventException("CloudEvents type '" + type + "' or source '" + source + "' is a name from "
                    + "before issue 24, refused since the transition ended (sinergi.events.legacy-names=refuse)");
        }
        try {
            String time = text(envelope, "time");
            return new Traced(new IncomingEvent(
                    UUID.fromString(required(envelope, "id")),
                    EventNames.normalisedType(type),
                    EventNames.normalisedSource(source),
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
