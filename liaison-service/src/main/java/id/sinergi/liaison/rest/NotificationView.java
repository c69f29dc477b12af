package id.sinergi.liaison.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.ReintegrationSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Notification", description = """
        A release or detention-expiry notification with its reintegration summary. The summary holds
        the basic view of the WBP only; `offenceCategories` is shown to Lapas roles and auditors, not
        to Polres.""")
public record NotificationView(
        UUID id,
        Notification.Kind kind,
        Notification.Audience audience,
        @Schema(description = "The Polres unit code, or the detaining authority's name.", examples = "POLRES-HSU") String recipient,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(examples = "D-7", description = "D-30, D-7, D-1 before a release, RELEASE on it, D-10, D-3 before a detention ends.")
        String threshold,
        @Schema(examples = "7") int daysBefore,
        @Schema(description = "The expected or actual release, or the end of the detention.") LocalDate dueOn,
        @Schema(examples = "END_OF_SENTENCE", description = "END_OF_SENTENCE before a release, the release reason on release, DETENTION_ENDS.")
        String reason,
        @Schema(examples = "HIGH") String riskLevel,
        Notification.State state,
        @Schema(description = "Escalated, or open past `acknowledgeBy`.") boolean overdue,
        OffsetDateTime issuedAt,
        OffsetDateTime acknowledgeBy,
        String acknowledgedBy,
        String acknowledgedUnit,
        OffsetDateTime acknowledgedAt,
        String acknowledgementNote,
        OffsetDateTime escalatedAt,
        @Schema(examples = "polres-head") String escalatesTo,
        ReintegrationSummary summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Lapas roles and auditors only.")
        List<String> offenceCategories,
        List<String> allowedActions,
        long version) {

    public static NotificationView of(Notification n, ReintegrationSummary summary, boolean police, OffsetDateTime now) {
        return new NotificationView(n.id, n.kind, n.audience, n.recipient, n.inmateId, n.registerNumber, n.threshold(),
                n.thresholdDays, n.dueOn, n.reason, n.riskLevel, n.state, n.isOverdue(now), n.issuedAt,
                n.acknowledgeBy, n.acknowledgedBy, n.acknowledgedUnit, n.acknowledgedAt, n.acknowledgementNote,
                n.escalatedAt, n.escalatesTo(), summary, police ? null : List.copyOf(n.offenceCategories),
                Notification.MACHINE.allowedActions(n.state, n), n.version);
    }
}
