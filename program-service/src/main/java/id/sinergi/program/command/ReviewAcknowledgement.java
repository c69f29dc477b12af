package id.sinergi.program.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewAcknowledgement")
public record ReviewAcknowledgement(
        @Schema(description = "What was decided.", examples = "Discussed with kamtib; stays in the programme, seated apart")
        @NotBlank @Size(max = 2000) String note) {
}
