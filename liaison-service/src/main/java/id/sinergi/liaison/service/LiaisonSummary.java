package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.rest.SummaryView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;

/**
 * The liaison officer's start of the day, within the caller's scope. Each count is the
 * {@code total} of a list query the caller can make (the same filters, the same scope), so a
 * number on the dashboard always leads to the records behind it.
 */
@ApplicationScoped
public class LiaisonSummary {

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

    /** One transaction, so every count reads the same snapshot of the data. */
    @Transactional
    public SummaryView now() {
        Map<Incident.Severity, Long> openIncidents = new EnumMap<>(Incident.Severity.class);
        for (Incident.Severity severity : Incident.Severity.values()) {
            openIncidents.put(severity, incidents.list(Incidents.Criteria.openOf(severity), 0, 1).total());
        }
        Map<String, Long> overdueItems = actionItems.overdueByAgency();
        Agreements.Criteria expiring = agreements.expiringSoon();
        return new SummaryView(OffsetDateTime.now(),
                new SummaryView.Notifications(
                        notifications.list(new Notifications.Criteria(Notification.State.OPEN, null, null, null, null, null, null),
                                0, 1).total(),
                        notifications.list(new Notifications.Criteria(null, true, null, null, null, null, null), 0, 1).total()),
                new SummaryView.InfoRequests(
                        infoRequests.list(new InfoRequests.Criteria(InfoRequest.State.SUBMITTED, null, null, null, null), 0, 1).total(),
                        infoRequests.list(new InfoRequests.Criteria(null, true, null, null, null), 0, 1).total()),
                new SummaryView.PoliceLoans(
                        loans.list(new PoliceLoans.Criteria(PoliceLoan.State.REQUESTED, null, null, null, null), 0, 1).total(),
                        loans.list(new PoliceLoans.Criteria(null, true, null, null, null), 0, 1).total()),
                new SummaryView.Incidents(openIncidents.values().stream().mapToLong(Long::longValue).sum(), openIncidents),
                new SummaryView.ActionItems(overdueItems.values().stream().mapToLong(Long::longValue).sum(), overdueItems),
                new SummaryView.Agreements(agreements.list(expiring, 0, 1).total(), expiring.expiringWithinDays()));
    }
}
