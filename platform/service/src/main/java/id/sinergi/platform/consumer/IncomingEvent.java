package id.sinergi.platform.consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sinergi.platform.cloudevents.EventNames;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A CloudEvent read from a topic: the envelope's attributes and its {@code data}. {@code time} is
 * when the event happened, or, for producers that omit it, when it was received by the facility
 * clock (filled in by {@link CloudEventDecoder}). {@code type} and {@code source} are in today's form
 * ({@code id.sinergi.inmate.admitted}, {@code https://sinergi.id/services/inmate-service}) even for an
 * event published before issue 24: the decoder normalises them.
 */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {

    /**
     * The event's name in Sinergi, its type without the {@code id.sinergi.} prefix ({@code inmate.admitted}):
     * what the producer's event class calls it and what consumers key their handlers by.
     */
    public String name() {
        return EventNames.eventName(type);
    }

    /**
     * How payloads are read: fields a consumer does not know are ignored (producers add fields
     * without a new version), but a field it knows must have its documented type: no number for a
     * string, no number for a date, no string for an enum that is not one of its values.
     */
    private static final ObjectMapper PAYLOADS = payloadMapper();

    /**
     * The {@code data} as the record the consumer declares. A payload that does not decode (a
     * missing required field, a wrong type, a value a compact constructor refuses) is a poison
     * event: retrying cannot help, so it goes to the dead-letter topic.
     */
    public <T> T data(Class<T> payloadType) {
        try {
            return PAYLOADS.treeToValue(data, payloadType);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            String reason = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            throw new PoisonEventException("data of " + type + " " + id + " is not a " + payloadType.getSimpleName()
                    + ": " + reason, e);
        }
    }

    private static ObjectMapper payloadMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.DateTime).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /**
     * A field of {@code data} the contract requires, by dotted path ({@code inmate.inmateId}); its
     * absence makes the event a poison message.
     */
    public String text(String field) {
        JsonNode value = data.at("/" + field.replace('.', '/'));
        if (value.isMissingNode() || value.isNull() || value.asText().isBlank()) {
            throw new PoisonEventException("data." + field + " is missing in " + type + " " + id);
        }
        return value.asText();
    }

    public UUID uuid(String field) {
        try {
            return UUID.fromString(text(field));
        } catch (IllegalArgumentException e) {
            throw new PoisonEventException("data." + field + " is not a UUID in " + type + " " + id, e);
        }
    }

    /** An optional field of {@code data}, by dotted path; null when absent. */
    public String optionalText(String field) {
        JsonNode value = data.at("/" + field.replace('.', '/'));
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
