package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.RiskLevel;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body that resolves a risk review. */
public final class RiskReviewRequests {

    private RiskReviewRequests() {
    }

    @Schema(name = "RiskReviewResolutionRequest", description = "Exactly one of `assessment` (a new risk assessment) or "
            + "`unchanged` (the reason the level stays); `violation` adds a Register F entry when the facts are a breach "
            + "of the facility's rules with a sanction decided.")
    public record Resolution(@Valid Assessment assessment, @Valid Unchanged unchanged, @Valid DisciplinaryRequests.Entry violation) {
    }

    @Schema(name = "RiskReviewAssessment")
    public record Assessment(
            @NotNull RiskLevel riskLevel,
            @Schema(examples = "Named as perpetrator of a fight in block A; raised to HIGH")
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "RiskReviewUnchanged")
    public record Unchanged(
            @Schema(examples = "Named only as a bystander in the report; the level stays")
            @NotBlank @Size(max = 2000) String reason) {
    }
}
