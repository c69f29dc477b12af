package id.sinergi.inmate.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReleasePlanRequest", description = "Where the WBP will live after release, who receives them and the Bapas; "
        + "replaces an earlier plan as a whole.")
public record ReleasePlanRequest(
        @Schema(examples = "Jl. Basuki Rahmat No. 12 RT 03") @NotBlank @Size(max = 300) String address,
        @Schema(description = "Desa or kelurahan", examples = "Sungai Malang") @NotBlank @Size(max = 100) String village,
        @Schema(description = "Kecamatan", examples = "Amuntai Tengah") @NotBlank @Size(max = 100) String district,
        @Schema(description = "Kemendagri regency code (kabupaten/kota): tells which Polres is responsible", examples = "63.08")
        @NotNull @Pattern(regexp = "^\\d{2}\\.\\d{2}$", message = "{sinergi.regency-code}") String regencyCode,
        @Schema(examples = "Hulu Sungai Utara") @NotBlank @Size(max = 100) String regencyName,
        @Valid @NotNull Receiver receivedBy,
        @Schema(description = "The Bapas that supervises", examples = "Bapas Kelas II Barabai") @NotBlank @Size(max = 200) String bapas) {

    @Schema(name = "ReleaseReceiver", description = "Who receives the WBP at release (the guarantor, penjamin)")
    public record Receiver(
            @Schema(examples = "Siti Aminah") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Ibu kandung") @NotBlank @Size(max = 100) String relationship,
            @Schema(examples = "+6281234567890") @Size(max = 30)
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,30}$", message = "{sinergi.phone}") String phone) {
    }
}
