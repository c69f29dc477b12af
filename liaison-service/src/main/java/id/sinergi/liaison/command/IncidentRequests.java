package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.Incident;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the incident operations. */
public final class IncidentRequests {

    private IncidentRequests() {
    }

    @Schema(name = "IncidentReport", description = "A security incident as recorded, and as corrected (`amend`) before it is shared.")
    public record Report(
            @NotNull Incident.Type type,
            @NotNull Incident.Severity severity,
            @NotNull @PastOrPresent @Schema(examples = "2026-11-18T14:20:00+08:00") OffsetDateTime occurredAt,
            @NotBlank @Size(max = 200) @Schema(examples = "Blok A kamar 2") String place,
            @NotBlank @Size(max = 4000) String description,
            @Size(max = 20) @Schema(description = "References to evidence kept elsewhere (photos, seizure reports, CCTV exports).")
            List<@NotBlank @Size(max = 500) String> evidence,
            @Size(max = 50) @Schema(description = "The WBP involved; each must be known from inmate events and held in the facility.")
            List<@NotNull @Valid Involved> involved,
            @Schema(description = "Share with Polres now: publishes `liaison.incident-reported`.") boolean shareWithPolres) {
    }

    @Schema(name = "IncidentInvolvement")
    public record Involved(@NotNull UUID inmateId, @NotNull Incident.InvolvementRole role) {
    }

    @Schema(name = "IncidentFollowUp", description = "Polres's follow-up: the police report number (required to investigate, "
            + "kept once given) and a note.")
    public record FollowUp(
            @Size(max = 100) @Schema(examples = "LP/B/52/XI/2026/SPKT/Polres HSU") String policeReportNumber,
            @Size(max = 2000) @Schema(examples = "Penyidik Satresnarkoba ditunjuk") String note) {

        public static final FollowUp NONE = new FollowUp(null, null);

        public static FollowUp of(FollowUp body) {
            return body == null ? NONE : body;
        }
    }
}
