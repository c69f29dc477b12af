package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.Finding;
import id.sinergi.liaison.domain.JointOperation.Officer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the joint operation operations. */
public final class JointOperationRequests {

    private JointOperationRequests() {
    }

    @Schema(name = "JointOperationPlan", description = "A joint operation as planned, and as changed before it is conducted (`amend`).")
    public record Plan(
            @NotBlank @Size(max = 300) @Schema(examples = "Razia gabungan Blok A dan C") String name,
            @NotNull @Schema(examples = "2026-11-28T21:00:00+08:00") OffsetDateTime plannedFor,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 50) String> blocks,
            @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 200) String> units,
            @Size(max = 200) List<@NotNull @Valid Officer> officers,
            @Size(max = 50) @Schema(description = "The Polres unit taking part (token unit), the only one that sees the operation; "
                    + "default: the unit covering the regency of the caller's facility (the configured unit, SINERGI_LIAISON_POLRES_UNIT, "
                    + "when the facility or its regency is not known).", examples = "POLRES-HSU")
            String polresUnit) {
    }

    @Schema(name = "JointOperationFinding", description = "A finding; the block must be one of the operation's.")
    public record NewFinding(
            @NotNull Finding.Kind kind,
            @NotBlank @Size(max = 2000) @Schema(examples = "Telepon genggam disembunyikan di balik kloset") String description,
            @NotNull @Min(1) @Max(100000) Integer quantity,
            @NotBlank @Size(max = 50) @Schema(examples = "A-2") String block,
            @Schema(description = "The WBP it was found on or with, known from inmate events") UUID inmateId,
            @Schema(description = "The incident recorded for it, of this facility") UUID incidentId) {
    }

    @Schema(name = "JointOperationDebrief")
    public record Debrief(@NotBlank @Size(max = 20000)
                          @Schema(examples = "Dua telepon genggam disita; pengawasan Blok A ditingkatkan") String notes) {
    }
}
