package id.sinergi.program.command;

import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.AttendanceStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AttendanceAmendmentRequest", description = "A correction of one attendance record; the old values are kept.")
public record AttendanceAmendmentRequest(
        @NotNull AttendanceStatus status,
        AbsenceReason absenceReason,
        @Size(max = 1000) String note,
        @Schema(description = "Why the record is corrected.", examples = "Was at court, not refusing: summons arrived late")
        @NotBlank @Size(max = 2000) String reason) implements AttendanceMarking {
}
