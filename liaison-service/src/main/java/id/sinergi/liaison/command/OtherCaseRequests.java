package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.OtherCase;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** Bodies of the other-case operations. */
public final class OtherCaseRequests {

    private OtherCaseRequests() {
    }

    @Schema(name = "OtherCaseReport", description = "A WBP in custody named as suspect in another case, under Polres's police report number.")
    public record Report(
            @NotNull UUID inmateId,
            @NotBlank @Size(max = 100) @Schema(examples = "LP/B/61/XII/2026/SPKT/Polres HSU") String policeReportNumber,
            @NotBlank @Size(max = 200) @Schema(examples = "Pasal 114 ayat (1) UU 35/2009") String article,
            @NotBlank @Size(max = 4000) @Schema(examples = "Pengendali peredaran sabu dari dalam Lapas") String description) {
    }

    @Schema(name = "OtherCaseClosing", description = "How the case ended for the WBP, and why.")
    public record Closing(
            @NotNull OtherCase.Outcome outcome,
            @Size(max = 2000) @Schema(examples = "SP3/12/XII/2026: tidak cukup bukti") String reason) {
    }
}
