package id.sinergi.inmate.command;

import id.sinergi.inmate.domain.Contact;
import id.sinergi.inmate.domain.IdentifyingFeatures;
import id.sinergi.inmate.domain.Sex;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(name = "PersonalDetails", description = "A WBP's identity, identifying features and contacts, replaced as a whole.")
public record PersonalDetailsRequest(
        @Schema(examples = "Ahmad Rizani") @NotBlank @Size(max = 200) String fullName,
        @Schema(examples = "[\"Udin\", \"Rizan\"]") @Size(max = 10) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(examples = "6308011203900001") @Pattern(regexp = "\\d{16}", message = "{sinergi.nik}") String nik,
        @Schema(examples = "Amuntai") @Size(max = 100) String birthPlace,
        @Schema(examples = "1990-03-12") @Past LocalDate birthDate,
        @NotNull Sex sex,
        @Schema(examples = "IDN") @NotNull @Pattern(regexp = "[A-Z]{3}", message = "{sinergi.nationality}")
        String nationality,
        @Schema(description = "Identifying features (ciri-ciri); replaced with the rest: omitted clears them.")
        @Valid IdentifyingFeatures identifyingFeatures,
        @Schema(description = "Family, addresses and phones the Lapas holds; replaced with the rest.")
        @Size(max = 20) List<@Valid @NotNull Contact> contacts) {
}
