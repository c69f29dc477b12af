package id.sinergi.program.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AssessmentRequest", description = "A progress assessment of an active or suspended enrolment.")
public record AssessmentRequest(
        @Schema(examples = "70") @Min(0) @Max(100) Integer score,
        @Schema(examples = "Kehadiran baik, perlu lebih aktif") @NotBlank @Size(max = 4000) String notes,
        @Schema(description = "Defaults to today.", examples = "2026-11-20") @PastOrPresent LocalDate assessedOn) {
}
