package id.sinergi.liaison.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.sinergi.liaison.domain.EscapeDetails;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.ReintegrationSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "Notification", description = """
        A release, detention-expiry or escape notification with its reintegration summary. The summary
        holds the basic view of the WBP only; `offenceCategories` is shown to Lapas roles and auditors,
        not to Polres. An escape (`kind` ESCAPED, `urgent`) adds `escape`: what helps find the person,
        until the recapture closes the notice and erases the identifying features and contacts.""")
public record NotificationView(
        UUID id,
        Notification.Kind kind,
        Notification.Audience audience,
        @Schema(description = "The Polres unit code, or the detaining authority's name.", examples = "POLRES-HSU") String recipient,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = """
                Why `recipient` is that Polres unit. By default the unit covering the regency of the WBP's facility \
                (`GET …/polres-units`): FACILITY_UNIT (escapes; a police detainee's detention whose detaining unit is \
                not recognised), FACILITY_UNIT_NO_PLAN (a release notice, no release plan recorded), \
                FACILITY_UNIT_NO_UNIT_FOR_REGENCY (a release notice, no unit covers the plan's regency). More specific: \
                REGENCY_UNIT (the unit covering the release plan's regency), DETAINING_UNIT (the unit the detaining \
                authority names). HOME_UNIT, HOME_UNIT_NO_PLAN, HOME_UNIT_NO_UNIT_FOR_REGENCY: liaison does not know the \
                facility, its regency or a unit covering it, so the configured unit (SINERGI_LIAISON_POLRES_UNIT). Absent \
                on notices to a detaining authority outside Sinergi and on notices issued before routing existed.""")
        Notification.Routing routing,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(examples = "D-7", description = "D-30, D-7, D-1 before a release, RELEASE on it, D-10, D-3 before a detention ends, NOW for an escape.")
        String threshold,
        @Schema(examples = "7") int daysBefore,
        @Schema(description = "The expected or actual release, the end of the detention, or the day of the escape.") LocalDate dueOn,
        @Schema(examples = "END_OF_SENTENCE", description = "END_OF_SENTENCE before a release, the release reason on release, DETENTION_ENDS, ESCAPED.")
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
        @Schema(description = "An escape: acknowledge within minutes; first on the liaison summary.") boolean urgent,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Escapes only: the escape, and the recapture once it happened.")
        EscapeDetails escape,
        @Schema(description = "When the recapture closed an escape's notice.") OffsetDateTime closedAt,
        ReintegrationSummary summary,
        @JsonInclude(JsonInclude.Include.NON_NULL) @Schema(description = "Lapas roles and auditors only.")
        List<String> offenceCategories,
        List<String> allowedActions,
        long version) {

    public static NotificationView of(Notification n, ReintegrationSummary summary, EscapeDetails escape, boolean police,
                                      OffsetDateTime now) {
        return of(n, summary, escape, police, false, now);
    }

    /**
     * @param basicViewOnly for the kanwil-officer: the summary keeps the basic view and the release (no programmes,
     *                      no release plan), and the escape's features and contacts and the offence categories are left out
     */
    public static NotificationView of(Notification n, ReintegrationSummary summary, EscapeDetails escape, boolean police,
                                      boolean basicViewOnly, OffsetDateTime now) {
        if (basicViewOnly) {
            summary = summary == null ? null : new ReintegrationSummary(summary.inmate(), summary.releaseOn(),
                    summary.releaseReason(), summary.supervisingBapas(), List.of(), List.of(), null);
            escape = null;
            police = true;
        }
        return new NotificationView(n.id, n.kind, n.audience, n.recipient, n.routing, n.inmateId, n.registerNumber, n.threshold(),
                n.thresholdDays, n.dueOn, n.reason, n.riskLevel, n.state, n.isOverdue(now), n.issuedAt,
                n.acknowledgeBy, n.acknowledgedBy, n.acknowledgedUnit, n.acknowledgedAt, n.acknowledgementNote,
                n.escalatedAt, n.escalatesTo(), n.isUrgent(), escape, n.closedAt, summary, police ? null : List.copyOf(n.offenceCategories),
                Notification.MACHINE.allowedActions(n.state, n), n.version);
    }
}
