package id.sinergi.program.rest;

import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.AttendanceStatus;
import id.sinergi.program.domain.ProgrammeCategory;
import id.sinergi.program.domain.RiskLevel;
import id.sinergi.program.service.Programmes;
import id.sinergi.program.service.Sessions;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** The bodies program-service accepts. */
public final class Requests {

    static final String REGISTER_CLASS = "A\\.(I|II|III|IV|V)|B\\.(I|IIa|IIb|III)";

    private Requests() {
    }

    @Schema(name = "Eligibility", description = "Who may join; an empty list accepts every value.")
    public record Eligibility(
            @Schema(description = "Register classes that may join.", examples = "[\"B.I\", \"B.IIa\"]")
            @Size(max = 9) List<@NotNull @Pattern(regexp = REGISTER_CLASS,
                    message = "must be a register class: A.I, A.II, A.III, A.IV, A.V, B.I, B.IIa, B.IIb or B.III") String> registerClasses,
            @Schema(description = "Risk levels that may join.", examples = "[\"LOW\", \"MEDIUM\"]")
            @Size(max = 3) List<@NotNull RiskLevel> riskLevels) {

        List<String> riskLevelNames() {
            return riskLevels == null ? List.of() : riskLevels.stream().map(Enum::name).distinct().toList();
        }

        List<String> classes() {
            return registerClasses == null ? List.of() : registerClasses.stream().distinct().toList();
        }
    }

    @Schema(name = "ProgrammeRequest", description = "A new programme; it starts as DRAFT.")
    public record NewProgramme(
            @Schema(description = "Unique; upper-case letters, digits and dashes. Certificate numbers are built from it.",
                    examples = "KES-HUKUM-2026-01")
            @NotBlank @Pattern(regexp = "[A-Z0-9][A-Z0-9-]{1,38}[A-Z0-9]", message = "must be 3 to 40 upper-case letters, digits or dashes")
            String code,
            @NotNull ProgrammeCategory category,
            @Schema(examples = "Kesadaran hukum bersama Polres HSU") @NotBlank @Size(max = 200) String name,
            @Schema(examples = "Penyuluhan hukum: hak dan kewajiban warga negara, bahaya narkotika") @Size(max = 4000) String description,
            @Schema(description = "The partner institution, if any.", examples = "Polres Hulu Sungai Utara") @Size(max = 200) String partner,
            @Schema(description = "Places: how many WBP may be active or suspended at once.", examples = "20")
            @Min(1) @Max(500) int capacity,
            @Schema(examples = "2026-11-02") @NotNull LocalDate startsOn,
            @Schema(examples = "2026-12-18") @NotNull LocalDate endsOn,
            @Valid Eligibility eligibility) {

        Programmes.Definition toDefinition() {
            return definition(name, description, partner, capacity, startsOn, endsOn, eligibility);
        }
    }

    @Schema(name = "ProgrammeUpdate", description = "Everything but the code and the category, replaced as a whole (with If-Match).")
    public record ProgrammeUpdate(
            @Schema(examples = "Kesadaran hukum bersama Polres HSU") @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @Schema(examples = "Polres Hulu Sungai Utara") @Size(max = 200) String partner,
            @Schema(description = "May not go below the places taken; more places go to the waiting list at once.", examples = "25")
            @Min(1) @Max(500) int capacity,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @Valid Eligibility eligibility) {

        Programmes.Definition toDefinition() {
            return definition(name, description, partner, capacity, startsOn, endsOn, eligibility);
        }
    }

    private static Programmes.Definition definition(String name, String description, String partner, int capacity,
                                                    LocalDate startsOn, LocalDate endsOn, Eligibility eligibility) {
        Eligibility rules = eligibility != null ? eligibility : new Eligibility(List.of(), List.of());
        return new Programmes.Definition(name, description, partner, capacity, startsOn, endsOn, rules.classes(),
                rules.riskLevelNames());
    }

