package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Facility;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The Kanwil's monthly report (issue 22 point 4), per facility and for the region: liaison-service owns
 * it because it already keeps the read models of inmate and program events and the indicators. Every
 * figure names the list query whose {@code total} is its {@code count}, within the caller's scope (as the
 * indicators and the dashboard do), so each number leads to the records behind it. Dates are of the
 * facility's calendar ({@code SINERGI_FACILITY_ZONE}, WITA for every facility of Kalimantan Selatan).
 *
 * <p>Rules the figures follow: the population is taken at the end of the month's last day ({@link
 * ReportLists#POPULATION_STATUSES}); a programme ran in the month when a roll was taken at one of its
 * sessions or an enrolment in it was completed (program events carry no sessions held without a roll);
 * an information request was answered on time when approved or rejected by its answer deadline
 * ({@code SINERGI_LIAISON_ANSWER_WITHIN} after submission, the deadline the request shows as overdue by),
 * counted among the requests submitted in the month; the time to acknowledge is from issue to
 * acknowledgement of the notifications issued in the month, median and 90th percentile by nearest rank.
 */
@ApplicationScoped
public class MonthlyReport {

    public static final String REGION = "REGION";
    static final String BASE = "/api/v1/liaison/";

    @Inject
    FacilityClock clock;

    @Inject
    Scope scope;

    @Inject
    Facilities facilities;

    @Inject
    ReportLists lists;

    @Inject
    Notifications notifications;

    @Inject
    InfoRequests infoRequests;

    @Inject
    Incidents incidents;

    @Inject
    Indicators indicators;

    /**
     * A figure: {@code value} (a count, or minutes/hours for the times to acknowledge), {@code count} the
     * records it is computed from, which is the {@code total} of {@code query}.
     */
    public record Figure(String figure, BigDecimal value, long count, String query) {
    }

    public record FacilityFigures(String facility, String name, String kind, List<Figure> figures) {
    }

    public record Report(YearMonth month, ZoneId zone, LocalDate populationOn, List<FacilityFigures> facilities,
                         FacilityFigures region) {
    }

    /**
     * The report of {@code month}: for a caller held to a facility, that facility only ({@code facility}
     * another one: 404); for the region, every facility of the directory and the region's totals, or the
     * one facility asked for.
     */
    @Transactional
    public Report of(YearMonth month, String facility) {
        Optional<String> held = scope.side() == Scope.Side.FACILITY ? scope.facility() : Optional.empty();
        String asked = scope.facilityFilter(facility);
        List<FacilityFigures> reported = new ArrayList<>();
        FacilityFigures region = null;
        if (held.isPresent() || asked != null) {
            String code = asked != null ? asked : held.get();
            Optional<Facility> known = facilities.find(code);
            if (known.isEmpty() && held.isEmpty()) {
                throw Problems.notFound("facility", code);
            }
            reported.add(figures(month, code, known.map(f -> f.name).orElse(null), known.map(f -> f.kind).orElse(null)));
        } else {
            for (Facility known : facilities.all()) {
                reported.add(figures(month, known.code, known.name, known.kind));
            }
            region = figures(month, null, null, null);
        }
        return new Report(month, clock.zone(), month.atEndOfMonth(), reported, region);
    }

    private FacilityFigures figures(YearMonth month, String facility, String name, String kind) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        List<Figure> figures = new ArrayList<>();
        String at = facility == null ? "" : "&facility=" + facility;
        Consumer<Figure> add = figures::add;

        ReportLists.PopulationCriteria population = new ReportLists.PopulationCriteria(last, facility, null, null);
        String populationQuery = BASE + "population?on=" + last + at;
        List<ReportLists.PopulationCount> counts = lists.populationCounts(population);
        add.accept(count("population.total", counts.stream().mapToLong(ReportLists.PopulationCount::count).sum(), populationQuery));
        Map<String, Long> byClass = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        for (ReportLists.PopulationCount group : counts) {
            if (group.registerClass() != null) {
                byClass.merge(group.registerClass(), group.count(), Long::sum);
            }
            byStatus.merge(group.status(), group.count(), Long::sum);
        }
        byClass.forEach((registerClass, count) -> add.accept(count("population.registerClass." + registerClass, count,
                populationQuery + "&registerClass=" + registerClass)));
        byStatus.forEach((status, count) -> add.accept(count("population.status." + status, count,
                populationQuery + "&status=" + status)));

