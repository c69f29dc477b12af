package id.sinergi.program.command;

import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.AttendanceStatus;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

@Schema(name = "AttendanceMark")
public record AttendanceMark(
        @NotNull UUID enrolmentId,
        @NotNull AttendanceStatus status,
        @Schema(description = "Required when ABSENT, not allowed when PRESENT.") AbsenceReason absenceReason,
        @Schema(examples = "Sidang di PN Amuntai") @Size(max = 1000) String note) implements AttendanceMarking {
}
