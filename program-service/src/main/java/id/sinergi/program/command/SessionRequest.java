package id.sinergi.program.command;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;

@Schema(name = "SessionRequest")
public record SessionRequest(
        @Schema(examples = "2026-11-28") @NotNull LocalDate date,
        @Schema(type = SchemaType.STRING, format = "partial-time",
                pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$", examples = "09:00")
        @NotNull LocalTime startsAt,
        @Schema(type = SchemaType.STRING, format = "partial-time",
                pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$", examples = "11:00")
        @NotNull LocalTime endsAt,
        @Schema(examples = "Bahaya narkotika dan hukumnya") @NotBlank @Size(max = 300) String topic,
        @Schema(examples = "Satbinmas Polres HSU") @Size(max = 200) String facilitator,
        @Schema(description = "The Polres unit whose officers hold the session and take its roll: the programme's "
                + "co-organiser (422 `not-the-co-organiser` otherwise). Null: Lapas staff.", examples = "POLRES-HSU")
        @Size(max = 40) String facilitatingUnit) {
}
