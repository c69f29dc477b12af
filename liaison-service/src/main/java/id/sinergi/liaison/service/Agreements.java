package id.sinergi.liaison.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.domain.Agreement.State;
import id.sinergi.liaison.command.AgreementRequests;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Cooperation agreements (MoU / PKS): drafted and activated by the Lapas's liaison, listed when
 * about to expire, expired by the scheduled job the day after their validity ends.
 */
@ApplicationScoped
public class Agreements {

    private static final Logger LOG = Logger.getLogger(Agreements.class);
    private static final String WHAT = "agreement";
    private static final Predicate<Agreement> ANY = agreement -> true;

    @Inject
    FacilityClock clock;

    @Inject
    LiaisonConfig config;

    @Inject
    Coordination coordination;

    @Inject
    Scope scope;

    /** {@code expiringWithinDays}: ACTIVE and ending between today and that many days from today. */
    public record Criteria(State state, Agreement.Kind kind, Integer expiringWithinDays, String text) {
    }

    @Transactional
    public Agreement draft(AgreementRequests.Draft draft) {
        Agreement agreement = coordination.create(new Agreement(), InfoRequests.blankToNull(draft.polresUnit()));
        agreement.state = coordination.created(Agreement.MACHINE, Agreement.DRAFT, agreement);
        describe(agreement, draft);
        agreement.persist();
        LOG.infof("agreement %s drafted", agreement.id);
        return coordination.flushed(agreement);
    }

    @Transactional
    public Agreement amend(UUID id, String ifMatch, AgreementRequests.Draft draft) {
        Agreement agreement = take(id, Agreement.AMEND, ifMatch, null);
        agreement.polresUnit = InfoRequests.blankToNull(draft.polresUnit());
        describe(agreement, draft);
        return coordination.flushed(agreement);
    }

    @Transactional
    public Agreement activate(UUID id, String ifMatch) {
        Agreement agreement = take(id, Agreement.ACTIVATE, ifMatch, null);
        if (agreement.validTo.isBefore(clock.today())) {
            throw Problems.invalidField("validity-ended", "validTo", agreement.validTo);
        }
        agreement.activatedBy = coordination.subject();
        agreement.activatedAt = clock.timestamp();
        LOG.infof("agreement %s active until %s", id, agreement.validTo);
        return coordination.flushed(agreement);
    }

    @Transactional
    public Agreement terminate(UUID id, String ifMatch, String reason) {
        Agreement agreement = take(id, Agreement.TERMINATE, ifMatch, reason);
        agreement.endedBy = coordination.subject();
        agreement.endedAt = clock.timestamp();
        agreement.reason = reason.strip();
        LOG.infof("agreement %s terminated", id);
        return coordination.flushed(agreement);
    }

    public Agreement get(UUID id) {
        return coordination.get(Agreement.class, id, WHAT, ANY);
    }

    /** Agreements: the first to end first unless the request names another order. */
    public static final ListOrder<Agreement> ORDER = ListOrder.<Agreement>byId("id", UUID.class, agreement -> agreement.id)
            .key("validTo", "validTo", LocalDate.class, agreement -> agreement.validTo)
            .key("createdAt", "createdAt", OffsetDateTime.class, agreement -> agreement.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, agreement -> agreement.updatedAt)
            .changes("changePosition", agreement -> agreement.changePosition)
            .sortedBy("validTo");

    public Page<Agreement> list(Criteria criteria, PageRequest page) {
        LocalDate today = clock.today();
        Integer within = criteria.expiringWithinDays();
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("kind = :kind", "kind", criteria.kind())
                .andIf(within != null, "(state = :active and validTo >= :today and validTo <= :until)",
                        within == null ? Map.of() : Map.of("active", State.ACTIVE, "today", today, "until", today.plusDays(within)))
                .search(criteria.text(), "number", "title", "scopeOfWork");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return ORDER.read(page).read(filter, Agreement.class);
    }

    /** Agreements ending within the configured notice: what the dashboard counts. */
    public Criteria expiringSoon() {
        return new Criteria(null, null, (int) config.agreementExpiryNotice().toDays(), null);
    }

    /** Without flushing first: a flush here would write the half-applied change and count a second version. */
    private static boolean numberTaken(String number, UUID id) {
        return Agreement.getEntityManager()
                .createQuery("select count(a) from Agreement a where a.number = :number and a.id <> :id", Long.class)
                .setParameter("number", number).setParameter("id", id).setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() > 0;
    }

    private Agreement take(UUID id, String action, String ifMatch, String reason) {
        var checked = coordination.check(Agreement.MACHINE, Agreement.class, id, WHAT, ANY, action, ifMatch, reason);
        Agreement agreement = checked.record();
        agreement.state = checked.target(agreement.state);
        return agreement;
    }

    private void describe(Agreement agreement, AgreementRequests.Draft draft) {
        if (draft.validTo().isBefore(draft.validFrom())) {
            throw Problems.invalidField("ends-before-start.agreement", "validTo");
        }
        String number = draft.number().strip();
        if (numberTaken(number, agreement.id)) {
            throw Problems.conflict("duplicate-agreement-number", number);
        }
        agreement.kind = draft.kind();
        agreement.number = number;
        agreement.title = draft.title().strip();
        agreement.parties = new ArrayList<>(draft.parties().stream().map(String::strip).toList());
        agreement.scopeOfWork = draft.scope().strip();
        agreement.validFrom = draft.validFrom();
        agreement.validTo = draft.validTo();
    }

}
