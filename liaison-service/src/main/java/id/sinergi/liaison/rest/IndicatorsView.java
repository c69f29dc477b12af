package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.service.Indicators;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "Indicators", description = """
        Per month: incidents by type and severity (occurred in the month), the month's release cohort and how many
        of it re-offended (re-arrest by Polres or readmission) within 6, 12 and 24 months of release, optionally
        split by `groupBy`. Every figure carries the list query (`GET …/incidents` or `GET …/releases`) whose `total`
        it is, within the caller's scope. Ids and register numbers only behind them, no names. Windows that have not
        yet elapsed count the re-offences known so far.""")
public record IndicatorsView(
        @Schema(examples = "2026-01") String from,
        @Schema(examples = "2026-12") String to,
        @Schema(examples = "risk-level", description = "The grouping asked for; absent: no groups.") String groupBy,
        List<MonthView> months) {

    @Schema(name = "IndicatorMonth")
    public record MonthView(@Schema(examples = "2026-03") String month, FigureView incidents,
                            List<IncidentCellView> incidentsByTypeAndSeverity, CohortView releases, List<GroupView> groups) {
    }

    @Schema(name = "IndicatorFigure", description = "A count and the list query whose `total` it is.")
    public record FigureView(@Schema(examples = "4") long count,
                             @Schema(examples = "/api/v1/liaison/releases?releasedFrom=2026-03-01&releasedTo=2026-03-31") String query) {
    }

    @Schema(name = "IndicatorIncidentCell", description = "Incidents of one type and severity that occurred in the month (only those with some).")
    public record IncidentCellView(Incident.Type type, Incident.Severity severity, long count,
                                   @Schema(examples = "/api/v1/liaison/incidents?occurredFrom=2026-03-01&occurredTo=2026-03-31&type=NARCOTICS&severity=HIGH")
                                   String query) {
    }

    @Schema(name = "IndicatorCohort", description = "Released in the month, and of them re-offended within each window.")
    public record CohortView(FigureView released, List<WindowView> reoffended) {
    }

    @Schema(name = "IndicatorWindow", description = "Re-arrested or readmitted before the N-month anniversary of the release.")
    public record WindowView(@Schema(examples = "12") int withinMonths, long count,
                             @Schema(examples = "/api/v1/liaison/releases?releasedFrom=2026-03-01&releasedTo=2026-03-31&reoffendedWithinMonths=12")
                             String query) {
    }

    @Schema(name = "IndicatorGroup", description = """
            One group of the cohort: `true`/`false` (programme completed), a programme category (`NONE`: completed no
            programme), a risk level at release, or an offence category. A release with programmes of several categories,
            or offences of several categories, counts in each of them.""")
    public record GroupView(@Schema(examples = "HIGH") String group, CohortView releases) {
    }

    static IndicatorsView of(String from, String to, Indicators.GroupBy groupBy, List<Indicators.Month> months) {
        return new IndicatorsView(from, to, groupBy == null ? null : groupBy.parameter, months.stream().map(m -> new MonthView(
                m.month().toString(), figure(m.incidents()),
                m.incidentsByTypeAndSeverity().stream().map(c -> new IncidentCellView(c.type(), c.severity(), c.count(), c.query())).toList(),
                cohort(m.releases()),
                m.groups().stream().map(g -> new GroupView(g.group(), cohort(g.cohort()))).toList())).toList());
    }

    private static FigureView figure(Indicators.Figure figure) {
        return new FigureView(figure.count(), figure.query());
    }

    private static CohortView cohort(Indicators.Cohort cohort) {
        return new CohortView(figure(cohort.released()),
                cohort.reoffended().stream().map(w -> new WindowView(w.withinMonths(), w.count(), w.query())).toList());
    }
}
