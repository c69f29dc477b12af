package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.Meeting.Attendee;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies of the coordination meeting and action item operations. */
public final class MeetingRequests {

    private MeetingRequests() {
    }

    @Schema(name = "MeetingSchedule", description = "A coordination meeting as scheduled, and as changed before it is held (`amend`).")
    public record Schedule(
            @NotBlank @Size(max = 300) @Schema(examples = "Rapat koordinasi kamtib triwulan IV") String title,
            @NotNull @Schema(examples = "2026-11-25T09:00:00+08:00") OffsetDateTime startsAt,
            @NotBlank @Size(max = 200) @Schema(examples = "Aula Lapas Kelas IIB Amuntai") String place,
            @NotEmpty @Size(max = 30) List<@NotBlank @Size(max = 500) String> agenda,
            @Size(max = 100) @Schema(description = "Those invited; replaced by those present when the minutes are recorded.")
            List<@NotNull @Valid Attendee> attendees,
            @Size(max = 50) @Schema(description = "The Polres unit taking part (token unit), the only one that sees the meeting; "
                    + "default: the unit covering the regency of the caller's facility (the configured unit, SINERGI_LIAISON_POLRES_UNIT, "
                    + "when the facility or its regency is not known).", examples = "POLRES-HSU")
            String polresUnit) {
    }

    @Schema(name = "MeetingMinutes", description = "What the meeting recorded: who was there, the minutes, decisions and action items.")
    public record Minutes(
            @NotEmpty @Size(max = 100) List<@NotNull @Valid Attendee> attendees,
            @NotBlank @Size(max = 20000) String minutes,
            @Size(max = 50) List<@NotBlank @Size(max = 2000) String> decisions,
            @Size(max = 50) List<@NotNull @Valid NewActionItem> actionItems) {
    }

    @Schema(name = "NewActionItem")
    public record NewActionItem(
            @NotBlank @Size(max = 2000) @Schema(examples = "Patroli gabungan di sekitar tembok luar Blok C setiap malam") String description,
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,39}", message = "{sinergi.agency-code}")
            @Schema(description = "LAPAS, POLRES, or another agency's code; Polres progresses the items owned by POLRES.",
                    examples = "POLRES") String ownerAgency,
            @NotBlank @Size(max = 200) @Schema(examples = "Kasat Samapta Polres HSU") String assignee,
            @NotNull @Schema(description = "Not before the meeting's day.", examples = "2026-12-15") LocalDate dueOn) {
    }
}
