package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.platform.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The figures the agencies' meetings need, per month and within the caller's scope: incidents by type
 * and severity, and the month's release cohort with how many of it re-offended (re-arrest or
 * readmission) within 6, 12 and 24 months, optionally split by a group. Every figure is counted by the
 * very list query it names ({@code GET …/incidents} or {@code GET …/releases} with those filters), as
 * the liaison summary's are, so it always leads to the records behind it.
 */
@ApplicationScoped
public class Indicators {

    /** The re-offence windows, in months after release. */
    public static final List<Integer> WINDOWS = List.of(6, 12, 24);
    static final String RELEASES = "/api/v1/liaison/releases";
    static final String INCIDENTS = "/api/v1/liaison/incidents";
    /** The programme-category group of the releases that completed no programme. */
    public static final String NO_PROGRAMME = "NONE";

    public enum GroupBy {
        PROGRAMME_COMPLETED("programme-completed"), PROGRAMME_CATEGORY("programme-category"),
        RISK_LEVEL("risk-level"), OFFENCE_CATEGORY("offence-category");

        public final String parameter;

        GroupBy(String parameter) {
            this.parameter = parameter;
        }
    }

    public record Figure(long count, String query) {
    }

    public record IncidentCell(Incident.Type type, Incident.Severity severity, long count, String query) {
    }

    public record Window(int withinMonths, long count, String query) {
    }

    public record Cohort(Figure released, List<Window> reoffended) {
    }

    public record Group(String group, Cohort cohort) {
    }

    public record Month(YearMonth month, Figure incidents, List<IncidentCell> incidentsByTypeAndSeverity, Cohort releases,
                        List<Group> groups) {
    }

    @Inject
    Incidents incidents;

    @Inject
    Releases releases;

    /** One transaction, so every figure reads the same snapshot. */
    @Transactional
    public List<Month> between(YearMonth from, YearMonth to, GroupBy groupBy) {
        List<Month> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            months.add(month(month, groupBy));
        }
        return months;
    }

    private Month month(YearMonth month, GroupBy groupBy) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        String incidentsQuery = INCIDENTS + "?occurredFrom=" + first + "&occurredTo=" + last;
        Incidents.Criteria inMonth = new Incidents.Criteria(null, null, null, null, null, null, first, last, null);
        long incidentTotal = incidents.list(inMonth, PageRequest.of(0, 1)).total();
        List<IncidentCell> cells = new ArrayList<>();
        if (incidentTotal > 0) {
            for (Incident.Type type : Incident.Type.values()) {
                for (Incident.Severity severity : Incident.Severity.values()) {
                    long count = incidents.list(new Incidents.Criteria(null, null, type, severity, null, null, first, last,
                            null), PageRequest.of(0, 1)).total();
                    if (count > 0) {
                        cells.add(new IncidentCell(type, severity, count,
                                incidentsQuery + "&type=" + type + "&severity=" + severity));
                    }
                }
            }
        }
        String releasesQuery = RELEASES + "?releasedFrom=" + first + "&releasedTo=" + last;
        Releases.Criteria cohort = new Releases.Criteria(first, last, null, null, null, null, null);
        List<Group> groups = new ArrayList<>();
        if (groupBy != null) {
            groups(groupBy, first, last).forEach((group, filter) -> groups.add(new Group(group,
                    cohort(filter.criteria, releasesQuery + filter.query))));
        }
        return new Month(month, new Figure(incidentTotal, incidentsQuery), cells, cohort(cohort, releasesQuery), groups);
    }

    /**
     * The releases of a period from one facility (null: every facility in scope) and how many of them
     * re-offended within each window, each figure with its list query.
     */
    public Cohort cohort(LocalDate first, LocalDate last, String facility) {
        return cohort(new Releases.Criteria(first, last, null, null, null, null, null, facility),
                RELEASES + "?releasedFrom=" + first + "&releasedTo=" + last + (facility == null ? "" : "&facility=" + facility));
    }

    private Cohort cohort(Releases.Criteria criteria, String query) {
        List<Window> windows = WINDOWS.stream().map(within -> new Window(within, releases.count(new Releases.Criteria(
                criteria.releasedFrom(), criteria.releasedTo(), within, criteria.programmeCompleted(),
                criteria.programmeCategory(), criteria.riskLevel(), criteria.offenceCategory(), criteria.facility())),
                query + "&reoffendedWithinMonths=" + within)).toList();
        return new Cohort(new Figure(releases.count(criteria), query), windows);
    }

    private record GroupFilter(Releases.Criteria criteria, String query) {
    }

    /** Each group of the month's cohort, with the filter that selects it. */
    private Map<String, GroupFilter> groups(GroupBy groupBy, LocalDate first, LocalDate last) {
        Map<String, GroupFilter> groups = new LinkedHashMap<>();
        switch (groupBy) {
            case PROGRAMME_COMPLETED -> Stream.of(true, false).forEach(completed -> groups.put(String.valueOf(completed),
                    new GroupFilter(new Releases.Criteria(first, last, null, completed, null, null, null),
                            "&programmeCompleted=" + completed)));
            case PROGRAMME_CATEGORY -> {
                releases.programmeCategories(first, last).forEach(category -> groups.put(category, new GroupFilter(
                        new Releases.Criteria(first, last, null, null, category, null, null), "&programmeCategory=" + category)));
                groups.put(NO_PROGRAMME, new GroupFilter(new Releases.Criteria(first, last, null, false, null, null, null),
                        "&programmeCompleted=false"));
            }
            case RISK_LEVEL -> Stream.of(RiskLevel.values()).forEach(risk -> groups.put(risk.name(), new GroupFilter(
                    new Releases.Criteria(first, last, null, null, null, risk, null), "&riskLevel=" + risk)));
            case OFFENCE_CATEGORY -> releases.offenceCategories(first, last).forEach(category -> groups.put(category,
                    new GroupFilter(new Releases.Criteria(first, last, null, null, null, null, category),
                            "&offenceCategory=" + category)));
        }
        return groups;
    }
}
