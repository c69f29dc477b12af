package id.sinergi.inmate.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/** The bodies of Register F (the disciplinary register). */
public final class DisciplinaryRequests {

    private DisciplinaryRequests() {
    }

    @Schema(name = "DisciplinaryEntryRequest", description = "A breach of the facility's rules and the sanction decided for it.")
    public record Entry(
            @Schema(examples = "Kept a mobile phone in the cell") @NotBlank @Size(max = 2000) String violation,
            @Schema(description = "The Kalapas's decision imposing the sanction.", examples = "W15.PAS.6-PK.04.01-112/2026")
            @NotBlank @Size(max = 100) String decisionNumber,
            @Schema(examples = "2026-11-02") @NotNull @PastOrPresent LocalDate decisionDate,
            @Schema(examples = "Isolation (strafsel) for 6 days; visits suspended") @NotBlank @Size(max = 500) String sanction,
            @Schema(examples = "2026-11-02") @NotNull LocalDate sanctionStart,
            @Schema(examples = "2026-11-07") @NotNull LocalDate sanctionEnd) {
    }

    @Schema(name = "DisciplinaryAnnulmentRequest")
    public record Annulment(
            @Schema(examples = "Decision set aside on review: the phone belonged to another WBP")
            @NotBlank @Size(max = 2000) String reason) {
    }
}
