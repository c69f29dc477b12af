package id.sinergi.liaison.webhook.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.platform.cloudevents.EventNames;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "WebhookSubscription", description = "An agency system's webhook: the event types it receives, where, and its state.")
public record WebhookSubscriptionView(
        UUID id,
        @Schema(description = "CloudEvents types, as deliveries carry them (a subscription made with the names from "
                + "before issue 24 shows them with the id.sinergi. prefix).",
                examples = "[\"id.sinergi.liaison.notification-issued\",\"id.sinergi.inmate.released\"]")
        List<String> eventTypes,
        @Schema(examples = "https://siskamtibmas.polres-hsu.example.id/hooks/sinergi") String url,
        String description,
        WebhookSubscription.State state,
        @Schema(description = "The token subject that created it.", examples = "kapolres-hsu") String ownerSubject,
        @Schema(description = "The subscribing role: the scope the deliveries follow.", examples = "polres-head") String ownerRole,
        @Schema(examples = "POLRES") String ownerAgency,
        @Schema(description = "The facility, Polres unit or region whose scope the deliveries follow.", examples = "POLRES-HSU")
        String ownerUnit,
        @Schema(description = "Failed attempts in a row; the subscription pauses at the configured number.")
        int consecutiveFailures,
        @Schema(description = "Why it is paused: by whom, or the failures that paused it.") String pausedReason,
        OffsetDateTime pausedAt,
        OffsetDateTime createdAt,
        OffsetDateTime changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret: in the answer to the creation only, never again. Keep it.",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,
        long version) {

    public static WebhookSubscriptionView of(WebhookSubscription s) {
        return of(s, null);
    }

    public static WebhookSubscriptionView of(WebhookSubscription s, String secret) {
        List<String> types = s.eventTypes.stream().map(EventNames::normalisedType).distinct().toList();
        return new WebhookSubscriptionView(s.id, types, s.url, s.description, s.state, s.ownerSubject, s.ownerRole,
                s.ownerAgency, s.ownerUnit, s.consecutiveFailures, s.pausedReason, s.pausedAt, s.createdAt, s.changedAt,
                secret, s.version);
    }
}
