package id.sinergi.liaison.consumer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

import static id.sinergi.liaison.consumer.InmateEventData.requireText;

/**
 * The {@code data} of the program events this service reads, as program-service's AsyncAPI
 * document describes them (fields it does not read are ignored); a required field missing or of the
 * wrong type makes the event a poison message.
 */
public final class ProgramEventData {

    private ProgramEventData() {
    }

    /** {@code data.enrolment}: the enrolment's current view, in every program event. */
    public record Enrolment(UUID id, UUID inmateId, Programme programme, String state, String reason,
                            BigDecimal attendanceRate, OffsetDateTime changedAt) {

        public Enrolment {
            Objects.requireNonNull(id, "enrolment.id");
            Objects.requireNonNull(inmateId, "enrolment.inmateId");
            Objects.requireNonNull(programme, "enrolment.programme");
            requireText(state, "enrolment.state");
            Objects.requireNonNull(changedAt, "enrolment.changedAt");
        }
    }

    /** {@code facility}: the facility whose programme it is (issue 22); absent from events sent before it. */
    public record Programme(String code, String name, String category, String partner, String facility) {

        public Programme {
            requireText(code, "enrolment.programme.code");
            requireText(name, "enrolment.programme.name");
            requireText(category, "enrolment.programme.category");
        }
    }

    /** {@code program.enrolment-changed} and {@code program.attendance-recorded}: the enrolment as it is now. */
    public record Changed(Enrolment enrolment) {

        public Changed {
            Objects.requireNonNull(enrolment, "enrolment");
        }
    }

    /** {@code program.attendance-recorded}: the roll of one session, for one enrolment. */
    public record AttendanceRecorded(Enrolment enrolment, Attendance attendance) {

        public AttendanceRecorded {
            Objects.requireNonNull(enrolment, "enrolment");
            Objects.requireNonNull(attendance, "attendance");
        }
    }

    public record Attendance(UUID sessionId, LocalDate sessionDate, String status) {

        public Attendance {
            Objects.requireNonNull(sessionId, "attendance.sessionId");
            Objects.requireNonNull(sessionDate, "attendance.sessionDate");
        }
    }

    /** {@code program.completed}: with the certificate. */
    public record Completed(Enrolment enrolment, Completion completion) {

        public Completed {
            Objects.requireNonNull(enrolment, "enrolment");
            Objects.requireNonNull(completion, "completion");
        }
    }

    public record Completion(String certificateNumber, LocalDate completedOn) {

        public Completion {
            requireText(certificateNumber, "completion.certificateNumber");
            Objects.requireNonNull(completedOn, "completion.completedOn");
        }
    }
}
