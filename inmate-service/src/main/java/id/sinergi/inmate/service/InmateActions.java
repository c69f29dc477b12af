package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.DisciplinaryEntry;
import id.sinergi.inmate.domain.Escape;
import id.sinergi.inmate.domain.FacilityKind;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateMachine.Subject;
import id.sinergi.inmate.domain.InmateState;
import id.sinergi.inmate.domain.Integration;
import id.sinergi.inmate.domain.IntegrationConditions;
import id.sinergi.inmate.domain.KeyDates;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.PendingCase;
import id.sinergi.inmate.domain.RegisterNumbers;
import id.sinergi.inmate.domain.Remission;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.SentenceKind;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.text.Part;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.ActionGuard.Checked;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * The explicit actions on a WBP's record. Each one is checked against the record's state machine
 * ({@link InmateMachine}) by the platform's guard, in the one order: 403 role, 404 no such WBP,
 * 428/412 {@code If-Match}, 409 state, then this service's rules (422). The record is locked for the
 * rest of the transaction, so two actions on one WBP happen one after the other. Each action then
 * moves the record to the state its row leads to and records the event and the timeline entry in
 * the same transaction.
 */
@ApplicationScoped
public class InmateActions {

    private static final Logger LOG = Logger.getLogger(InmateActions.class);

    @Inject
    FacilityClock clock;

    @Inject
    ActionGuard guard;

    @Inject
    InmateChanges changes;

    @Inject
    Caller caller;

    @Inject
    Facilities facilities;

    @Inject
    RegisterNumbers registerNumbers;

    @Inject
    FacilityScope facilityScope;

    /** The WBP locked for the action, or 404. */
    static Inmate locked(UUID id) {
        Inmate inmate = Inmate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (inmate == null) {
            throw Problems.notFound("inmate", id);
        }
        return inmate;
    }

    /**
     * Checks a person's action on the WBP; {@code movement} is where a movement out goes (null otherwise).
     * Another facility's WBP is 404 in the place of an unknown one, before anything is written.
     */
    public Checked<Inmate, InmateState, Subject> check(UUID id, String action, String ifMatch, MovementKind movement) {
        return checkWith(id, action, ifMatch, inmate -> new Subject(inmate, movement));
    }

    /** Checks a person's action on the WBP of the caller's facility; {@code subject} is what the rows' conditions test. */
    Checked<Inmate, InmateState, Subject> checkWith(UUID id, String action, String ifMatch, Function<Inmate, Subject> subject) {
        return guard.check(InmateMachine.MACHINE, action, () -> facilityScope.actionable(locked(id)), subject, ifMatch, null);
    }

    /** Moves the checked record to the state its row leads to (the same state for a row that stays). */
    Inmate take(Checked<Inmate, InmateState, Subject> checked) {
        Inmate inmate = checked.record();
        inmate.moveTo(checked.target(inmate.currentState()));
        inmate.updatedAt = clock.timestamp();
        return inmate;
    }

