package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Admission;
import id.sinergi.liaison.domain.IntegrationStart;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.ProgrammeActivity;
import id.sinergi.liaison.service.MonthlyReport;
import id.sinergi.liaison.service.ReportLists;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the monthly report and the lists behind it answer: ids, register numbers and dates, no names. */
final class ReportViews {

    private ReportViews() {
    }

    @Schema(name = "MonthlyReport", description = """
            The Kanwil's monthly report: per facility (and, for regional callers without `facility`, the region's totals
            as `region`), every figure with the list query whose `total` is its `count`, within the caller's scope.""")
    public record ReportView(@Schema(examples = "2026-11") String month,
                             @Schema(examples = "Asia/Makassar", description = "The calendar the month's days are of") String zone,
                             @Schema(description = "The day the population is taken at the end of") LocalDate populationOn,
                             List<FacilityView> facilities,
                             @Schema(description = "The region's totals (facility `REGION`); absent for a caller held to a facility or "
                                     + "when `facility` is given") FacilityView region) {

        static ReportView of(MonthlyReport.Report report) {
            return new ReportView(report.month().toString(), report.zone().getId(), report.populationOn(),
                    report.facilities().stream().map(FacilityView::of).toList(),
                    report.region() == null ? null : FacilityView.of(report.region()));
        }
    }

    @Schema(name = "MonthlyReportFacility", description = "One facility's figures (or the region's, facility `REGION`).")
    public record FacilityView(@Schema(examples = "LAPAS-AMUNTAI") String facility,
                               @Schema(examples = "Lapas Kelas IIB Amuntai") String name,
                               @Schema(examples = "LAPAS") String kind, List<FigureView> figures) {

        static FacilityView of(MonthlyReport.FacilityFigures figures) {
            return new FacilityView(figures.facility(), figures.name(), figures.kind(),
                    figures.figures().stream().map(f -> new FigureView(f.figure(), f.value(), f.count(), f.query())).toList());
        }
    }

    @Schema(name = "MonthlyReportFigure", description = """
            A figure: `value` is a count, or minutes/hours for the times to acknowledge (null when nothing was
            acknowledged); `count` the records it is computed from, the `total` of `query`.""")
    public record FigureView(@Schema(examples = "population.registerClass.B.I") String figure,
                             @Schema(examples = "12") BigDecimal value,
                             @Schema(examples = "12") long count,
                             @Schema(examples = "/api/v1/liaison/population?on=2026-11-30&facility=LAPAS-AMUNTAI&registerClass=B.I")
                             String query) {
    }

    @Schema(name = "PopulationEntry", description = "A WBP of a facility's population at a date, as the last snapshot before its end showed them.")
    public record ResidentView(UUID inmateId, @Schema(examples = "B.I-0123/2026") String registerNumber,
                               @Schema(examples = "B.I") String registerClass, @Schema(examples = "IN_CUSTODY") String status,
                               @Schema(examples = "LAPAS-AMUNTAI") String facility,
                               @Schema(description = "Since when (the event that told of it)") OffsetDateTime since) {

        static ResidentView of(ReportLists.Resident r) {
            return new ResidentView(r.inmateId(), r.registerNumber(), r.registerClass(), r.status(), r.facility(), r.since());
        }
    }

    @Schema(name = "Admission", description = "A stay's admission to a facility.")
    public record AdmissionView(UUID inmateId, @Schema(examples = "B.I-0123/2026") String registerNumber,
                                @Schema(examples = "B.I") String registerClass, @Schema(examples = "LAPAS-AMUNTAI") String facility,
                                LocalDate admittedOn) {

        static AdmissionView of(Admission a) {
            return new AdmissionView(a.inmateId, a.registerNumber, a.registerClass, a.facility, a.admittedOn);
        }
    }

    @Schema(name = "IntegrationStart", description = "The start of an integration (PB, CB, CMB) under a Bapas.")
    public record IntegrationView(UUID inmateId, @Schema(examples = "B.I-0123/2026") String registerNumber,
                                  @Schema(examples = "B.I") String registerClass, @Schema(examples = "LAPAS-AMUNTAI") String facility,
                                  @Schema(examples = "PB") String kind, LocalDate startsOn) {

        static IntegrationView of(IntegrationStart i) {
            return new IntegrationView(i.inmateId, i.registerNumber, i.registerClass, i.facility, i.kind, i.startsOn);
        }
    }

    @Schema(name = "Escape", description = """
            An escape, by its urgent notification (`GET …/notifications/{notificationId}` for the notice itself): the
            facility's date of the escape and, once recaptured, when. Without what helps find the person.""")
    public record EscapeView(UUID notificationId, UUID inmateId, @Schema(examples = "B.I-0123/2026") String registerNumber,
                             @Schema(examples = "LAPAS-AMUNTAI") String facility, LocalDate escapedOn,
                             @Schema(description = "The recapture that closed the notice; null while at large") OffsetDateTime recapturedAt) {

        static EscapeView of(Notification n) {
            return new EscapeView(n.id, n.inmateId, n.registerNumber, n.facility, n.dueOn, n.closedAt);
        }
    }

    @Schema(name = "ProgrammeRun", description = "A programme at work in a facility in the period: rolls taken at its sessions, enrolments completed.")
    public record ProgrammeRunView(@Schema(examples = "LAPAS-AMUNTAI") String facility,
                                   @Schema(examples = "KES-HUKUM-2026-01") String programmeCode,
                                   @Schema(examples = "Kesadaran hukum bersama Polres HSU") String programmeName,
                                   @Schema(examples = "LEGAL_AWARENESS") String category,
                                   @Schema(examples = "4", description = "Sessions with a roll taken") long sessions,
                                   @Schema(examples = "12") long completions) {

        static ProgrammeRunView of(ReportLists.ProgrammeRun p) {
            return new ProgrammeRunView(p.facility(), p.programmeCode(), p.programmeName(), p.category(), p.sessionRolls(),
                    p.completions());
        }
    }

    @Schema(name = "ProgrammeCompletion", description = """
            An enrolment completed, in the facility the WBP was in. No WBP: who completed what is participation data
            (data category PROGRAMMES), read in program-service by those who may.""")
    public record CompletionView(UUID enrolmentId, @Schema(examples = "KES-HUKUM-2026-01") String programmeCode,
                                 @Schema(examples = "Kesadaran hukum bersama Polres HSU") String programmeName,
                                 @Schema(examples = "LEGAL_AWARENESS") String category,
                                 @Schema(examples = "LAPAS-AMUNTAI") String facility, LocalDate completedOn) {

        static CompletionView of(ProgrammeActivity a) {
            return new CompletionView(a.enrolmentId, a.programmeCode, a.programmeName, a.category, a.facility, a.onDate);
        }
    }
}
