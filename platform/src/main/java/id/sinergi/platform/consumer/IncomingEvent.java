package id.sinergi.platform.consumer;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A CloudEvent read from a topic: the envelope's attributes and its {@code data}. */
public record IncomingEvent(UUID id, String type, String source, String subject, OffsetDateTime time, JsonNode data) {
}
