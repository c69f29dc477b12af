package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.Incident.State;
import id.sinergi.liaison.domain.IncidentFollowUp;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.liaison.command.IncidentRequests;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Security incidents (kamtib): recorded by the Lapas's security staff, shared with the Polres unit
 * covering the regency of the facility ({@link Recipients#ofFacility}; {@code liaison.incident-reported}), then followed up by that unit.
 */
@ApplicationScoped
public class Incidents {

    private static final Logger LOG = Logger.getLogger(Incidents.class);
    private static final String WHAT = "incident";
    /** Polres sees an incident only once it is shared. */
    private static final Predicate<Incident> SHARED = Incident::isShared;

    @Inject
    FacilityClock clock;

    @Inject
    Recipients recipients;

    @Inject
    Coordination coordination;

    @Inject
    Scope scope;

    @Inject
    Outbox outbox;

    @Inject
    KnownInmates inmates;

    @Inject
    Caller caller;

    public record Criteria(State state, Boolean open, Incident.Type type, Incident.Severity severity, Boolean shared,
                           UUID inmateId, LocalDate occurredFrom, LocalDate occurredTo, String text, State policeStatus,
                           String facility) {

        public Criteria(State state, Boolean open, Incident.Type type, Incident.Severity severity, Boolean shared,
                        UUID inmateId, LocalDate occurredFrom, LocalDate occurredTo, String text, State policeStatus) {
            this(state, open, type, severity, shared, inmateId, occurredFrom, occurredTo, text, policeStatus, null);
        }

        public Criteria(State state, Boolean open, Incident.Type type, Incident.Severity severity, Boolean shared,
                        UUID inmateId, LocalDate occurredFrom, LocalDate occurredTo, String text) {
            this(state, open, type, severity, shared, inmateId, occurredFrom, occurredTo, text, null, null);
        }

        public static Criteria openOf(Incident.Severity severity) {
            return new Criteria(null, true, null, severity, null, null, null, null, null);
        }

        /** The incidents whose police status is {@code status} (what the summary counts per status). */
        public static Criteria policeStatusOf(State status) {
            return new Criteria(null, null, null, null, null, null, null, null, null, status);
        }
    }

    @Transactional
    public Incident report(IncidentRequests.Report report) {
        Incident incident = coordination.create(new Incident(), recipients.ofFacility(caller.unit()));
        incident.state = coordination.created(Incident.MACHINE, Incident.REPORT, incident);
        describe(incident, report);
        // The report is published as recorded (REPORTED), before a share at once makes it SHARED.
        changed(incident, Incident.REPORT, null);
        if (report.shareWithPolres()) {
            alsoShare(incident);
        }
        incident.persist();
        LOG.infof("incident %s reported: %s, %s", incident.id, incident.type, incident.severity);
        return report.shareWithPolres() ? announced(incident) : incident;
    }

    @Transactional
    public Incident amend(UUID id, String ifMatch, IncidentRequests.Report report) {
        Incident incident = take(id, Incident.AMEND, ifMatch, null);
        describe(incident, report);
        changed(incident, Incident.AMEND, null);
        if (report.shareWithPolres()) {
            alsoShare(incident);
            return announced(incident);
        }
        return coordination.flushed(incident);
    }

    @Transactional
    public Incident share(UUID id, String ifMatch) {
        Incident incident = take(id, Incident.SHARE, ifMatch, null);
        markShared(incident);
        return announced(incident);
    }

    @Transactional
    public Incident receive(UUID id, String ifMatch, IncidentRequests.FollowUp followUp) {
        return followedUp(take(id, Incident.RECEIVE, ifMatch, null), Incident.RECEIVE, followUp);
    }

    @Transactional
    public Incident investigate(UUID id, String ifMatch, IncidentRequests.FollowUp followUp) {
        Incident incident = take(id, Incident.INVESTIGATE, ifMatch, null);
        if (InfoRequests.blankToNull(followUp.policeReportNumber()) == null && incident.policeReportNumber == null) {
            throw Problems.invalidField("police-report-number-required", "policeReportNumber");
        }
        return followedUp(incident, Incident.INVESTIGATE, followUp);
    }

    @Transactional
    public Incident charge(UUID id, String ifMatch, IncidentRequests.FollowUp followUp) {
        return followedUp(take(id, Incident.CHARGE, ifMatch, null), Incident.CHARGE, followUp);
    }

    @Transactional
    public Incident close(UUID id, String ifMatch, String reason) {
        Incident incident = take(id, Incident.CLOSE, ifMatch, reason);
        incident.closedBy = coordination.subject();
        incident.closedAt = clock.timestamp();
        incident.closingReason = InfoRequests.blankToNull(reason);
        if (incident.isShared()) {
            recordFollowUp(incident, Incident.CLOSE, incident.closingReason);
        }
        changed(incident, Incident.CLOSE, incident.closingReason);
        LOG.infof("incident %s closed", id);
        return coordination.flushed(incident);
    }

    public Incident get(UUID id) {
        return coordination.get(Incident.class, id, WHAT, SHARED);
    }

    /** Polres's follow-up steps of the incident, oldest first. */
    public List<IncidentFollowUp> followUpHistory(Incident incident) {
        return IncidentFollowUp.of(incident.id);
    }

    /** Incidents: the latest first unless the request names another order. */
    public static final ListOrder<Incident> ORDER = ListOrder.<Incident>byId("id", UUID.class, incident -> incident.id)
            .key("occurredAt", "occurredAt", OffsetDateTime.class, incident -> incident.occurredAt)
            .key("createdAt", "createdAt", OffsetDateTime.class, incident -> incident.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, incident -> incident.updatedAt)
            .changes("changePosition", incident -> incident.changePosition)
            .sortedBy("-occurredAt");

    public Page<Incident> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("type = :type", "type", criteria.type())
                .and("severity = :severity", "severity", criteria.severity())
                .and("(state = :policeStatus and sharedAt is not null)", "policeStatus", criteria.policeStatus())
                .and("id in (select i.id from Incident i join i.involved w where w.inmateId = :inmateId)", "inmateId",
                        criteria.inmateId())
                .and("occurredAt >= :from", "from", InfoRequests.startOf(criteria.occurredFrom(), clock))
                .and("occurredAt < :to", "to", InfoRequests.startOf(criteria.occurredTo() == null ? null
                        : criteria.occurredTo().plusDays(1), clock))
                .andIf(Boolean.TRUE.equals(criteria.open()), "state <> :closed", Map.of("closed", State.CLOSED))
                .andIf(Boolean.FALSE.equals(criteria.open()), "state = :closed", Map.of("closed", State.CLOSED))
                .andIf(Boolean.TRUE.equals(criteria.shared()), "sharedAt is not null", Map.of())
                .andIf(Boolean.FALSE.equals(criteria.shared()), "sharedAt is null", Map.of())
                .search(criteria.text(), "place", "description", "policeReportNumber")
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()));
        scope.restrict(filter, "polresUnit = :unit and sharedAt is not null", Map.of());
        return ORDER.read(page).read(filter, Incident.class);
    }

    private Incident take(UUID id, String action, String ifMatch, String reason) {
        var checked = coordination.check(Incident.MACHINE, Incident.class, id, WHAT, SHARED, action, ifMatch, reason);
        Incident incident = checked.record();
        incident.state = checked.target(incident.state);
        return incident;
    }

    /** The details of a report; every WBP named must be known, held in this facility, and named once. */
    private void describe(Incident incident, IncidentRequests.Report report) {
        incident.type = report.type();
        incident.severity = report.severity();
        incident.occurredAt = report.occurredAt().withOffsetSameInstant(ZoneOffset.UTC);
        incident.place = report.place().strip();
        incident.description = report.description().strip();
        incident.evidence = report.evidence() == null ? new ArrayList<>()
                : new ArrayList<>(report.evidence().stream().map(String::strip).distinct().toList());
        List<IncidentRequests.Involved> named = report.involved() == null ? List.of() : report.involved();
        Set<UUID> seen = new HashSet<>();
        incident.involved.clear();
        for (int i = 0; i < named.size(); i++) {
            String field = "involved[" + i + "].inmateId";
            if (!seen.add(named.get(i).inmateId())) {
                throw Problems.invalidField("duplicate-entry.inmate", field);
            }
            InmateSnapshot inmate = inmates.requireIn(incident.facility, named.get(i).inmateId(), field);
            Incident.Involvement involvement = new Incident.Involvement();
            involvement.inmateId = inmate.inmateId;
            involvement.registerNumber = inmate.registerNumber;
            involvement.role = named.get(i).role();
            incident.involved.add(involvement);
        }
    }

    /** Shares a REPORTED incident as it is recorded or corrected, by the same transition as the {@code share} action. */
    private void alsoShare(Incident incident) {
        incident.state = Incident.MACHINE.transition(Incident.SHARE, incident.state, incident, caller::hasAnyRole).to();
        markShared(incident);
    }

    private void markShared(Incident incident) {
        incident.sharedBy = coordination.subject();
        incident.sharedAt = clock.timestamp();
    }

    private Incident announced(Incident incident) {
        changed(incident, Incident.SHARE, null);
        Incident.flush();
        outbox.record(LiaisonEvents.INCIDENT_REPORTED, incident.id.toString(), LiaisonEvents.IncidentReported.of(incident));
        LOG.infof("incident %s shared with %s", incident.id, incident.polresUnit);
        return incident;
    }

    private Incident followedUp(Incident incident, String action, IncidentRequests.FollowUp followUp) {
        String number = InfoRequests.blankToNull(followUp.policeReportNumber());
        if (number != null) {
            incident.policeReportNumber = number;
        }
        incident.followUpNote = InfoRequests.blankToNull(followUp.note());
        incident.followedUpBy = coordination.subject();
        incident.followedUpAt = clock.timestamp();
        recordFollowUp(incident, action, incident.followUpNote);
        changed(incident, action, incident.followUpNote);
        LOG.infof("incident %s followed up by Polres: %s", incident.id, incident.state);
        return coordination.flushed(incident);
    }

    /** Adds Polres's step to the incident's follow-up history. */
    private void recordFollowUp(Incident incident, String action, String note) {
        IncidentFollowUp step = new IncidentFollowUp();
        step.id = UUID.randomUUID();
        step.incidentId = incident.id;
        step.action = action;
        step.state = incident.state;
        step.policeReportNumber = incident.policeReportNumber;
        step.note = note;
        step.actedBy = coordination.subject();
        step.actedAt = clock.timestamp();
        step.persist();
    }

    /**
     * The one place every incident action publishes {@code liaison.incident-changed}, in the same
     * transaction as the change (outbox), so inmate-service and the Lapas follow Polres without polling.
     */
    private void changed(Incident incident, String action, String reason) {
        outbox.record(LiaisonEvents.INCIDENT_CHANGED, incident.id.toString(),
                LiaisonEvents.IncidentChanged.of(incident, action, coordination.subject(), clock.timestamp(), reason));
    }
}
