package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.DataCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the information request operations. */
public final class InfoRequestRequests {

    private InfoRequestRequests() {
    }

    @Schema(name = "InfoRequestSubmission")
    public record Submission(
            @NotNull UUID inmateId,
            @NotBlank @Size(max = 2000) @Schema(examples = "Penyidikan perkara pencurian dengan kekerasan; WBP diduga mengenal pelaku")
            String purpose,
            @NotNull @Valid LegalBasis legalBasis,
            @NotEmpty @Size(max = 6) List<@NotNull DataCategory> requestedData,
            @NotNull @FutureOrPresent @Schema(examples = "2026-12-05") LocalDate neededBy) {
    }

    @Schema(name = "LegalBasis", description = "The letter that asks for the data and, in an investigation, the police report.")
    public record LegalBasis(
            @NotBlank @Size(max = 100) @Schema(examples = "B/412/XI/2026/Reskrim") String letterNumber,
            @Size(max = 100) @Schema(examples = "LP/B/45/XI/2026/SPKT/Polres HSU") String policeReportNumber) {
    }

    @Schema(name = "InfoRequestApproval")
    public record Approval(
            @NotNull @jakarta.validation.constraints.Future @Schema(examples = "2026-12-21T02:00:00Z") OffsetDateTime accessExpiresAt,
            @Size(max = 2000) String note) {
    }

    @Schema(name = "InfoRequestFulfilment")
    public record Fulfilment(
            @NotEmpty @Size(max = 6) List<@NotNull DataCategory> providedData,
            @Size(max = 2000) @Schema(examples = "Salinan identitas dan putusan diserahkan kepada Bripka A.") String note) {
    }
}
