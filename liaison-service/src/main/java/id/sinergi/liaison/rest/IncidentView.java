package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.IncidentFollowUp;
import id.sinergi.platform.paging.Page;
import id.sinergi.liaison.event.LiaisonEvents.IncidentReported.Involved;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Schema(name = "Incident", description = "A security incident (kamtib); WBP appear by id, register number and role only.")
public record IncidentView(
        UUID id,
        Incident.Type type,
        Incident.Severity severity,
        OffsetDateTime occurredAt,
        @Schema(examples = "Blok A kamar 2") String place,
        String description,
        List<String> evidence,
        List<Involved> involved,
        Incident.State state,
        boolean sharedWithPolres,
        @Schema(description = "The Polres unit it is (or would be) shared with.", examples = "POLRES-HSU") String polresUnit,
        String sharedBy,
        OffsetDateTime sharedAt,
        @Schema(description = "Polres's follow-up; null until Polres has received it.") PoliceFollowUp policeFollowUp,
        @Schema(description = "Each step of Polres's follow-up (receive, investigate, charge, close), oldest first; "
                + "empty until Polres has received it.") List<PoliceFollowUpStep> policeFollowUpHistory,
        @Schema(examples = "kamtib-1") String reportedBy,
        OffsetDateTime reportedAt,
        String closedBy,
        OffsetDateTime closedAt,
        String closingReason,
        List<String> allowedActions,
        long version) {

    @Schema(name = "PoliceFollowUp")
    public record PoliceFollowUp(
            @Schema(enumeration = {"RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED"}) Incident.State status,
            @Schema(examples = "LP/B/52/XI/2026/SPKT/Polres HSU") String policeReportNumber,
            String note,
            @Schema(description = "The officer's token subject at the last follow-up.") String by,
            OffsetDateTime at) {
    }

    @Schema(name = "PoliceFollowUpStep", description = "One step of Polres's follow-up.")
    public record PoliceFollowUpStep(
            @Schema(enumeration = {"receive", "investigate", "charge", "close"}) String action,
            @Schema(description = "The incident's state after the step.") Incident.State state,
            @Schema(examples = "LP/B/52/XI/2026/SPKT/Polres HSU") String policeReportNumber,
            @Schema(description = "The follow-up note, or the closing reason.") String note,
            @Schema(description = "The officer's token subject.") String by,
            OffsetDateTime at) {

        static PoliceFollowUpStep of(IncidentFollowUp step) {
            return new PoliceFollowUpStep(step.action, step.state, step.policeReportNumber, step.note, step.actedBy, step.actedAt);
        }
    }

    /** An incident with its follow-up history read now (one incident's answer). */
    public static IncidentView of(Incident i) {
        return of(i, IncidentFollowUp.of(i.id));
    }

    /** A page of incidents with their histories read in one query. */
    public static Page<IncidentView> of(Page<Incident> page) {
        Map<UUID, List<IncidentFollowUp>> histories = IncidentFollowUp.of(page.items().stream().map(i -> i.id).toList());
        return page.map(i -> of(i, histories.getOrDefault(i.id, List.of())));
    }

    public static IncidentView of(Incident i, List<IncidentFollowUp> history) {
        Incident.State policeStatus = i.policeStatus();
        return new IncidentView(i.id, i.type, i.severity, i.occurredAt, i.place, i.description, List.copyOf(i.evidence),
                i.involved.stream().map(w -> new Involved(w.inmateId, w.registerNumber, w.role)).toList(), i.state,
                i.isShared(), i.polresUnit, i.sharedBy, i.sharedAt,
                policeStatus == null ? null
                        : new PoliceFollowUp(policeStatus, i.policeReportNumber, i.followUpNote, i.followedUpBy, i.followedUpAt),
                history.stream().map(PoliceFollowUpStep::of).toList(),
                i.createdBy, i.createdAt, i.closedBy, i.closedAt, i.closingReason,
                Incident.MACHINE.allowedActions(i.state, i), i.version);
    }
}
