package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.FacilityKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FacilityRequest", description = "A facility of the region's directory, as a whole; the code is the path's.")
public record FacilityRequest(
        @Schema(examples = "Lapas Kelas IIB Amuntai") @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{sinergi.no-control-characters}") String name,
        @Schema(description = "LAPAS, RUTAN, LPKA or BAPAS", examples = "LAPAS") @NotNull FacilityKind kind,
        @Schema(description = "The facility's class (kelas)", examples = "IIB",
                enumeration = {"I", "II", "IIA", "IIB", "III"})
        @NotNull @Pattern(regexp = "I|II|IIA|IIB|III", message = "{sinergi.facility-class}") String facilityClass,
        @Schema(description = "IANA time zone of the facility's calendar", examples = "Asia/Makassar")
        @NotBlank @Size(max = 64) String timeZone,
        @Schema(description = "Kemendagri regency code (kabupaten/kota) the facility stands in", examples = "63.08")
        @NotNull @Pattern(regexp = "^\\d{2}\\.\\d{2}$", message = "{sinergi.regency-code}") String regencyCode,
        @Schema(examples = "Kabupaten Hulu Sungai Utara") @NotBlank @Size(max = 100)
        @Pattern(regexp = "[^\\p{Cntrl}]*", message = "{sinergi.no-control-characters}") String regencyName) {
}
