package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.event.LiaisonEvents.IncidentReported.Involved;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
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

    public static IncidentView of(Incident i) {
        Incident.State policeStatus = i.policeStatus();
        return new IncidentView(i.id, i.type, i.severity, i.occurredAt, i.place, i.description, List.copyOf(i.evidence),
                i.involved.stream().map(w -> new Involved(w.inmateId, w.registerNumber, w.role)).toList(), i.state,
                i.isShared(), i.polresUnit, i.sharedBy, i.sharedAt,
                policeStatus == null ? null
                        : new PoliceFollowUp(policeStatus, i.policeReportNumber, i.followUpNote, i.followedUpBy, i.followedUpAt),
                i.createdBy, i.createdAt, i.closedBy, i.closedAt, i.closingReason,
                Incident.MACHINE.allowedActions(i.state, i), i.version);
    }
}
