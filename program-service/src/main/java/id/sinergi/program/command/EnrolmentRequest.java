package id.sinergi.program.command;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "EnrolmentRequest")
public record EnrolmentRequest(
        @Schema(description = "The programme.", examples = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") @NotNull UUID programId,
        @Schema(description = "The WBP (inmate-service's id).", examples = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @NotNull UUID inmateId,
        @Schema(description = "Why the WBP is put forward (optional).", examples = "Recommended by the TPP (tim pengamat pemasyarakatan)")
        @Size(max = 2000) String reason) {
}