    @Schema(name = "ActionRequest", description = "Why: required where the state machine says so (`reasonRequired`).")
    public record Action(@Schema(examples = "Disciplinary hearing pending") @Size(max = 2000) String reason) {

        static String reasonOf(Action action) {
            return action == null ? null : action.reason();
        }
    }

    @Schema(name = "SessionRequest")
    public record NewSession(
            @Schema(examples = "2026-11-28") @NotNull LocalDate date,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$", examples = "09:00")
            @NotNull LocalTime startsAt,
            @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$", examples = "11:00")
            @NotNull LocalTime endsAt,
            @Schema(examples = "Bahaya narkotika dan hukumnya") @NotBlank @Size(max = 300) String topic,
            @Schema(examples = "Satbinmas Polres HSU") @Size(max = 200) String facilitator) {

        Sessions.Slot toSlot() {
            return new Sessions.Slot(date, startsAt, endsAt, topic, facilitator);
        }
    }

    @Schema(name = "AttendanceMark")
    public record Mark(
            @NotNull UUID enrolmentId,
            @NotNull AttendanceStatus status,
            @Schema(description = "Required when ABSENT, not allowed when PRESENT.") AbsenceReason absenceReason,
            @Schema(examples = "Sidang di PN Amuntai") @Size(max = 1000) String note) {
    }

    @Schema(name = "AttendanceRoll", description = "The attendance of one session: one mark per enrolment.")
    public record Roll(@NotEmpty @Size(max = 500) List<@Valid @NotNull Mark> records) {

        List<Sessions.Entry> entries() {
            return records.stream().map(m -> new Sessions.Entry(m.enrolmentId(),
                    new Sessions.Mark(m.status(), m.absenceReason(), m.note()))).toList();
        }
    }

    @Schema(name = "AttendanceAmendmentRequest", description = "A correction of one attendance record; the old values are kept.")
    public record Amendment(
            @NotNull AttendanceStatus status,
            AbsenceReason absenceReason,
            @Size(max = 1000) String note,
            @Schema(description = "Why the record is corrected.", examples = "Was at court, not refusing: summons arrived late")
            @NotBlank @Size(max = 2000) String reason) {

        Sessions.Mark mark() {
            return new Sessions.Mark(status, absenceReason, note);
        }
    }

    @Schema(name = "EnrolmentRequest")
    public record NewEnrolment(
            @Schema(description = "The programme.", examples = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") @NotNull UUID programId,
            @Schema(description = "The WBP (inmate-service's id).", examples = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @NotNull UUID inmateId,
            @Schema(description = "Why the WBP is put forward (optional).", examples = "Recommended by the TPP (tim pengamat pemasyarakatan)")
            @Size(max = 2000) String reason) {
    }

    @Schema(name = "CompletionRequest", description = "The final assessment; completion issues the certificate number.")
    public record Completion(
            @Schema(description = "Final score 0–100; leave out for programmes that are not scored.", examples = "82")
            @Min(0) @Max(100) Integer score,
            @Schema(examples = "Aktif berdiskusi; memahami materi") @Size(max = 4000) String notes,
            @Schema(description = "Defaults to today.", examples = "2026-11-28") @PastOrPresent LocalDate completedOn) {
    }

    @Schema(name = "AssessmentRequest", description = "A progress assessment of an active or suspended enrolment.")
    public record NewAssessment(
            @Schema(examples = "70") @Min(0) @Max(100) Integer score,
            @Schema(examples = "Kehadiran baik, perlu lebih aktif") @NotBlank @Size(max = 4000) String notes,
            @Schema(description = "Defaults to today.", examples = "2026-11-20") @PastOrPresent LocalDate assessedOn) {
    }

    @Schema(name = "ReviewAcknowledgement")
    public record Acknowledgement(
            @Schema(description = "What was decided.", examples = "Discussed with kamtib; stays in the programme, seated apart")
            @NotBlank @Size(max = 2000) String note) {
    }
}
