package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.DetentionLimits;
import id.sinergi.inmate.domain.DetentionOrder;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateMachine.Subject;
import id.sinergi.inmate.domain.InmateState;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.statemachine.ActionGuard.Checked;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Detention as it is lived (issue 20 point 2): the orders that detain a WBP of an A class, each stage
 * checked against the limits of the code that governs the case ({@link DetentionLimits}). An extension
 * moves the end of the current stage; a handover moves the detainee to the next stage (A.I → A.II →
 * A.III → A.IV → A.V), which is their register class. The notices follow {@code detentionEndsOn}.
 */
@ApplicationScoped
public class DetentionOrders {

    @Inject
    InmateActions actions;

    @Inject
    InmateChanges changes;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    private OffsetDateTime now() {
        return clock.timestamp();
    }

    /**
     * The order an admitted detainee is held under. It may already include extensions (a detainee
     * often comes from the Polres cells mid-stage), so it is checked against the whole stage: first
     * order, extensions and the exceptional extension together.
     */
    void admittedUnder(Inmate inmate, LocalDate startsOn, String orderNumber, LocalDate orderDate) {
        DetentionLimits.Limit limit = DetentionLimits.standard().of(inmate.caseBegan(), inmate.registerClass);
        LocalDate lastDay = limit.lastDay(startsOn, true);
        if (inmate.detentionEndsOn.isAfter(lastDay)) {
            throw Problems.invalidField("detention-limit-exceeded.admitted", "detentionEndsOn", inmate.registerClass, startsOn,
                    lastDay, limit.initialDays(), limit.extensionDays(), limit.article(), limit.exceptionalDays(),
                    limit.exceptionalArticle(), inmate.detentionEndsOn);
        }
        record(inmate, DetentionOrder.Kind.INITIAL, inmate.registerClass, inmate.detainingAuthority, orderNumber, orderDate,
                startsOn, inmate.detentionEndsOn, null);
    }

    @Transactional
    public Inmate extend(UUID id, String ifMatch, ActionRequests.DetentionExtension request) {
        Checked<Inmate, InmateState, Subject> checked = actions.check(id, InmateMachine.EXTEND_DETENTION, ifMatch, null);
        Inmate inmate = checked.record();
        requireNewLiaisonRequest(request.liaisonRequestId());
        LocalDate previousEnd = inmate.detentionEndsOn;
        if (!request.endsOn().isAfter(previousEnd)) {
            throw Problems.invalidField("detention-extension-not-later", "endsOn", previousEnd, request.endsOn());
        }
        DetentionLimits.Limit limit = DetentionLimits.standard().of(inmate.caseBegan(), inmate.registerClass);
        LocalDate stageStart = stageStartedOn(inmate);
        boolean exceptional = request.exceptionalGround() != null;
        LocalDate lastDay = limit.lastDay(stageStart, exceptional);
        if (request.endsOn().isAfter(lastDay)) {
            throw exceptional
                    ? Problems.invalidField("detention-limit-exceeded.extension-exceptional", "endsOn", inmate.registerClass,
                            limit.detainedBy(), stageStart, limit.article(), limit.initialDays(), limit.extendedBy(),
                            limit.extensionDays(), limit.exceptionalDays(), limit.exceptionalArticle(), lastDay, request.endsOn())
                    : Problems.invalidField("detention-limit-exceeded.extension", "endsOn", inmate.registerClass,
                            limit.detainedBy(), stageStart, limit.article(), limit.initialDays(), limit.extendedBy(),
                            limit.extensionDays(), limit.exceptionalDays(), limit.exceptionalArticle(), lastDay, request.endsOn());
        }
        actions.take(checked);
        inmate.detentionEndsOn = request.endsOn();
        record(inmate, DetentionOrder.Kind.EXTENSION, inmate.registerClass, request.issuedBy(), request.orderNumber(),
                request.orderDate(), previousEnd.plusDays(1), request.endsOn(), request.liaisonRequestId());
        String article = exceptional ? limit.exceptionalArticle() : limit.article();
        changes.record(inmate, InmateEvents.DETENTION_EXTENDED, snapshot -> new InmateEvents.DetentionExtended(snapshot,
                        inmate.registerClass, request.orderNumber(), request.orderDate(), request.issuedBy(), previousEnd,
                        request.endsOn(), article, request.liaisonRequestId()),
                "Detention " + inmate.registerClass + " extended until " + request.endsOn() + " by " + request.issuedBy()
                        + " (" + request.orderNumber() + ", " + article + ")", caller.subject());
        return inmate;
    }

