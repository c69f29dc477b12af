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
    public static final String COMPLETION_CO_SIGNED = "program.completion-co-signed";

    private ProgramEvents() {
    }

    @Schema(name = "ProgrammeSummary", description = "The programme an enrolment is in.")
    public record ProgrammeRef(UUID id, String code, String name, ProgrammeCategory category, String partner,
                               @Schema(description = "The facility whose programme it is.", examples = "LAPAS-AMUNTAI")
                               String facility,
                               @Schema(description = "The co-organising Polres unit; null when the Lapas runs it alone.",
                                       examples = "POLRES-HSU") String coOrganiserUnit) {
        public static ProgrammeRef of(Programme programme) {
            return new ProgrammeRef(programme.id, programme.code, programme.name, programme.category, programme.partner,
                    programme.facility, programme.coOrganiserUnit);
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

    /** Who signed for an agency: its unit (the token's {@code unit}), the officer (token subject), when. */
    @Schema(name = "Signature", description = "Who signed a certificate for an agency.")
    public record Signature(@Schema(examples = "POLRES-HSU") String unit, @Schema(examples = "officer-7") String by,
                            OffsetDateTime at) {
    }

    /** {@code issuedBy} is the Lapas's issuer (its unit is null for completions from before it was kept). */
    public record CompletionRef(String certificateNumber, LocalDate completedOn, Integer score, Signature issuedBy) {

        public static CompletionRef of(Enrolment enrolment) {
            return new CompletionRef(enrolment.certificateNumber, enrolment.completedOn, enrolment.finalScore,
                    enrolment.issuedBy == null ? null : new Signature(enrolment.issuedUnit, enrolment.issuedBy, enrolment.issuedAt));
        }
    }

    public static final class CoSignature {

        private CoSignature() {
        }

        /** The co-organising unit's signature; null until co-signed. */
        public static Signature of(Enrolment enrolment) {
            return enrolment.coSignedAt == null ? null
                    : new Signature(enrolment.coSignedUnit, enrolment.coSignedBy, enrolment.coSignedAt);
        }
    }

    public record Completed(Snapshot enrolment, CompletionRef completion) {
    }

    /** The completion as the Lapas issued it, and the co-organising Polres unit's co-signature. */
    public record CompletionCoSigned(Snapshot enrolment, CompletionRef completion, Signature coSignature) {
    }
}
