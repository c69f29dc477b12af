package id.sinergi.program.event;

import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.AttendanceStatus;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeCategory;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The events program-service publishes on {@code program.events.v1}, keyed by the enrolment's id.
 * Every payload carries the enrolment's current view as {@code enrolment}, so a consumer can keep
 * its read model from any event. Schemas and an example per type:
 * {@code src/main/resources/META-INF/resources/asyncapi/program-events.yaml}.
 */
public final class ProgramEvents {

    public static final String ENROLMENT_CHANGED = "program.enrolment-changed";
    public static final String ATTENDANCE_RECORDED = "program.attendance-recorded";
    public static final String COMPLETED = "program.completed";

    private ProgramEvents() {
    }

    @Schema(name = "ProgrammeSummary", description = "The programme an enrolment is in.")
    public record ProgrammeRef(UUID id, String code, String name, ProgrammeCategory category, String partner) {
        public static ProgrammeRef of(Programme programme) {
            return new ProgrammeRef(programme.id, programme.code, programme.name, programme.category, programme.partner);
        }
    }

    /** The enrolment as every event carries it. */
    public record Snapshot(UUID id, UUID inmateId, String registerNumber, ProgrammeRef programme, EnrolmentState state,
                           String reason, Double attendanceRate, OffsetDateTime changedAt) {

        public static Snapshot of(Enrolment enrolment, Programme programme, String registerNumber) {
            return new Snapshot(enrolment.id, enrolment.inmateId, registerNumber, ProgrammeRef.of(programme), enrolment.state,
                    enrolment.reason, enrolment.attendanceRate(), enrolment.changedAt);
        }
    }

    /** {@code previousState} is null when the enrolment was just created; {@code changedBy} a token subject or "system". */
    public record EnrolmentChanged(Snapshot enrolment, EnrolmentState previousState, String changedBy) {
    }

    public record AttendanceRef(UUID sessionId, LocalDate sessionDate, AttendanceStatus status, AbsenceReason absenceReason,
                                boolean amended) {
    }

    public record AttendanceRecorded(Snapshot enrolment, AttendanceRef attendance) {
    }

    public record CompletionRef(String certificateNumber, LocalDate completedOn, Integer score) {
    }

    public record Completed(Snapshot enrolment, CompletionRef completion) {
    }
}
