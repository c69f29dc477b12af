package id.sinergi.program.command;

import id.sinergi.program.domain.ProgrammeCategory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ProgrammeRequest", description = "A new programme; it starts as DRAFT.")
public record ProgrammeRequest(
        @Schema(description = "Unique; upper-case letters, digits and dashes. Certificate numbers are built from it.",
                examples = "KES-HUKUM-2026-01")
        @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]", message = "{sinergi.programme-code}")
        String code,
        @NotNull ProgrammeCategory category,
        @Schema(examples = "Kesadaran hukum bersama Polres HSU") @NotBlank @Size(max = 200) String name,
        @Schema(examples = "Penyuluhan hukum: hak dan kewajiban warga negara, bahaya narkotika") @Size(max = 4000) String description,
        @Schema(description = "The partner institution, if any.", examples = "Polres Hulu Sungai Utara") @Size(max = 200) String partner,
        @Schema(description = "The Polres unit that co-organises the programme (integrated pembinaan), if any: its officers "
                + "read the programme and take the roll of the sessions it facilitates.", examples = "POLRES-HSU")
        @Pattern(regexp = ProgrammeDefinition.POLRES_UNIT, message = "{sinergi.polres-unit}")
        String coOrganiserUnit,
        @Schema(description = "Places: how many WBP may be active or suspended at once.", examples = "20")
        @Min(1) @Max(500) int capacity,
        @Schema(examples = "2026-11-02") @NotNull LocalDate startsOn,
        @Schema(examples = "2026-12-18") @NotNull LocalDate endsOn,
        @Valid Eligibility eligibility) implements ProgrammeDefinition {
}
