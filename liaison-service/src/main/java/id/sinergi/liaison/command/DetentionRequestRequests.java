package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.DetentionRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

/** The body of a Polres unit's detention order sent to the Lapas. */
public final class DetentionRequestRequests {

    private DetentionRequestRequests() {
    }

    @Schema(name = "DetentionRequestSubmission", description = """
            An extension or handover order of a WBP the unit detains, as signed: number, date, who issued it and the
            new last day (a handover also names the next stage and may give its first day).""")
    public record Submission(
            @NotNull UUID inmateId,
            @NotNull DetentionRequest.Kind kind,
            @Schema(description = "The next stage, for a HANDOVER only.", examples = "A.II", enumeration = {"A.II", "A.III", "A.IV", "A.V"})
            @Pattern(regexp = "A\\.(II|III|IV|V)", message = "{sinergi.detention-stage}") String stage,
            @Schema(examples = "B-1234/O.3.21/Eoh.1/12/2026") @NotBlank @Size(max = 100) String orderNumber,
            @Schema(examples = "2026-12-08") @NotNull @PastOrPresent LocalDate orderDate,
            @Schema(examples = "Kejaksaan Negeri Hulu Sungai Utara") @NotBlank @Size(max = 200) String issuedBy,
            @Schema(description = "The first day of a handover's order; its date when omitted.", examples = "2026-12-09")
            LocalDate startsOn,
            @Schema(examples = "2027-01-09") @NotNull LocalDate endsOn) {
    }
}
