package id.sinergi.platform.consumer;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A CloudEvent read from a topic: the envelope's attributes and its {@code data}. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {

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

    /** When the event happened, falling back to now for producers that omit {@code time}. */
    public OffsetDateTime timeOrNow() {
        return time != null ? time : OffsetDateTime.now();
    }
}
