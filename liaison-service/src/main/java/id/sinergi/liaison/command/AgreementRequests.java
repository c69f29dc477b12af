package id.sinergi.liaison.command;

import id.sinergi.liaison.domain.Agreement;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** Bodies of the agreement operations. */
public final class AgreementRequests {

    private AgreementRequests() {
    }

    @Schema(name = "AgreementDraft", description = "A cooperation agreement as drafted, and as changed while a draft (`amend`).")
    public record Draft(
            @NotNull Agreement.Kind kind,
            @NotBlank @Size(max = 100) @Schema(description = "The agreement's number, unique.", examples = "B/17/III/2026/Polres HSU")
            String number,
            @NotBlank @Size(max = 300) String title,
            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> parties,
            @NotBlank @Size(max = 4000) String scope,
            @NotNull @Schema(examples = "2026-03-01") LocalDate validFrom,
            @NotNull @Schema(examples = "2028-02-29") LocalDate validTo,
            @Size(max = 50) @Schema(description = "The Polres unit that is a party (token unit): the only Polres unit that sees "
                    + "it. None for agreements with other partners.", examples = "POLRES-HSU") String polresUnit) {
    }
}
