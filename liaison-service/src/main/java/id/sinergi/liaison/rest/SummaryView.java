package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.service.LiaisonSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

@Schema(name = "LiaisonSummary", description = """
        What needs attention, within the caller's scope: first the escapes (urgent), then the counts.
        Each number is the `total` of a list query named in its description, so it leads to the records
        behind it.""")
public record SummaryView(
        OffsetDateTime asOf,
        @Schema(description = "First: the WBP at large, whose escape notices the recapture has not yet closed.")
        Escapes escapes,
        Notifications notifications,
        InfoRequests infoRequests,
        PoliceLoans policeLoans,
        Incidents incidents,
        ActionItems actionItems,
        Agreements agreements) {

    @Schema(name = "SummaryEscapes", description = "Escapes not yet closed by a recapture, newest first.")
    public record Escapes(
            @Schema(description = "Not closed: `GET …/notifications?kind=ESCAPED` without state CLOSED") long atLarge,
            @Schema(description = "Not yet acknowledged: `GET …/notifications?kind=ESCAPED&state=OPEN`") long unacknowledged,
            @Schema(description = "Escalated to polres-head: `GET …/notifications?kind=ESCAPED&state=ESCALATED`") long escalated,
            List<EscapeItem> items) {
    }

    @Schema(name = "SummaryEscape", description = "One WBP at large, as the urgent notice names them (basic view).")
    public record EscapeItem(UUID notificationId, UUID inmateId, @Schema(examples = "B.I-0123/2026") String registerNumber,
                             @Schema(examples = "Ahmad Rizani") String fullName, OffsetDateTime escapedAt,
                             Notification.State state,
                             @Schema(description = "Escalated, or open past `acknowledgeBy`.") boolean overdue,
                             OffsetDateTime acknowledgeBy) {

        static EscapeItem of(Notification n, String fullName, OffsetDateTime escapedAt, OffsetDateTime now) {
            return new EscapeItem(n.id, n.inmateId, n.registerNumber, fullName, escapedAt, n.state, n.isOverdue(now),
                    n.acknowledgeBy);
        }
    }

    @Schema(name = "SummaryNotifications")
    public record Notifications(
            @Schema(description = "Not yet acknowledged nor escalated: `GET …/notifications?state=OPEN`") long open,
            @Schema(description = "Escalated, or open past the deadline: `GET …/notifications?overdue=true`") long overdueAcknowledgements) {
    }

    @Schema(name = "SummaryInfoRequests")
    public record InfoRequests(
            @Schema(description = "Waiting for the Lapas: `GET …/info-requests?state=SUBMITTED`") long pending,
            @Schema(description = "Waiting past the answer deadline: `GET …/info-requests?overdue=true`") long overdue) {
    }

    @Schema(name = "SummaryPoliceLoans")
    public record PoliceLoans(
            @Schema(description = "Waiting for a decision: `GET …/police-loans?state=REQUESTED`") long pending,
            @Schema(description = "Out past the planned return: `GET …/police-loans?overdue=true`") long overdue) {
    }

    @Schema(name = "SummaryIncidents")
    public record Incidents(
            @Schema(description = "Not closed: `GET …/incidents?open=true`") long open,
            @Schema(description = "Open by severity, every severity present: `GET …/incidents?open=true&severity=…`")
            Map<Incident.Severity, Long> openBySeverity,
            @Schema(description = "Shared incidents by Polres's follow-up status (RECEIVED, UNDER_INVESTIGATION, CHARGED, "
                    + "CLOSED), every status present: `GET …/incidents?policeStatus=…`")
            Map<Incident.State, Long> byPoliceStatus) {
    }

    @Schema(name = "SummaryActionItems")
    public record ActionItems(
            @Schema(description = "Open or in progress past the due date: `GET …/action-items?overdue=true`") long overdue,
            @Schema(description = "Per owner agency, only agencies with some: `GET …/action-items?overdue=true&ownerAgency=…`")
            Map<String, Long> overdueByAgency) {
    }

    @Schema(name = "SummaryAgreements")
    public record Agreements(
            @Schema(description = "Active and ending within `withinDays`: `GET …/agreements?expiringWithinDays=…`") long expiringSoon,
            @Schema(description = "The notice period (SINERGI_LIAISON_AGREEMENT_EXPIRY_NOTICE).", examples = "60") int withinDays) {
    }

    /** @param escapeItem each escape notice as the summary lists it (name and time from its stored summary and escape) */
    public static SummaryView of(LiaisonSummary.Counts counts, Function<Notification, EscapeItem> escapeItem) {
        List<Notification> escapes = counts.escapesAtLarge();
        return new SummaryView(counts.asOf(),
                new Escapes(escapes.size(), escapes.stream().filter(n -> n.state == Notification.State.OPEN).count(),
                        escapes.stream().filter(n -> n.state == Notification.State.ESCALATED).count(),
                        escapes.stream().map(escapeItem).toList()),
                new Notifications(counts.notificationsOpen(), counts.notificationsOverdue()),
                new InfoRequests(counts.infoRequestsPending(), counts.infoRequestsOverdue()),
                new PoliceLoans(counts.loansPending(), counts.loansOverdue()),
                new Incidents(sum(counts.openIncidentsBySeverity()), counts.openIncidentsBySeverity(),
                        counts.incidentsByPoliceStatus()),
                new ActionItems(sum(counts.overdueItemsByAgency()), counts.overdueItemsByAgency()),
                new Agreements(counts.agreementsExpiringSoon(), counts.expiryNoticeDays()));
    }

    private static long sum(Map<?, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
