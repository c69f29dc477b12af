package id.sinergi.liaison.webhook.rest;

import id.sinergi.liaison.webhook.domain.WebhookDelivery;
import id.sinergi.platform.cloudevents.EventNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

@Schema(name = "WebhookDelivery", description = "One event sent, or to be sent, to a subscription, and how its attempts went.")
public record WebhookDeliveryView(
        @Schema(description = "The delivery's position in the subscription's order.") long sequence,
        @Schema(description = "The CloudEvent id, sent as `webhook-id` on every attempt.") UUID eventId,
        @Schema(description = "The CloudEvents type (with the id.sinergi. prefix, also for deliveries queued before issue 24).",
                examples = "id.sinergi.liaison.notification-issued") String eventType,
        WebhookDelivery.Status status,
        int attempts,
        @Schema(description = "The receiver's status code at the last attempt; null when it did not answer.") Integer lastStatusCode,
        @Schema(description = "What went wrong at the last attempt.", examples = "HTTP 503") String lastError,
        @Schema(description = "When it is tried next (PENDING and FAILED only).") OffsetDateTime nextAttemptAt,
        OffsetDateTime lastAttemptAt,
        OffsetDateTime deliveredAt,
        OffsetDateTime createdAt) {

    public static WebhookDeliveryView of(WebhookDelivery d) {
        boolean open = WebhookDelivery.OPEN.contains(d.status);
        return new WebhookDeliveryView(d.seq, d.eventId, EventNames.normalisedType(d.eventType), d.status, d.attempts,
                d.lastStatusCode, d.lastError, open ? d.nextAttemptAt : null, d.lastAttemptAt, d.deliveredAt, d.createdAt);
    }
}
