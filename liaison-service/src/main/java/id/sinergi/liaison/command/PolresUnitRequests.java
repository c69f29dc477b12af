package id.sinergi.liaison.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Bodies of the Polres directory's operations. */
public final class PolresUnitRequests {

    private PolresUnitRequests() {
    }

    @Schema(name = "PolresUnitChange", description = "A Polres unit as sinergi-admin sets it: its name and every regency/city it covers.")
    public record Unit(
            @NotBlank @Size(max = 200) @Schema(examples = "Polres Tabalong") String name,
            @NotEmpty @Size(max = 20) List<@NotNull @Valid Regency> regencies) {
    }

    @Schema(name = "PolresUnitRegency", description = "A kabupaten/kota by its Kemendagri code (Kepmendagri 100.1.1-6117/2022).")
    public record Regency(
            @NotNull @Pattern(regexp = "^\\d{2}\\.\\d{2}$", message = "{sinergi.regency-code}")
            @Schema(examples = "63.09", pattern = "^\\d{2}\\.\\d{2}$") String code,
            @NotBlank @Size(max = 200) @Schema(examples = "Kabupaten Tabalong") String name) {
    }
}
