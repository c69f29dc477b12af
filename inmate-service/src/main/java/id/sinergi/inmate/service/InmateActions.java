package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.Escape;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateMachine.Subject;
import id.sinergi.inmate.domain.InmateState;
import id.sinergi.inmate.domain.KeyDates;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.Remission;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
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
import java.util.List;
import java.util.UUID;

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
    ActionGuard guard;

    @Inject
    InmateChanges changes;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    /** The WBP locked for the action, or 404. */
    static Inmate locked(UUID id) {
        Inmate inmate = Inmate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (inmate == null) {
            throw Problems.notFound("Inmate", id);
        }
        return inmate;
    }

    /** Checks a person's action on the WBP; {@code movement} is where a movement out goes (null otherwise). */
    public Checked<Inmate, InmateState, Subject> check(UUID id, String action, String ifMatch, MovementKind movement) {
        return guard.check(InmateMachine.MACHINE, action, () -> locked(id), inmate -> new Subject(inmate, movement),
                ifMatch, null);
    }

    /** Moves the checked record to the state its row leads to (the same state for a row that stays). */
    static Inmate take(Checked<Inmate, InmateState, Subject> checked) {
        Inmate inmate = checked.record();
        inmate.moveTo(checked.target(inmate.currentState()));
        inmate.updatedAt = OffsetDateTime.now();
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
        assessment.assessedAt = OffsetDateTime.now();
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
        inmate.updatedAt = OffsetDateTime.now();
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
            throw Problems.invalidField("same-cell-block", "toBlock", "the WBP is already in block " + request.toBlock());
        }
        Inmate inmate = take(checked);
        String from = inmate.cellBlock;
        inmate.cellBlock = request.toBlock();
        changes.record(inmate, InmateEvents.MOVED, snapshot -> InmateEvents.Moved.cell(snapshot, from, request.toBlock()),
                "Moved from block " + from + " to " + request.toBlock()
                        + (request.reason() == null ? "" : ": " + request.reason()), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate transfer(UUID id, String ifMatch, ActionRequests.Transfer request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.TRANSFER, ifMatch, null);
        if (checked.record().facility.equals(request.toFacility())) {
            throw Problems.invalidField("same-facility", "toFacility", "the WBP is already in " + request.toFacility());
        }
        Inmate inmate = take(checked);
        inmate.transferredTo = request.toFacility();
        inmate.leftOn = request.transferredOn();
        changes.record(inmate, InmateEvents.TRANSFERRED,
                snapshot -> new InmateEvents.Transferred(snapshot, request.toFacility(), request.transferredOn()),
                "Transferred to " + request.toFacility(), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate grantRemission(UUID id, String ifMatch, ActionRequests.Remission request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.GRANT_REMISSION, ifMatch, null);
        Inmate inmate = checked.record();
        if (Remission.count("inmateId = ?1 and decreeNumber = ?2", id, request.decreeNumber()) > 0) {
            throw Problems.conflict("duplicate-remission", "remission decree " + request.decreeNumber()
                    + " is already recorded for this WBP");
        }
        int total = inmate.remissionDays + request.days();
        try {
            KeyDates.of(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths,
                    inmate.sentenceDays, total, inmate.daysNotCounted());
        } catch (IllegalArgumentException e) {
            throw Problems.invalidField("remission-exceeds-sentence", "days",
                    "with " + request.days() + " more days the remissions (" + total + " days) would reach the whole sentence");
        }
        Remission remission = new Remission();
        remission.inmateId = id;
        remission.days = request.days();
        remission.decreeNumber = request.decreeNumber();
        remission.grantedOn = request.grantedOn();
        remission.recordedBy = caller.subject();
        remission.recordedAt = OffsetDateTime.now();
        remission.persist();
        take(checked);
        inmate.remissionDays = total;
        inmate.recomputeExpiry();
        changes.record(inmate, InmateEvents.UPDATED, snapshot -> new InmateEvents.Updated(snapshot, List.of("sentence")),
                "Remission of " + request.days() + " days (" + request.decreeNumber() + "); expiry now " + inmate.expiresOn,
                caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate changeClass(UUID id, String ifMatch, ActionRequests.ClassChange request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.CHANGE_CLASS, ifMatch, null);
        if (request.registerClass().isDetainee()) {
            throw Problems.invalidField("class-change-to-detainee", "registerClass",
                    "the verdict makes a detainee a convict: choose a B class, not " + request.registerClass());
        }
        InmateRegister.requireSentence(request.sentence());
        Inmate inmate = take(checked);
        var previous = inmate.registerClass;
        inmate.registerClass = request.registerClass();
        InmateRegister.applySentence(inmate, request.sentence());
        inmate.detentionEndsOn = null;
        var sentence = request.sentence();
        changes.record(inmate, InmateEvents.CLASS_CHANGED, snapshot -> new InmateEvents.ClassChanged(snapshot, previous,
                        new InmateEvents.SentenceTerm(sentence.start(), sentence.years(), sentence.months(), sentence.days())),
                "Verdict " + request.verdictNumber() + ": " + previous + " → " + request.registerClass(), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate release(UUID id, String ifMatch, ActionRequests.Release request) {
        Checked<Inmate, InmateState, Subject> checked = check(id, InmateMachine.RELEASE, ifMatch, null);
        if (request.releasedOn().isBefore(checked.record().admittedOn)) {
            throw Problems.invalidField("release-before-admission", "releasedOn",
                    "the release (" + request.releasedOn() + ") cannot be before the admission (" + checked.record().admittedOn + ")");
        }
        Inmate inmate = take(checked);
        inmate.leftOn = request.releasedOn();
        inmate.releaseReason = request.reason();
        changes.record(inmate, InmateEvents.RELEASED, snapshot -> new InmateEvents.Released(snapshot, request.releasedOn(), request.reason()),
                "Released (" + request.reason() + ")" + (request.decreeNumber() == null ? "" : ", decree " + request.decreeNumber()),
                caller.subject());
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
            throw Problems.invalidField("escape-before-admission", "escapedAt",
                    "the escape (" + escapedOn + ") cannot be before the admission (" + checked.record().admittedOn + ")");
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
            throw Problems.invalidField("recapture-before-escape", "recapturedAt",
                    "the recapture (" + request.recapturedAt() + ") cannot be before the escape (" + escape.escapedAt + ")");
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
