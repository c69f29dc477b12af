package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.domain.PoliceLoan.State;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.liaison.command.PoliceLoanRequests;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Police loans (bon): requested by Polres, decided by the Lapas, checked out and returned at the
 * gate. Every change publishes {@code liaison.police-loan-changed}, which inmate-service follows to
 * show where the WBP is.
 */
@ApplicationScoped
public class PoliceLoans {

    private static final Logger LOG = Logger.getLogger(PoliceLoans.class);
    private static final String WHAT = "police-loan";

    @Inject
    FacilityClock clock;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    ActionGuard guard;

    @Inject
    Outbox outbox;

    @Inject
    KnownInmates inmates;

    @Inject
    JsonColumns json;

    public record Criteria(State state, Boolean overdue, UUID inmateId, LocalDate outFrom, LocalDate outTo) {
    }

    @Transactional
    public PoliceLoan request(PoliceLoanRequests.LoanRequest request) {
        State first = guard.checkCreation(PoliceLoan.MACHINE, PoliceLoan.REQUEST, null, null).to();
        InmateSnapshot inmate = inmates.require(request.inmateId());
        if (!request.plannedBackAt().isAfter(request.plannedOutAt())) {
            throw Problems.invalidField("back-before-out", "plannedBackAt");
        }
        PoliceLoan loan = new PoliceLoan();
        loan.id = UUID.randomUUID();
        inmates.requireAvailableForLoan(inmate, loan.id);
        loan.inmateId = inmate.inmateId;
        loan.facility = inmate.facility;
        loan.registerNumber = inmate.registerNumber;
        loan.requestedBy = caller.subject();
        loan.polresUnit = caller.unit();
        loan.borrowingUnit = request.borrowingUnit().strip();
        loan.purpose = request.purpose().strip();
        loan.caseNumber = request.caseNumber().strip();
        loan.letterNumber = request.letterNumber().strip();
        loan.plannedOutAt = request.plannedOutAt().withOffsetSameInstant(ZoneOffset.UTC);
        loan.plannedBackAt = request.plannedBackAt().withOffsetSameInstant(ZoneOffset.UTC);
        loan.escorts = json.write(request.escorts());
        loan.state = first;
        loan.requestedAt = clock.timestamp();
        loan.persist();
        return changed(loan);
    }

    @Transactional
    public PoliceLoan approve(UUID id, String ifMatch) {
        PoliceLoan loan = take(id, PoliceLoan.APPROVE, ifMatch, null);
        loan.decided(caller.subject(), clock.timestamp(), null);
        return changed(loan);
    }

    @Transactional
    public PoliceLoan reject(UUID id, String ifMatch, String reason) {
        PoliceLoan loan = take(id, PoliceLoan.REJECT, ifMatch, reason);
        loan.decided(caller.subject(), clock.timestamp(), reason.strip());
        return changed(loan);
    }

    @Transactional
    public PoliceLoan cancel(UUID id, String ifMatch, String reason) {
        PoliceLoan loan = take(id, PoliceLoan.CANCEL, ifMatch, reason);
        loan.reason = reason.strip();
        return changed(loan);
    }

    @Transactional
    public PoliceLoan checkOut(UUID id, String ifMatch) {
        PoliceLoan loan = take(id, PoliceLoan.CHECK_OUT, ifMatch, null);
        inmates.requireAvailableForLoan(inmates.require(loan.inmateId), loan.id);
        loan.checkedOutBy = caller.subject();
        loan.checkedOutAt = clock.timestamp();
        return changed(loan);
    }

    @Transactional
    public PoliceLoan returned(UUID id, String ifMatch) {
        PoliceLoan loan = take(id, PoliceLoan.RETURN, ifMatch, null);
        loan.returnedBy = caller.subject();
        loan.returnedAt = clock.timestamp();
        return changed(loan);
    }

    /** Records the change and its event; flushing first makes a racing check-out meet the one-loan-out index here. */
    private PoliceLoan changed(PoliceLoan loan) {
        PoliceLoan.flush();
        outbox.record(LiaisonEvents.POLICE_LOAN_CHANGED, loan.id.toString(), LiaisonEvents.PoliceLoanChanged.of(loan));
        LOG.infof("police loan %s of inmate %s is %s", loan.id, loan.inmateId, loan.state);
        return loan;
    }

    public PoliceLoan get(UUID id) {
        return scope.visible(PoliceLoan.findById(id), WHAT, id);
    }

    /** Police loans: by planned checkout unless the request names another order. */
    public static final ListOrder<PoliceLoan> ORDER = ListOrder.<PoliceLoan>byId("id", UUID.class, loan -> loan.id)
            .key("plannedOutAt", "plannedOutAt", OffsetDateTime.class, loan -> loan.plannedOutAt)
            .key("requestedAt", "requestedAt", OffsetDateTime.class, loan -> loan.requestedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, loan -> loan.updatedAt)
            .changes("changePosition", loan -> loan.changePosition)
            .sortedBy("plannedOutAt");

    public Page<PoliceLoan> list(Criteria criteria, PageRequest page) {
        Filter filter = filter(criteria, clock.timestamp(), clock);
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return ORDER.read(page).read(filter, PoliceLoan.class);
    }

    /** The list's conditions before the caller's scope: the gauges count with them across every scope. */
    static Filter filter(Criteria criteria, OffsetDateTime now, FacilityClock clock) {
        return new Filter()
                .and("state = :state", "state", criteria.state())
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId())
                .and("plannedOutAt >= :from", "from", InfoRequests.startOf(criteria.outFrom(), clock))
                .and("plannedOutAt < :to", "to", InfoRequests.startOf(criteria.outTo() == null ? null : criteria.outTo().plusDays(1), clock))
                .andIf(Boolean.TRUE.equals(criteria.overdue()), "(state = :overdue or (state = :out and plannedBackAt < :now))",
                        Map.of("overdue", State.OVERDUE, "out", State.CHECKED_OUT, "now", now))
                .andIf(Boolean.FALSE.equals(criteria.overdue()), "(state <> :overdue and (state <> :out or plannedBackAt >= :now))",
                        Map.of("overdue", State.OVERDUE, "out", State.CHECKED_OUT, "now", now));
    }

    public List<PoliceLoan.Escort> escortsOf(PoliceLoan loan) {
        return json.read(loan.escorts, new TypeReference<>() {
        });
    }

    /** Checks the action in the one order (role, scope, If-Match, state, reason) and moves the loan. */
    private PoliceLoan take(UUID id, String action, String ifMatch, String reason) {
        var checked = guard.check(PoliceLoan.MACHINE, action,
                () -> scope.visible(PoliceLoan.<PoliceLoan>findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT, id),
                ifMatch, reason);
        PoliceLoan loan = checked.record();
        loan.state = checked.target(loan.state);
        return loan;
    }
}
