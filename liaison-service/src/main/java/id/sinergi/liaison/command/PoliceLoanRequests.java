package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.PoliceLoan.Escort;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Bodies of the police loan operations. */
public final class PoliceLoanRequests {

    private PoliceLoanRequests() {
    }

    @Schema(name = "PoliceLoanRequest")
    public record LoanRequest(
            @NotNull UUID inmateId,
            @NotBlank @Size(max = 2000) @Schema(examples = "Pemeriksaan tambahan sebagai saksi") String purpose,
            @NotBlank @Size(max = 100) @Schema(examples = "LP/B/45/XI/2026/SPKT/Polres HSU") String caseNumber,
            @NotBlank @Size(max = 100) @Schema(description = "The loan letter (surat bon).", examples = "B/123/XI/2026/Reskrim")
            String letterNumber,
            @NotBlank @Size(max = 200) @Schema(examples = "Satreskrim Polres Hulu Sungai Utara") String borrowingUnit,
            @NotNull @Schema(examples = "2026-11-22T01:30:00Z") OffsetDateTime plannedOutAt,
            @NotNull @Future @Schema(examples = "2026-11-22T09:00:00Z") OffsetDateTime plannedBackAt,
            @NotEmpty @Size(max = 10) List<@NotNull @Valid Escort> escorts) {
    }
}