    @Transactional
    public Inmate assessRisk(UUID id, String ifMatch, ActionRequests.RiskAssessment request) {
        Inmate inmate = take(check(id, InmateMachine.ASSESS_RISK, ifMatch, null));
        RiskLevel previous = inmate.riskLevel;
        RiskAssessment assessment = new RiskAssessment();
        assessment.inmateId = id;
        assessment.level = request.level();
        assessment.previousLevel = previous;
        assessment.reason = request.reason();
        assessment.assessor = caller.subject();
        assessment.assessedAt = clock.timestamp();
        assessment.persist();
        inmate.riskLevel = request.level();
        changes.record(inmate, InmateEvents.RISK_CHANGED, snapshot -> new InmateEvents.RiskChanged(snapshot, previous, request.reason()),
                "Risk assessed " + request.level() + (previous == request.level() ? " (unchanged)" : " (was " + previous + ")"),
                caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate moveOut(UUID id, String ifMatch, ActionRequests.MoveOut request) {
        Inmate inmate = take(check(id, InmateMachine.MOVE_OUT, ifMatch, request.kind()));
        return movedOut(inmate, request.kind(), request.destination(), request.reference(), caller.subject());
    }

    @Transactional
    public Inmate returnToFacility(UUID id, String ifMatch, ActionRequests.Return request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RETURN, ifMatch, null);
        MovementKind kind = MovementKind.valueOf(checked.record().location.name());
        return movedBack(take(checked), kind, request == null ? null : request.note(), caller.subject());
    }

    /** What a police loan reported by liaison-service did to the register. */
    public enum LoanMovement {
        /** The WBP moved out or back. */
        MOVED,
        /** The WBP's state does not call for it (a repeated or late report): nothing changed. */
        NOTHING_TO_MOVE,
        /** No such WBP in the register. */
        UNKNOWN_INMATE
    }

    /**
     * A police loan in liaison-service changed: checked out, the WBP leaves for it when still in the
     * facility; returned, the WBP is back when still out on it. A repeated or late report changes
     * nothing, and any other state of the loan only names the WBP.
     *
     * @param action {@link InmateMachine#LOAN_CHECKED_OUT}, {@link InmateMachine#LOAN_RETURNED}, or null
     *               when the loan's new state does not move anyone
     * @param unit   the borrowing unit, where a checked-out WBP goes
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public LoanMovement policeLoanChanged(UUID inmateId, String action, String unit, String loan) {
        Inmate inmate = Inmate.findById(inmateId, LockModeType.PESSIMISTIC_WRITE);
        if (inmate == null) {
            return LoanMovement.UNKNOWN_INMATE;
        }
        InmateState state = inmate.currentState();
        Subject subject = Subject.of(inmate);
        if (action == null || !InmateMachine.MACHINE.allowsSystem(action, state, subject)) {
            LOG.debugf("police loan %s: %s does not apply to inmate %s in %s; nothing to move", loan, action, inmate.id, state);
            return LoanMovement.NOTHING_TO_MOVE;
        }
        inmate.moveTo(InmateMachine.MACHINE.systemTransition(action, state, subject).target(state));
        inmate.updatedAt = clock.timestamp();
        String actor = "liaison:loan:" + loan;
        if (action.equals(InmateMachine.LOAN_CHECKED_OUT)) {
            movedOut(inmate, MovementKind.POLICE_LOAN, unit, loan, actor);
        } else {
            movedBack(inmate, MovementKind.POLICE_LOAN, loan, actor);
        }
        return LoanMovement.MOVED;
    }

    private Inmate movedOut(Inmate inmate, MovementKind kind, String destination, String reference, String actor) {
        changes.record(inmate, InmateEvents.MOVED, snapshot -> InmateEvents.Moved.out(snapshot, kind, destination, reference),
                "Out to " + destination + " (" + kind + ")", actor);
        return inmate;
    }

    private Inmate movedBack(Inmate inmate, MovementKind kind, String reference, String actor) {
        changes.record(inmate, InmateEvents.MOVED, snapshot -> InmateEvents.Moved.back(snapshot, kind, reference),
                "Back in the facility (" + kind + ")", actor);
        return inmate;
    }

    @Transactional
    public Inmate moveCell(UUID id, String ifMatch, ActionRequests.CellMove request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.MOVE_CELL, ifMatch, null);
        if (checked.record().cellBlock.equals(request.toBlock())) {
            throw Problems.invalidField("same-cell-block", "toBlock", request.toBlock());
        }
        Inmate inmate = take(checked);
        String from = inmate.cellBlock;
        inmate.cellBlock = request.toBlock();
        changes.record(inmate, InmateEvents.MOVED, snapshot -> InmateEvents.Moved.cell(snapshot, from, request.toBlock()),
                "Moved from block " + from + " to " + request.toBlock()
                        + (request.reason() == null ? "" : ": " + request.reason()), caller.subject());
        return inmate;
    }

    /**
     * A transfer (mutasi). To a facility of the region's directory the WBP is IN_TRANSIT: the stay stays
     * open, still this facility's, until the receiving one confirms the arrival. Anywhere else the stay
     * ends here (TRANSFERRED).
     */
    @Transactional
    public Inmate transfer(UUID id, String ifMatch, ActionRequests.Transfer request) {
        boolean withinRegion = facilities.exists(request.toFacility());
        Checked<Inmate, InmateState, Subject> checked = checkWith(id, InmateMachine.TRANSFER, ifMatch,
                inmate -> Subject.transfer(inmate, withinRegion));
        if (checked.record().facility.equals(request.toFacility())) {
            throw Problems.invalidField("same-facility", "toFacility", request.toFacility());
        }
        if (facilities.find(request.toFacility()).filter(to -> to.kind() == FacilityKind.BAPAS).isPresent()) {
            throw Problems.invalidField("not-a-holding-facility", "toFacility", request.toFacility());
        }
        Inmate inmate = take(checked);
        String from = inmate.facility;
        inmate.transferredTo = request.toFacility();
        // Within the region: the day the WBP left the sending facility, until the arrival.
        inmate.leftOn = request.transferredOn();
        changes.record(inmate, InmateEvents.TRANSFERRED,
                snapshot -> new InmateEvents.Transferred(snapshot, from, request.toFacility(), request.transferredOn(), withinRegion),
                (withinRegion ? "In transit to " : "Transferred out of the region to ") + request.toFacility()
                        + (request.decreeNumber() == null ? "" : " (decree " + request.decreeNumber() + ")"), caller.subject());
        return inmate;
    }

    /**
     * The receiving facility confirms the arrival of a WBP transferred within the region: the same stay
     * (sentence, key dates, remissions, detention orders, pending cases, release plan, history) goes on
     * there under a register number of the receiving facility; the previous number stays in the
     * timeline and the event. Only the receiving facility's staff may: another facility's answer 404
     * (they cannot see the WBP), the sending facility's 409.
     */
    @Transactional
    public Inmate confirmArrival(UUID id, String ifMatch, ActionRequests.Arrival request) {
        String unit = caller.facilityScope().orElse(null);
        // Not checkWith(): the receiving facility acts here on a WBP that is not yet its own.
        Checked<Inmate, InmateState, Subject> checked = guard.check(InmateMachine.MACHINE, InmateMachine.CONFIRM_ARRIVAL, () -> {
            Inmate found = locked(id);
            if (!facilityScope.sees(found)) {
                throw Problems.notFound("inmate", id);
            }
            return found;
        }, Subject::of, ifMatch, null);
        Inmate inmate = checked.record();
        String receiving = inmate.transferredTo;
        if (unit != null && !unit.equals(receiving)) {
            throw Problems.conflict("not-receiving-facility", receiving);
        }
        if (request.arrivedOn().isBefore(inmate.leftOn)) {
            throw Problems.invalidField("arrival-before-transfer", "arrivedOn", request.arrivedOn(), inmate.leftOn);
        }
        LocalDate today = LocalDate.ofInstant(clock.now(), facilities.zone(receiving));
        if (request.arrivedOn().isAfter(today)) {
            throw Problems.invalidField("arrival-in-the-future", "arrivedOn", request.arrivedOn(), receiving, today);
        }
        // The number first: taking it flushes the record, which must not stand in the receiving facility
        // under the sending facility's number meanwhile.
        String registerNumber = registerNumbers.next(receiving, inmate.registerClass, request.arrivedOn().getYear());
        take(checked);
        String from = inmate.facility;
        String previousRegisterNumber = inmate.registerNumber;
        inmate.facility = receiving;
        inmate.registerNumber = registerNumber;
        inmate.transferredTo = null;
        inmate.leftOn = null;
        if (request.cellBlock() != null) {
            inmate.cellBlock = request.cellBlock().strip();
        }
        changes.record(inmate, InmateEvents.TRANSFER_ARRIVED, snapshot -> new InmateEvents.TransferArrived(snapshot, from,
                        request.arrivedOn(), previousRegisterNumber),
                "Arrived at " + receiving + " from " + from + " on " + request.arrivedOn() + "; register number "
                        + previousRegisterNumber + " → " + inmate.registerNumber, caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate grantRemission(UUID id, String ifMatch, ActionRequests.Remission request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.GRANT_REMISSION, ifMatch, null);
        Inmate inmate = checked.record();
        if (Remission.count("inmateId = ?1 and decreeNumber = ?2", id, request.decreeNumber()) > 0) {
            throw Problems.conflict("duplicate-remission", request.decreeNumber());
        }
        if (!inmate.sentenceKind().hasTerm()) {
            // Life and death: UU 22/2022 Pasal 10 ayat (4); a fine alone has no term to shorten.
            throw Problems.invalidField("remission-without-term", "days", inmate.sentenceKind());
        }
        RemissionEligibility.check(inmate, request);
        int total = inmate.remissionDays + request.days();
        try {
            KeyDates.of(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths,
                    inmate.sentenceDays, total, inmate.daysNotCounted());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("remission-exceeds-sentence", "days", request.days(), total);
        }
        Remission remission = new Remission();
        remission.inmateId = id;
        remission.type = request.type();
        remission.ground = request.ground();
        remission.days = request.days();
        remission.decreeNumber = request.decreeNumber();
        remission.decreeDate = request.decreeDate();
        remission.grantedOn = request.grantedOn();
        remission.recordedBy = caller.subject();
        remission.recordedAt = clock.timestamp();
        remission.persist();
        take(checked);
        inmate.remissionDays = total;
        inmate.recomputeExpiry();
        changes.record(inmate, InmateEvents.UPDATED, snapshot -> new InmateEvents.Updated(snapshot, List.of("sentence")),
                request.type() + " remission" + (request.ground() == null ? "" : " (" + request.ground() + ")") + " of "
                        + request.days() + " days (decree " + request.decreeNumber() + " of " + request.decreeDate()
                        + "); expiry now " + inmate.expiresOn,
                caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate changeClass(UUID id, String ifMatch, ActionRequests.ClassChange request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.CHANGE_CLASS, ifMatch, null);
        if (request.registerClass().isDetainee()) {
            throw Problems.invalidField("class-change-to-detainee", "registerClass", request.registerClass());
        }
        InmateRegister.requireSentence(request.registerClass(), request.sentence());
        Inmate inmate = take(checked);
        var previous = inmate.registerClass;
        inmate.registerClass = request.registerClass();
        InmateRegister.applySentence(inmate, request.sentence());
        inmate.detentionEndsOn = null;
        var sentence = request.sentence();
        changes.record(inmate, InmateEvents.CLASS_CHANGED, snapshot -> new InmateEvents.ClassChanged(snapshot, previous,
                        new InmateEvents.SentenceTerm(sentence.start(), sentence.years(), sentence.months(), sentence.days(),
                                sentence.kindOrDefault())),
                "Verdict " + request.verdictNumber() + ": " + previous + " → " + request.registerClass(), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate recordFinePayment(UUID id, String ifMatch, ActionRequests.FinePayment request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RECORD_FINE_PAYMENT, ifMatch, null);
        Inmate inmate = checked.record();
        if (request.amount().compareTo(inmate.fineAmount) < 0) {
            throw Problems.invalidField("fine-payment-incomplete", "amount", inmate.fineAmount.toPlainString());
        }
        take(checked);
        LocalDate previousExpiry = inmate.expiresOn;
        inmate.finePaidReceipt = request.receiptNumber();
        inmate.finePaidOn = request.paidOn();
        inmate.finePaidAmount = request.amount();
        inmate.recomputeExpiry();
        changes.record(inmate, InmateEvents.FINE_PAID, snapshot -> new InmateEvents.FinePaid(snapshot, request.receiptNumber(),
                        request.paidOn(), request.amount(), previousExpiry, inmate.expiresOn),
                "Fine paid (receipt " + request.receiptNumber() + "); expiry " + previousExpiry + " → " + inmate.expiresOn,
                caller.subject());
        return inmate;
    }

    /** A term set by a decree is at most 20 years (KUHP Pasal 12 ayat (4); UU 1/2023 Pasal 68 ayat (4)). */
    private static final int LONGEST_TERM_YEARS = 20;

    @Transactional
    public Inmate commuteSentence(UUID id, String ifMatch, ActionRequests.SentenceCommutation request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.COMMUTE_SENTENCE, ifMatch, null);
        Inmate inmate = checked.record();
        SentenceKind from = inmate.sentenceKind();
        SentenceKind to = request.toOrDefault();
        if (to != SentenceKind.IMPRISONMENT && !(from == SentenceKind.DEATH && to == SentenceKind.LIFE)) {
            throw from == SentenceKind.DEATH ? Problems.invalidField("commutation-not-allowed.death", "to", from, to)
                    : Problems.invalidField("commutation-not-allowed", "to", from, to);
        }
        LocalDate termStart = request.termStart() != null ? request.termStart() : inmate.sentenceStart;
        if (to == SentenceKind.IMPRISONMENT) {
            if (request.years() == 0 && request.months() == 0) {
                throw Problems.invalidField("sentence-empty.new-term", "years");
            }
            if (Period.of(request.years(), request.months(), 0).toTotalMonths() > LONGEST_TERM_YEARS * 12L) {
                throw Problems.invalidField("commuted-term-too-long", "years", LONGEST_TERM_YEARS);
            }
            LocalDate termEnds = termStart.plusYears(request.years()).plusMonths(request.months());
            InmateRegister.requireRegisterClass(inmate.registerClass, to, termStart, termEnds,
                    Part.of("register-class-mismatch.part.sentence-term", to, request.years(), request.months(), 0));
        } else if (request.years() != 0 || request.months() != 0) {
            throw Problems.invalidField("term-not-allowed.life", "years");
        }
        if (request.decreedOn().isBefore(inmate.sentenceStart)) {
            throw Problems.invalidField("decree-before-sentence", "decreedOn", request.decreedOn(), inmate.sentenceStart);
        }
        take(checked);
        inmate.commutedFrom = from;
        inmate.commutationDecree = request.decreeNumber();
        inmate.commutedOn = request.decreedOn();
        inmate.sentenceKind = to;
        inmate.sentenceStart = termStart;
        inmate.sentenceYears = request.years();
        inmate.sentenceMonths = request.months();
        inmate.sentenceDays = 0;
        inmate.recomputeExpiry();
        InmateEvents.SentenceTerm term = to == SentenceKind.IMPRISONMENT
                ? new InmateEvents.SentenceTerm(termStart, request.years(), request.months(), 0, to) : null;
        changes.record(inmate, InmateEvents.SENTENCE_COMMUTED, snapshot -> new InmateEvents.SentenceCommuted(snapshot,
                        request.decreeNumber(), request.decreedOn(), from, to, term, inmate.expiresOn),
                "Decree " + request.decreeNumber() + ": " + from + " → " + to
                        + (term == null ? "" : " of " + request.years() + " years " + request.months() + " months; expiry "
                        + inmate.expiresOn), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate release(UUID id, String ifMatch, ActionRequests.Release request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RELEASE, ifMatch, null);
        if (request.reason().isIntegration()) {
            throw Problems.invalidField("integration-not-release", "reason", request.reason());
        }
        if (request.releasedOn().isBefore(checked.record().admittedOn)) {
            throw Problems.invalidField("release-before-admission", "releasedOn", request.releasedOn(), checked.record().admittedOn);
        }
        Inmate inmate = take(checked);
        inmate.leftOn = request.releasedOn();
        inmate.releaseReason = request.reason();
        changes.record(inmate, InmateEvents.RELEASED, snapshot -> new InmateEvents.Released(snapshot, request.releasedOn(), request.reason(),
                        InmateEvents.ReleasePlanData.ofStay(inmate.id)),
                "Released (" + request.reason() + ")" + (request.decreeNumber() == null ? "" : ", decree " + request.decreeNumber()),
                caller.subject());
        return inmate;
    }

    /**
     * PB, CB or CMB by decree: checked against the conditions of {@link IntegrationConditions}
     * (422 {@code integration-not-eligible} naming the condition and the rule), then the WBP is
     * out under the Bapas until the expiry, in the same stay.
     */
    @Transactional
    public Inmate startIntegration(UUID id, String ifMatch, ActionRequests.StartIntegration request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.START_INTEGRATION, ifMatch, null);
        Inmate inmate = checked.record();
        if (request.startsOn().isAfter(clock.today())) {
            throw Problems.invalidField("integration-in-the-future", "startsOn", request.startsOn(), clock.today());
        }
        if (request.decreeDate().isAfter(request.startsOn())) {
            throw Problems.invalidField("integration-before-decree", "startsOn", request.decreeDate(), request.startsOn());
        }
        if (request.startsOn().isBefore(inmate.admittedOn)) {
            throw Problems.invalidField("integration-before-admission", "startsOn", request.startsOn(), inmate.admittedOn);
        }
        Integer lastRemission = Remission.<Remission>find("inmateId = ?1 order by grantedOn desc, id desc", id)
                .firstResultOptional().map(r -> r.days).orElse(null);
        IntegrationConditions.standard()
                .firstUnmet(new IntegrationConditions.Facts(inmate, request.kind(), request.startsOn(), lastRemission,
                        DisciplinaryEntry.of(id), PendingCase.openOf(id)))
                .ifPresent(unmet -> {
                    throw Problems.unprocessable("integration-not-eligible.unmet", unmet.condition(), unmet.reason(), unmet.source());
                });
        Integration integration = new Integration();
        integration.id = UUID.randomUUID();
        integration.inmateId = id;
        integration.kind = request.kind();
        integration.decreeNumber = request.decreeNumber();
        integration.decreeDate = request.decreeDate();
        integration.bapas = request.bapas();
        integration.startsOn = request.startsOn();
        integration.recordedBy = caller.subject();
        integration.recordedAt = clock.timestamp();
        integration.persist();
        take(checked);
        changes.record(inmate, InmateEvents.INTEGRATION_STARTED, snapshot -> new InmateEvents.IntegrationStarted(snapshot,
                        request.kind(), request.decreeNumber(), request.decreeDate(), request.bapas(), request.startsOn(), inmate.expiresOn,
                        InmateEvents.ReleasePlanData.ofStay(inmate.id)),
                request.kind() + " from " + request.startsOn() + " under " + request.bapas() + " (decree " + request.decreeNumber()
                        + ") until " + inmate.expiresOn, caller.subject());
        return inmate;
    }

    /**
     * The integration is revoked by decree: the WBP is back in custody in the same stay, and the days
     * outside are not counted as served, so the key dates and the expiry move later by that many.
     */
    @Transactional
    public Inmate revokeIntegration(UUID id, String ifMatch, ActionRequests.RevokeIntegration request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.REVOKE_INTEGRATION, ifMatch, null);
        Integration integration = Integration.openOf(id).orElseThrow(() -> new IllegalStateException(
                "inmate " + id + " is IN_INTEGRATION without an open integration"));
        if (request.revokedOn().isAfter(clock.today())) {
            throw Problems.invalidField("revocation-in-the-future", "revokedOn", request.revokedOn(), clock.today());
        }
        if (request.revokedOn().isBefore(integration.startsOn)) {
            throw Problems.invalidField("revocation-before-integration", "revokedOn", request.revokedOn(), integration.startsOn);
        }
        integration.revokedOn = request.revokedOn();
        integration.revocationDecree = request.decreeNumber();
        integration.revocationReason = request.reason();
        Inmate inmate = take(checked);
        inmate.integrationDaysNotCounted += integration.daysOutside();
        inmate.recomputeExpiry();
        changes.record(inmate, InmateEvents.INTEGRATION_REVOKED, snapshot -> new InmateEvents.IntegrationRevoked(snapshot,
                        integration.kind, integration.bapas, request.decreeNumber(), request.reason(), request.revokedOn(),
                        integration.daysOutside()),
                integration.kind + " revoked (decree " + request.decreeNumber() + "): back in custody on " + request.revokedOn() + "; "
                        + integration.daysOutside() + " days outside not counted, expiry now " + inmate.expiresOn, caller.subject());
        return inmate;
    }

    /**
     * An escape from any state of custody (the facility, a court, a police loan, a hospital): the
     * stay stays open as ESCAPED and {@code inmate.escaped} tells Polres at once, with the identifying
     * features and last known contacts the Lapas holds.
     */
    @Transactional
    public Inmate recordEscape(UUID id, String ifMatch, ActionRequests.Escape request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RECORD_ESCAPE, ifMatch, null);
        LocalDate escapedOn = clock.dateOf(request.escapedAt().toInstant());
        if (escapedOn.isBefore(checked.record().admittedOn)) {
            throw Problems.invalidField("escape-before-admission", "escapedAt", escapedOn, checked.record().admittedOn);
        }
        Inmate inmate = take(checked);
        Escape escape = new Escape();
        escape.id = UUID.randomUUID();
        escape.inmateId = id;
        escape.escapedAt = request.escapedAt();
        escape.escapedOn = escapedOn;
        escape.place = request.place();
        escape.method = request.method();
        escape.noticedBy = request.noticedBy();
        escape.recordedBy = caller.subject();
        escape.persist();
        inmate.escapes.add(escape);
        var person = inmate.person;
        changes.record(inmate, InmateEvents.ESCAPED, snapshot -> new InmateEvents.Escaped(snapshot, escape.id,
                        request.escapedAt(), request.place(), request.method(), request.noticedBy(),
                        person.identifyingFeatures(), List.copyOf(person.contacts)),
                "Escaped from " + request.place() + " (" + request.method() + "); noticed by " + request.noticedBy(),
                caller.subject());
        return inmate;
    }

    /**
     * Back in custody in the same stay, in the facility. The days at large are not served (UU 1/2023
     * Pasal 63; see docs/domain-rules.md for the old KUHP): the expiry and the key dates move later by them.
     */
    @Transactional
    public Inmate recapture(UUID id, String ifMatch, ActionRequests.Recapture request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RECAPTURE, ifMatch, null);
        Escape escape = checked.record().escapes.stream().filter(Escape::isOngoing).findFirst()
                .orElseThrow(() -> new IllegalStateException("inmate " + id + " is ESCAPED without an ongoing escape"));
        if (request.recapturedAt().isBefore(escape.escapedAt)) {
            throw Problems.invalidField("recapture-before-escape", "recapturedAt", request.recapturedAt(), escape.escapedAt);
        }
        Inmate inmate = take(checked);
        escape.recapturedAt = request.recapturedAt();
        escape.recapturedOn = clock.dateOf(request.recapturedAt().toInstant());
        escape.recapturedBy = request.by();
        escape.recapturePlace = request.place();
        escape.recaptureRecordedBy = caller.subject();
        long daysNotCounted = inmate.hasSentence() ? escape.daysNotCountedFrom(inmate.sentenceStart) : 0;
        inmate.recomputeExpiry();
        changes.record(inmate, InmateEvents.RECAPTURED, snapshot -> new InmateEvents.Recaptured(snapshot, escape.id,
                        escape.escapedAt, request.recapturedAt(), request.by(), request.place(), daysNotCounted),
                "Recaptured by " + request.by() + " at " + request.place() + "; " + daysNotCounted
                        + " days at large not served" + (inmate.expiresOn == null ? "" : ", expiry now " + inmate.expiresOn),
                caller.subject());
        return inmate;
    }
}
