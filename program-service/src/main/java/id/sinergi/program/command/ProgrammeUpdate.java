package id.sinergi.program.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

@Schema(name = "ProgrammeUpdate", description = "Everything but the code and the category, replaced as a whole (with If-Match).")
public record ProgrammeUpdate(
        @Schema(examples = "Kesadaran hukum bersama Polres HSU") @NotBlank @Size(max = 200) String name,
        @Size(max = 4000) String description,
        @Schema(examples = "Polres Hulu Sungai Utara") @Size(max = 200) String partner,
        @Schema(description = "The co-organising Polres unit; null: none. Not changed away from a unit that still "
                + "facilitates sessions.", examples = "POLRES-HSU")
        @Pattern(regexp = ProgrammeDefinition.POLRES_UNIT, message = "{sinergi.polres-unit}")
        String coOrganiserUnit,
        @Schema(description = "May not go below the places taken; more places go to the waiting list at once.", examples = "25")
        @Min(1) @Max(500) int capacity,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @Valid Eligibility eligibility) implements ProgrammeDefinition {
}
