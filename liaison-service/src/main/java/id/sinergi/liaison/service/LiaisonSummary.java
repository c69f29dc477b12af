package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The liaison officer's start of the day, within the caller's scope: first the escapes Polres is
 * working on (urgent), then the counts. Each count is the {@code total} of a list query the caller
 * can make (the same filters, the same scope), so a number on the dashboard always leads to the
 * records behind it.
 */
@ApplicationScoped
public class LiaisonSummary {

    @Inject
    FacilityClock clock;

    @Inject
    Notifications notifications;

    @Inject
    InfoRequests infoRequests;

    @Inject
    PoliceLoans loans;

    @Inject
    Incidents incidents;

    @Inject
    ActionItems actionItems;

    @Inject
    Agreements agreements;

    /**
     * The counts as of {@code asOf}; each the total of the list query it names (the open incidents
     * per severity, every severity present; the overdue action items per owner agency, only agencies
     * with some; the agreements active and ending within {@code expiryNoticeDays}).
     */
    public record Counts(OffsetDateTime asOf, List<Notification> escapesAtLarge, long notificationsOpen, long notificationsOverdue, long infoRequestsPending,
                         long infoRequestsOverdue, long loansPending, long loansOverdue,
                         Map<Incident.Severity, Long> openIncidentsBySeverity, Map<String, Long> overdueItemsByAgency,
                         long agreementsExpiringSoon, int expiryNoticeDays,
                         Map<Incident.State, Long> incidentsByPoliceStatus) {
    }

    /** One transaction, so every count reads the same snapshot of the data. */
    @Transactional
    public Counts now() {
        Map<Incident.Severity, Long> openIncidents = new EnumMap<>(Incident.Severity.class);
        for (Incident.Severity severity : Incident.Severity.values()) {
            openIncidents.put(severity, incidents.list(Incidents.Criteria.openOf(severity), PageRequest.of(0, 1)).total());
        }
        Map<Incident.State, Long> byPoliceStatus = new EnumMap<>(Incident.State.class);
        for (Incident.State status : Incident.POLICE_STATUSES) {
            byPoliceStatus.put(status, incidents.list(Incidents.Criteria.policeStatusOf(status), PageRequest.of(0, 1)).total());
        }
        Agreements.Criteria expiring = agreements.expiringSoon();
        return new Counts(clock.timestamp(), notifications.escapesAtLarge(),
                notifications.list(new Notifications.Criteria(Notification.State.OPEN, null, null, null, null, null, null),
                        PageRequest.of(0, 1)).total(),
                notifications.list(new Notifications.Criteria(null, true, null, null, null, null, null), PageRequest.of(0, 1)).total(),
                infoRequests.list(new InfoRequests.Criteria(InfoRequest.State.SUBMITTED, null, null, null, null), PageRequest.of(0, 1)).total(),
                infoRequests.list(new InfoRequests.Criteria(null, true, null, null, null), PageRequest.of(0, 1)).total(),
                loans.list(new PoliceLoans.Criteria(PoliceLoan.State.REQUESTED, null, null, null, null), PageRequest.of(0, 1)).total(),
                loans.list(new PoliceLoans.Criteria(null, true, null, null, null), PageRequest.of(0, 1)).total(),
                openIncidents, actionItems.overdueByAgency(),
                agreements.list(expiring, PageRequest.of(0, 1)).total(), expiring.expiringWithinDays(), byPoliceStatus);
    }
}