        add.accept(count("admissions", lists.admissions(new ReportLists.DateCriteria(first, last, facility, null), PageRequest.of(0, 1)).total(),
                BASE + "admissions?admittedFrom=" + first + "&admittedTo=" + last + at));
        Indicators.Cohort cohort = indicators.cohort(first, last, facility);
        add.accept(count("releases", cohort.released().count(), cohort.released().query()));
        String integrations = BASE + "integrations?startedFrom=" + first + "&startedTo=" + last + at;
        add.accept(count("integrations.total", lists.integrations(new ReportLists.DateCriteria(first, last, facility, null), PageRequest.of(0, 1))
                .total(), integrations));
        for (String integration : List.of("PB", "CB", "CMB")) {
            add.accept(count("integrations." + integration, lists.integrations(
                    new ReportLists.DateCriteria(first, last, facility, integration), PageRequest.of(0, 1)).total(), integrations + "&kind=" + integration));
        }
        add.accept(count("escapes", lists.escapes(new ReportLists.EscapeCriteria(first, last, null, null, facility), PageRequest.of(0, 1)).total(),
                BASE + "escapes?escapedFrom=" + first + "&escapedTo=" + last + at));
        add.accept(count("recaptures", lists.escapes(new ReportLists.EscapeCriteria(null, null, first, last, facility), PageRequest.of(0, 1)).total(),
                BASE + "escapes?recapturedFrom=" + first + "&recapturedTo=" + last + at));
        add.accept(count("programmes.run", lists.programmesRun(new ReportLists.DateCriteria(first, last, facility, null), PageRequest.of(0, 1)).total(),
                BASE + "programmes-run?from=" + first + "&to=" + last + at));
        add.accept(count("programmes.completions", lists.completions(new ReportLists.DateCriteria(first, last, facility, null), PageRequest.of(0, 1))
                .total(), BASE + "programme-completions?completedFrom=" + first + "&completedTo=" + last + at));

        String issued = BASE + "notifications?issuedFrom=" + first + "&issuedTo=" + last + at;
        Notifications.Criteria inMonth = new Notifications.Criteria(null, null, null, null, null, null, null, facility, first, last, null);
        add.accept(count("notifications.issued", notifications.list(inMonth, PageRequest.of(0, 1)).total(), issued));
        List<Long> minutes = notifications.minutesToAcknowledge(inMonth);
        String acknowledged = issued + "&acknowledged=true";
        add.accept(count("notifications.acknowledged", minutes.size(), acknowledged));
        for (int percentile : List.of(50, 90)) {
            Long value = nearestRank(minutes, percentile);
            String label = percentile == 50 ? "median" : "p90";
            figures.add(new Figure("notifications.minutesToAcknowledge." + label, value == null ? null : BigDecimal.valueOf(value),
                    minutes.size(), acknowledged));
            figures.add(new Figure("notifications.hoursToAcknowledge." + label, value == null ? null
                    : BigDecimal.valueOf(value).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP), minutes.size(), acknowledged));
        }

        String submitted = BASE + "info-requests?submittedFrom=" + first + "&submittedTo=" + last + at;
        add.accept(count("infoRequests.submitted", infoRequests.list(new InfoRequests.Criteria(null, null, null, first, last,
                facility, null), PageRequest.of(0, 1)).total(), submitted));
        add.accept(count("infoRequests.answeredOnTime", infoRequests.list(new InfoRequests.Criteria(null, null, null, first, last,
                facility, true), PageRequest.of(0, 1)).total(), submitted + "&answeredOnTime=true"));
        add.accept(count("infoRequests.answeredLate", infoRequests.list(new InfoRequests.Criteria(null, null, null, first, last,
                facility, false), PageRequest.of(0, 1)).total(), submitted + "&answeredOnTime=false"));
        add.accept(count("infoRequests.undecided", infoRequests.list(new InfoRequests.Criteria(InfoRequest.State.SUBMITTED, null,
                null, first, last, facility, null), PageRequest.of(0, 1)).total(), submitted + "&state=SUBMITTED"));

        String occurred = BASE + "incidents?occurredFrom=" + first + "&occurredTo=" + last + at;
        add.accept(count("incidents.total", incidents.list(new Incidents.Criteria(null, null, null, null, null, null, first, last,
                null, null, facility), PageRequest.of(0, 1)).total(), occurred));
        for (Incident.Type type : Incident.Type.values()) {
            long typed = incidents.list(new Incidents.Criteria(null, null, type, null, null, null, first, last, null, null, facility),
                    PageRequest.of(0, 1)).total();
            if (typed > 0) {
                add.accept(count("incidents.type." + type, typed, occurred + "&type=" + type));
            }
        }
        for (Indicators.Window window : cohort.reoffended()) {
            add.accept(count("reoffended.within" + window.withinMonths() + "Months", window.count(), window.query()));
        }
        return new FacilityFigures(facility == null ? REGION : facility, name, kind, figures);
    }

    private static Figure count(String figure, long count, String query) {
        return new Figure(figure, BigDecimal.valueOf(count), count, query);
    }

    /** The {@code percentile}th of sorted values by nearest rank; null when there are none. */
    static Long nearestRank(List<Long> sorted, int percentile) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }
}
