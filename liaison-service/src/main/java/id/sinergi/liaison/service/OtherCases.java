package id.sinergi.liaison.service;

import id.sinergi.liaison.command.OtherCaseRequests;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.event.LiaisonEvents;
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

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Other cases (issue 21 point 2): Polres reports that a WBP in custody is a suspect in another case
 * and closes it with the outcome; each step publishes {@code liaison.other-case-changed}, from which
 * inmate-service keeps the WBP's pending case, which its integration eligibility reads
 * (Permenkumham 7/2022 on PB and CB).
 */
@ApplicationScoped
public class OtherCases {

    private static final Logger LOG = Logger.getLogger(OtherCases.class);
    private static final String WHAT = "other-case";
    /** Polres sees every other case of its own unit (the scope checks the unit). */
    private static final Predicate<OtherCase> OWN_UNIT = c -> true;

    @Inject
    FacilityClock clock;

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

    public record Criteria(UUID inmateId, OtherCase.State state) {
    }

    @Transactional
    public OtherCase report(OtherCaseRequests.Report report) {
        OtherCase otherCase = new OtherCase();
        otherCase.state = coordination.created(OtherCase.MACHINE, OtherCase.REPORT, otherCase);
        InmateSnapshot inmate = inmates.require(report.inmateId(), "inmateId");
        if (!inmate.isInCustody()) {
            throw Problems.conflict("inmate-not-in-custody.other-case", inmate.status);
        }
        String number = report.policeReportNumber().strip();
        if (OtherCase.count("inmateId = ?1 and policeReportNumber = ?2", inmate.inmateId, number) > 0) {
            throw Problems.conflict("duplicate-other-case", number);
        }
        OffsetDateTime now = clock.timestamp();
        otherCase.id = UUID.randomUUID();
        otherCase.facility = inmate.facility;
        otherCase.polresUnit = caller.unit();
        otherCase.inmateId = inmate.inmateId;
        otherCase.registerNumber = inmate.registerNumber;
        otherCase.policeReportNumber = number;
        otherCase.article = report.article().strip();
        otherCase.description = report.description().strip();
        otherCase.createdBy = caller.subject();
        otherCase.createdAt = now;
        otherCase.updatedAt = now;
        otherCase.persist();
        coordination.flushed(otherCase);
        changed(otherCase);
        LOG.infof("other case %s reported about inmate %s", otherCase.id, inmate.inmateId);
        return otherCase;
    }

    @Transactional
    public OtherCase close(UUID id, String ifMatch, OtherCaseRequests.Closing closing) {
        var checked = coordination.check(OtherCase.MACHINE, OtherCase.class, id, WHAT, OWN_UNIT, OtherCase.CLOSE, ifMatch,
                closing.reason());
        OtherCase otherCase = checked.record();
        otherCase.state = checked.target(otherCase.state);
        otherCase.outcome = closing.outcome();
        otherCase.reason = InfoRequests.blankToNull(closing.reason());
        otherCase.closedBy = caller.subject();
        otherCase.closedAt = clock.timestamp();
        coordination.flushed(otherCase);
        changed(otherCase);
        LOG.infof("other case %s closed: %s", id, otherCase.outcome);
        return otherCase;
    }

    public OtherCase get(UUID id) {
        return coordination.get(OtherCase.class, id, WHAT, OWN_UNIT);
    }

    /** Other cases: the newest first unless the request names another order. */
    public static final ListOrder<OtherCase> ORDER = ListOrder.<OtherCase>byId("id", UUID.class, otherCase -> otherCase.id)
            .key("createdAt", "createdAt", OffsetDateTime.class, otherCase -> otherCase.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, otherCase -> otherCase.updatedAt)
            .changes("changePosition", otherCase -> otherCase.changePosition)
            .sortedBy("-createdAt");

    public Page<OtherCase> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId())
                .and("state = :state", "state", criteria.state());
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return ORDER.read(page).read(filter, OtherCase.class);
    }

    private void changed(OtherCase otherCase) {
        outbox.record(LiaisonEvents.OTHER_CASE_CHANGED, otherCase.id.toString(), LiaisonEvents.OtherCaseChanged.of(otherCase));
    }
}
