package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "AdmissionRequest", description = "A WBP entering the register.")
public record AdmissionRequest(
        @Schema(description = "Full name as on the detention or court document.", examples = "Ahmad Rizani")
        @NotBlank @Size(max = 200) String fullName,

        @Schema(description = "NIK (national identity number): exactly 16 digits; omit for foreign nationals.",
                examples = "6308011203900001")
        @Pattern(regexp = "\\d{16}", message = "must be exactly 16 digits") String nik,

        @Schema(description = "Register class: A.I–A.V (detainees) or B.I, B.IIa, B.IIb, B.III (convicts).",
                examples = "B.I", implementation = String.class,
                enumeration = {"A.I", "A.II", "A.III", "A.IV", "A.V", "B.I", "B.IIa", "B.IIb", "B.III"})
        @NotNull RegisterClass registerClass,

        @Schema(description = "Risk level at admission.", examples = "HIGH")
        @NotNull RiskLevel riskLevel,

        @Schema(description = "Date of admission; today when omitted.", examples = "2026-11-02")
        @PastOrPresent LocalDate admittedOn) {
}
