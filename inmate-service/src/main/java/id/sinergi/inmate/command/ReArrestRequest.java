package id.sinergi.inmate.command;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.UUID;

@Schema(name = "ReArrestRequest", description = "Polres records the arrest of a former WBP, named by NIK or by the person's id "
        + "(exactly one). The unit is the caller's.")
public record ReArrestRequest(
        @Schema(description = "The person's NIK; never stored with the re-arrest nor sent in events", examples = "6308011203900001")
        @Pattern(regexp = "\\d{16}", message = "{sinergi.nik}") String nik,
        @Schema(description = "The person's id (personId of a record)") UUID personId,
        @Schema(examples = "2027-08-20") @NotNull LocalDate arrestedOn,
        @Schema(examples = "LP/B/112/VIII/2027/Kalsel/Res HSU") @NotBlank @Size(max = 100) String policeReportNumber,
        @Schema(examples = "Pasal 363 KUHP") @NotBlank @Size(max = 200) String article) {

    @Schema(hidden = true)
    @AssertTrue(message = "{sinergi.nik-or-person}")
    public boolean isExactlyOnePerson() {
        return (nik == null) != (personId == null);
    }
}