    @Transactional
    public Inmate handOver(UUID id, String ifMatch, ActionRequests.DetentionHandover request) {
        Checked<Inmate, InmateState, Subject> checked = actions.check(id, InmateMachine.HAND_OVER_DETENTION, ifMatch, null);
        Inmate inmate = checked.record();
        requireNewLiaisonRequest(request.liaisonRequestId());
        RegisterClass previous = inmate.registerClass;
        RegisterClass next = previous.nextDetentionStage();
        if (request.stage() != next) {
            throw next == null ? Problems.invalidField("detention-handover-out-of-order.last", "stage", previous)
                    : Problems.invalidField("detention-handover-out-of-order", "stage", previous, next, request.stage());
        }
        LocalDate startsOn = request.startsOn() != null ? request.startsOn() : request.orderDate();
        if (request.endsOn().isBefore(startsOn)) {
            throw Problems.invalidField("detention-ends-before-start", "endsOn", request.endsOn(), startsOn);
        }
        DetentionLimits.Limit limit = DetentionLimits.standard().of(inmate.caseBegan(), next);
        LocalDate lastDay = limit.lastDayOfFirstOrder(startsOn);
        if (request.endsOn().isAfter(lastDay)) {
            throw Problems.invalidField("detention-limit-exceeded.handover", "endsOn", next, limit.detainedBy(),
                    limit.initialDays(), limit.article(), startsOn, lastDay, request.endsOn(), limit.extendedBy());
        }
        actions.take(checked);
        inmate.registerClass = next;
        inmate.detainingAuthority = request.authority();
        inmate.detentionEndsOn = request.endsOn();
        record(inmate, DetentionOrder.Kind.HANDOVER, next, request.authority(), request.orderNumber(), request.orderDate(),
                startsOn, request.endsOn(), request.liaisonRequestId());
        changes.record(inmate, InmateEvents.DETENTION_HANDED_OVER, snapshot -> new InmateEvents.DetentionHandedOver(snapshot,
                        previous, next, request.orderNumber(), request.orderDate(), request.authority(), startsOn,
                        request.endsOn(), request.liaisonRequestId()),
                "Detention handed over " + previous + " → " + next + " to " + request.authority() + " until " + request.endsOn()
                        + " (" + request.orderNumber() + ")", caller.subject());
        return inmate;
    }

    /** The first day of the current stage; the admission for a stay whose stage has no order recorded. */
    private static LocalDate stageStartedOn(Inmate inmate) {
        LocalDate started = DetentionOrder.stageStartedOn(inmate.id, inmate.registerClass);
        return started != null ? started : inmate.admittedOn;
    }

    /** A request of liaison-service is recorded once: a second order from it would confirm it twice. */
    private static void requireNewLiaisonRequest(UUID liaisonRequestId) {
        if (liaisonRequestId != null && DetentionOrder.count("liaisonRequestId", liaisonRequestId) > 0) {
            throw Problems.conflict("duplicate-liaison-request", liaisonRequestId);
        }
    }

    private void record(Inmate inmate, DetentionOrder.Kind kind, RegisterClass stage, String authority, String orderNumber,
                        LocalDate orderDate, LocalDate startsOn, LocalDate endsOn, UUID liaisonRequestId) {
        DetentionOrder order = new DetentionOrder();
        order.inmateId = inmate.id;
        order.stage = stage;
        order.kind = kind;
        order.authority = authority;
        order.orderNumber = orderNumber;
        order.orderDate = orderDate;
        order.startsOn = startsOn;
        order.endsOn = endsOn;
        order.liaisonRequestId = liaisonRequestId;
        order.recordedBy = caller.subject();
        order.recordedAt = now();
        order.persist();
    }
}
