package id.sinergi.program.command;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "CompletionRequest", description = "The final assessment; completion issues the certificate number.")
public record CompletionRequest(
        @Schema(description = "Final score 0–100; leave out for programmes that are not scored.", examples = "82")
        @Min(0) @Max(100) Integer score,
        @Schema(examples = "Aktif berdiskusi; memahami materi") @Size(max = 4000) String notes,
        @Schema(description = "Defaults to today.", examples = "2026-11-28") @PastOrPresent LocalDate completedOn) {

    /** A completion without a body: no score, no notes, today. */
    public static final CompletionRequest NONE = new CompletionRequest(null, null, null);
}
