package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateAction;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.KeyDates;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.domain.Remission;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.inmate.event.InmateEvents.Snapshot;
import id.sinergi.inmate.rest.ActionRequests;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The explicit actions on a WBP's record. Each one checks the actions table, changes the record,
 * and records the event and the timeline entry in the same transaction.
 */
@ApplicationScoped
public class InmateActions {

    @Inject
    ActionGuard guard;

    @Inject
    InmateChanges changes;

    @Inject
    Caller caller;

    @Transactional
    public Inmate assessRisk(UUID id, ActionRequests.RiskAssessment request) {
        Inmate inmate = guard.load(id, InmateAction.ASSESS_RISK);
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
        touch(inmate);
        changes.record(inmate, InmateEvents.RISK_CHANGED, new InmateEvents.RiskChanged(Snapshot.of(inmate), previous, request.reason()),
                "Risk assessed " + request.level() + (previous == request.level() ? " (unchanged)" : " (was " + previous + ")"),
                caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate moveOut(UUID id, ActionRequests.MoveOut request) {
        return moveOut(guard.load(id, InmateAction.MOVE_OUT), request.kind(), request.destination(), request.reference(),
                caller.subject());
    }

    /** Also used when liaison-service reports that a police loan was checked out. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate moveOut(Inmate inmate, MovementKind kind, String destination, String reference, String actor) {
        inmate.location = kind.location();
        touch(inmate);
        changes.record(inmate, InmateEvents.MOVED, InmateEvents.Moved.out(Snapshot.of(inmate), kind, destination, reference),
                "Out to " + destination + " (" + kind + ")", actor);
        return inmate;
    }

    @Transactional
    public Inmate returnToFacility(UUID id, ActionRequests.Return request) {
        return returnToFacility(guard.load(id, InmateAction.RETURN), request == null ? null : request.note(), caller.subject());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate returnToFacility(Inmate inmate, String reference, String actor) {
        MovementKind kind = MovementKind.valueOf(inmate.location.name());
        inmate.location = Location.IN_FACILITY;
        touch(inmate);
        changes.record(inmate, InmateEvents.MOVED, InmateEvents.Moved.back(Snapshot.of(inmate), kind, reference),
                "Back in the facility (" + kind + ")", actor);
        return inmate;
    }

    @Transactional
    public Inmate moveCell(UUID id, ActionRequests.CellMove request) {
        Inmate inmate = guard.load(id, InmateAction.MOVE_CELL);
        if (inmate.cellBlock.equals(request.toBlock())) {
            throw Problems.invalidField("same-cell-block", "toBlock", "the WBP is already in block " + request.toBlock());
        }
        String from = inmate.cellBlock;
        inmate.cellBlock = request.toBlock();
        touch(inmate);
        changes.record(inmate, InmateEvents.MOVED, InmateEvents.Moved.cell(Snapshot.of(inmate), from, request.toBlock()),
                "Moved from block " + from + " to " + request.toBlock()
                        + (request.reason() == null ? "" : ": " + request.reason()), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate transfer(UUID id, ActionRequests.Transfer request) {
        Inmate inmate = guard.load(id, InmateAction.TRANSFER);
        if (inmate.facility.equals(request.toFacility())) {
            throw Problems.invalidField("same-facility", "toFacility", "the WBP is already in " + request.toFacility());
        }
        inmate.status = InmateStatus.TRANSFERRED;
        inmate.transferredTo = request.toFacility();
        inmate.leftOn = request.transferredOn();
        touch(inmate);
        changes.record(inmate, InmateEvents.TRANSFERRED,
                new InmateEvents.Transferred(Snapshot.of(inmate), request.toFacility(), request.transferredOn()),
                "Transferred to " + request.toFacility(), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate grantRemission(UUID id, ActionRequests.Remission request) {
        Inmate inmate = guard.load(id, InmateAction.GRANT_REMISSION);
        if (Remission.count("inmateId = ?1 and decreeNumber = ?2", id, request.decreeNumber()) > 0) {
            throw Problems.conflict("duplicate-remission", "remission decree " + request.decreeNumber()
                    + " is already recorded for this WBP");
        }
        int total = inmate.remissionDays + request.days();
        try {
            KeyDates.of(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths,
                    inmate.sentenceDays, total);
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
        inmate.remissionDays = total;
        inmate.recomputeExpiry();
        touch(inmate);
        changes.record(inmate, InmateEvents.UPDATED, new InmateEvents.Updated(Snapshot.of(inmate), List.of("sentence")),
                "Remission of " + request.days() + " days (" + request.decreeNumber() + "); expiry now " + inmate.expiresOn,
                caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate changeClass(UUID id, ActionRequests.ClassChange request) {
        Inmate inmate = guard.load(id, InmateAction.CHANGE_CLASS);
        if (request.registerClass().isDetainee()) {
            throw Problems.invalidField("class-change-to-detainee", "registerClass",
                    "the verdict makes a detainee a convict: choose a B class, not " + request.registerClass());
        }
        InmateRegister.requireSentence(request.sentence());
        var previous = inmate.registerClass;
        inmate.registerClass = request.registerClass();
        InmateRegister.applySentence(inmate, request.sentence());
        inmate.detentionEndsOn = null;
        touch(inmate);
        var sentence = request.sentence();
        changes.record(inmate, InmateEvents.CLASS_CHANGED, new InmateEvents.ClassChanged(Snapshot.of(inmate), previous,
                        new InmateEvents.SentenceTerm(sentence.start(), sentence.years(), sentence.months(), sentence.days())),
                "Verdict " + request.verdictNumber() + ": " + previous + " → " + request.registerClass(), caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate release(UUID id, ActionRequests.Release request) {
        Inmate inmate = guard.load(id, InmateAction.RELEASE);
        if (request.releasedOn().isBefore(inmate.admittedOn)) {
            throw Problems.invalidField("release-before-admission", "releasedOn",
                    "the release (" + request.releasedOn() + ") cannot be before the admission (" + inmate.admittedOn + ")");
        }
        inmate.status = InmateStatus.RELEASED;
        inmate.leftOn = request.releasedOn();
        inmate.releaseReason = request.reason();
        touch(inmate);
        changes.record(inmate, InmateEvents.RELEASED, new InmateEvents.Released(Snapshot.of(inmate), request.releasedOn(), request.reason()),
                "Released (" + request.reason() + ")" + (request.decreeNumber() == null ? "" : ", decree " + request.decreeNumber()),
                caller.subject());
        return inmate;
    }

    private static void touch(Inmate inmate) {
        inmate.updatedAt = OffsetDateTime.now();
        Inmate.flush();
    }
}
