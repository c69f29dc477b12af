package id.sinergi.program.command;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "AttendanceRoll", description = "The attendance of one session: one mark per enrolment.")
public record AttendanceRoll(@NotEmpty @Size(max = 500) List<@Valid @NotNull AttendanceMark> records) {
}
