package id.sinergi.program.rest;

import id.sinergi.program.command.Eligibility;
import id.sinergi.program.domain.AbsenceReason;
import id.sinergi.program.domain.Assessment;
import id.sinergi.program.domain.AttendanceAmendment;
import id.sinergi.program.domain.AttendanceStatus;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentHistoryEntry;
import id.sinergi.program.domain.EnrolmentReview;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ProgrammeCategory;
import id.sinergi.program.domain.ProgrammeSession;
import id.sinergi.program.domain.ProgrammeStatus;
import id.sinergi.program.domain.RiskLevel;
import id.sinergi.program.event.ProgramEvents;
import id.sinergi.program.event.ProgramEvents.ProgrammeRef;
import id.sinergi.program.event.ProgramEvents.Signature;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Programmes;
import id.sinergi.program.service.Sessions;
import id.sinergi.program.service.Statistics;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** What program-service answers with. */
public final class Views {

    private Views() {
    }

    @Schema(name = "Places", description = "How the programme's places are used.")
    public record Places(@Schema(examples = "20") int capacity,
                         @Schema(description = "ACTIVE and SUSPENDED enrolments.", examples = "18") long taken,
                         @Schema(examples = "2") long free,
                         @Schema(examples = "0") long waitlisted) {
    }

    @Schema(name = "Programme")
    public record ProgrammeView(UUID id, String code, ProgrammeCategory category, String name, String description,
                                String partner,
                                @Schema(description = "The facility whose programme it is; only its WBP join it.",
                                        examples = "LAPAS-AMUNTAI") String facility,
                                @Schema(description = "The co-organising Polres unit; null when the Lapas runs it alone.",
                                        examples = "POLRES-HSU") String coOrganiserUnit,
                                LocalDate startsOn, LocalDate endsOn, ProgrammeStatus status,
                                @Schema(description = "Why the programme is in its status (a cancellation's reason).")
                                String statusReason,
                                @Schema(implementation = Eligibility.class) Map<String, List<String>> eligibility,
                                Places places,
                                @Schema(description = "The actions its status allows.") List<String> allowedActions,
                                @Schema(description = "Also the ETag.") long version) {

        static ProgrammeView of(Programmes.Details details) {
            Programme p = details.programme();
            return new ProgrammeView(p.id, p.code, p.category, p.name, p.description, p.partner, p.facility, p.coOrganiserUnit,
                    p.startsOn, p.endsOn,
                    p.status, p.statusReason,
                    Map.of("registerClasses", p.eligibleClasses, "riskLevels", p.eligibleRiskLevels),
                    new Places(p.capacity, details.placesTaken(), Math.max(0, p.capacity - details.placesTaken()),
                            details.waitlisted()),
                    details.allowedActions(), p.version);
        }
    }

    @Schema(name = "Session")
    public record SessionView(UUID id, UUID programId, LocalDate date,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$")
                              LocalTime startsAt,
                              @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "partial-time", pattern = "^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?$")
                              LocalTime endsAt,
                              String topic, String facilitator,
                              @Schema(description = "The Polres unit that holds the session and takes its roll; null: Lapas staff.",
                                      examples = "POLRES-HSU") String facilitatingUnit) {

        static SessionView of(ProgrammeSession s) {
            return new SessionView(s.id, s.programmeId, s.sessionDate, s.startsAt, s.endsAt, s.topic, s.facilitator,
                    s.facilitatingUnit);
        }
    }

    @Schema(name = "AttendanceAmendment", description = "What the record said before a correction.")
    public record AmendmentView(AttendanceStatus previousStatus, AbsenceReason previousAbsenceReason, String previousNote,
                                String previouslyRecordedBy, OffsetDateTime previouslyRecordedAt, String reason,
                                String amendedBy, OffsetDateTime amendedAt) {

        static AmendmentView of(AttendanceAmendment a) {
            return new AmendmentView(a.previousStatus, a.previousAbsenceReason, a.previousNote, a.previouslyRecordedBy,
                    a.previouslyRecordedAt, a.reason, a.amendedBy, a.amendedAt);
        }
    }

    @Schema(name = "Attendance")
    public record AttendanceView(UUID id, UUID sessionId, LocalDate sessionDate, UUID enrolmentId, UUID inmateId,
                                 AttendanceStatus status, AbsenceReason absenceReason, String note, String recordedBy,
                                 OffsetDateTime recordedAt,
                                 @Schema(description = "Earlier versions, oldest first.") List<AmendmentView> amendments,
                                 @Schema(description = "Also the ETag; a correction needs it in If-Match.") long version) {

        static AttendanceView of(Sessions.Details d) {
            var a = d.attendance();
            return new AttendanceView(a.id, a.sessionId, d.session().sessionDate, a.enrolmentId, d.inmateId(), a.status,
                    a.absenceReason, a.note, a.recordedBy, a.recordedAt,
                    d.amendments().stream().map(AmendmentView::of).toList(), a.version);
        }
    }

    @Schema(name = "AttendanceSummary")
    public record AttendanceSummary(@Schema(examples = "20") int recorded, @Schema(examples = "17") int present,
                                    @Schema(description = "present / recorded; null before any.", examples = "0.85") Double rate) {
    }

    @Schema(name = "Completion", description = "The certificate: issued by the Lapas and, for a co-organised programme, "
            + "co-signed by the Polres unit; it bears both agencies.")
    public record CompletionView(@Schema(examples = "SRT-KES-HUKUM-2026-01-0001") String certificateNumber,
                                 LocalDate completedOn, @Schema(examples = "82") Integer score,
                                 @Schema(description = "The Lapas unit and officer who issued it (unit null for completions "
                                         + "recorded before it was kept).") Signature issuedBy,
                                 @Schema(description = "The co-organising Polres unit's co-signature; null until co-signed "
                                         + "(and always for a programme the Lapas runs alone).") Signature coSignature) {

        static CompletionView of(Enrolment e) {
            return new CompletionView(e.certificateNumber, e.completedOn, e.finalScore,
                    ProgramEvents.CompletionRef.of(e).issuedBy(), ProgramEvents.CoSignature.of(e));
        }
    }

    @Schema(name = "Enrolment")
    public record EnrolmentView(UUID id, @Schema(implementation = ProgrammeRef.class) ProgrammeRef programme,
                                UUID inmateId,
                                @Schema(description = "As program-service last heard it from inmate events.",
                                        examples = "B.I-0007/2026") String registerNumber,
                                EnrolmentState state,
                                @Schema(description = "Why it is in its state: staff's text or a system reason "
                                        + "(RELEASED, TRANSFERRED, DIED, INTEGRATION, PROGRAMME_CANCELLED, PROGRAMME_FINISHED).") String reason,
                                @Schema(description = "1 = next to get a place; only while WAITLISTED.") Integer waitlistPosition,
                                OffsetDateTime requestedAt, String requestedBy,
                                @Schema(description = "When the WBP first took a place.") OffsetDateTime activatedAt,
                                OffsetDateTime changedAt,
                                @Schema(description = "Token subject, or `system`.") String changedBy,
                                AttendanceSummary attendance,
                                @Schema(description = "Set once COMPLETED.") CompletionView completion,
                                @Schema(description = "Unacknowledged reviews of this enrolment; null for Polres callers "
                                        + "(the queue follows risk, beyond the basic view).") Long pendingReviews,
                                @Schema(description = "The actions its state allows.") List<String> allowedActions,
                                @Schema(description = "Also the ETag.") long version) {

        static EnrolmentView of(Enrolments.Details d) {
            Enrolment e = d.enrolment();
            return new EnrolmentView(e.id, ProgrammeRef.of(d.programme()), e.inmateId, d.registerNumber(), e.state, e.reason,
                    d.waitlistPosition(), e.requestedAt, e.requestedBy, e.activatedAt, e.changedAt, e.changedBy,
                    new AttendanceSummary(e.sessionsRecorded, e.sessionsPresent, e.attendanceRate()),
                    e.certificateNumber == null ? null : CompletionView.of(e),
                    d.pendingReviews(), d.allowedActions(), e.version);
        }
    }

    @Schema(name = "EnrolmentTransitionRecord", description = "One change of an enrolment's state.")
    public record HistoryView(String action, EnrolmentState from, EnrolmentState to, String reason, String actor,
                              OffsetDateTime at) {

        static HistoryView of(EnrolmentHistoryEntry h) {
            return new HistoryView(h.action, h.fromState, h.toState, h.reason, h.actor, h.at);
        }
    }

    @Schema(name = "Assessment")
    public record AssessmentView(UUID id, UUID enrolmentId, Assessment.Kind kind, Integer score, String notes,
                                 LocalDate assessedOn, String assessor, OffsetDateTime recordedAt) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.id, a.enrolmentId, a.kind, a.score, a.notes, a.assessedOn, a.assessor, a.recordedAt);
        }
    }

    @Schema(name = "EnrolmentReview")
    public record ReviewView(UUID id, UUID enrolmentId, UUID programId, UUID inmateId, EnrolmentReview.Cause cause,
                             RiskLevel previousRiskLevel, OffsetDateTime raisedAt,
                             @Schema(enumeration = {"PENDING", "ACKNOWLEDGED"}) String status,
                             OffsetDateTime acknowledgedAt, String acknowledgedBy, String note,
                             @Schema(description = "Also the ETag.") long version) {

        static ReviewView of(EnrolmentReview r) {
            return new ReviewView(r.id, r.enrolmentId, r.programmeId, r.inmateId, r.cause, r.previousRiskLevel, r.raisedAt,
                    r.isPending() ? "PENDING" : "ACKNOWLEDGED", r.acknowledgedAt, r.acknowledgedBy, r.note, r.version);
        }
    }

    @Schema(name = "ParticipationHistory", description = "A WBP's enrolments across programmes, oldest first.")
    public record ParticipationView(UUID inmateId, String registerNumber,
                                    @Schema(examples = "2") long programmesCompleted,
                                    @Schema(description = "REQUESTED, WAITLISTED, ACTIVE or SUSPENDED.", examples = "1")
                                    long programmesInProgress,
                                    List<EnrolmentView> enrolments) {

        static ParticipationView of(UUID inmateId, List<Enrolments.Details> enrolments) {
            return new ParticipationView(inmateId,
                    enrolments.stream().map(Enrolments.Details::registerNumber).filter(Objects::nonNull)
                            .findFirst().orElse(null),
                    enrolments.stream().filter(d -> d.enrolment().state == EnrolmentState.COMPLETED).count(),
                    enrolments.stream().filter(d -> d.enrolment().state.isOpen()).count(),
                    enrolments.stream().map(EnrolmentView::of).toList());
        }
    }

    @Schema(name = "ProgrammeStatistics")
    public record StatisticsView(UUID programId, String code, int capacity,
                                 @Schema(description = "Enrolments by state (every state, 0 included).")
                                 Map<EnrolmentState, Long> enrolments,
                                 @Schema(description = "WBP who ever took a place.", examples = "24") long enrolled,
                                 @Schema(examples = "18") long completed,
                                 @Schema(description = "completed / enrolled; null before anyone enrolled.", examples = "0.75")
                                 Double completionRate,
                                 @Schema(description = "present / recorded over every enrolment.", examples = "0.8812")
                                 Double attendanceRate,
                                 @Schema(description = "Mean final score of scored completions.", examples = "78.5")
                                 Double averageScore,
                                 long sessionsScheduled,
                                 @Schema(description = "Sessions dated today or earlier.") long sessionsHeld) {

        static StatisticsView of(Statistics.Figures f) {
            return new StatisticsView(f.programme().id, f.programme().code, f.programme().capacity, f.byState(), f.enrolled(),
                    f.byState().get(EnrolmentState.COMPLETED), f.completionRate(), f.attendanceRate(), f.averageScore(),
                    f.sessionsScheduled(), f.sessionsHeld());
        }
    }
}
