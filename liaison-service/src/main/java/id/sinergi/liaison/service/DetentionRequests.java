package id.sinergi.liaison.service;

import id.sinergi.liaison.command.DetentionRequestRequests;
import id.sinergi.liaison.domain.DetentionRequest;
import id.sinergi.liaison.domain.DetentionRequest.State;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.event.LiaisonEvents;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Detention orders a Polres unit sends for a WBP it detains (issue 20 point 2). Submitted here, they
 * change nothing in the register: the registrar records the order in inmate-service with the
 * request's id, and the event it publishes confirms the request ({@link #confirmed}); or the
 * registrar rejects it here. Every change publishes {@code liaison.detention-request-changed}.
 */
@ApplicationScoped
public class DetentionRequests {

    private static final Logger LOG = Logger.getLogger(DetentionRequests.class);
    private static final String WHAT = "detention-request";

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
    FacilityClock clock;

    public record Criteria(State state, UUID inmateId) {
    }

    private OffsetDateTime now() {
        return clock.timestamp();
    }

    @Transactional
    public DetentionRequest submit(DetentionRequestRequests.Submission submission) {
        State first = guard.checkCreation(DetentionRequest.MACHINE, DetentionRequest.SUBMIT, null, null).to();
        InmateSnapshot inmate = inmates.require(submission.inmateId());
        if (!inmate.isInCustody()) {
            throw Problems.conflict("inmate-not-in-custody.detention", inmate.status);
        }
        if (inmate.registerClass == null || !inmate.registerClass.startsWith("A.")) {
            throw Problems.invalidField("not-a-detainee", "inmateId", inmate.registerClass);
        }
        if (inmate.detainingAuthority == null || !inmate.detainingAuthority.toLowerCase(Locale.ROOT).contains("polres")) {
            throw Problems.invalidField("not-detained-by-polres", "inmateId", inmate.detainingAuthority);
        }
        boolean handover = submission.kind() == DetentionRequest.Kind.HANDOVER;
        if (handover != (submission.stage() != null)) {
            throw handover ? Problems.invalidField("stage-required", "stage") : Problems.invalidField("stage-not-allowed", "stage");
        }
        LocalDate startsOn = handover && submission.startsOn() == null ? submission.orderDate() : submission.startsOn();
        if (submission.endsOn().isBefore(startsOn == null ? submission.orderDate() : startsOn)) {
            throw Problems.invalidField("ends-before-start.order", "endsOn");
        }
        DetentionRequest request = new DetentionRequest();
        request.id = UUID.randomUUID();
        request.inmateId = inmate.inmateId;
        request.facility = inmate.facility;
        request.registerNumber = inmate.registerNumber;
        request.polresUnit = caller.unit();
        request.submittedBy = caller.subject();
        request.submittedAt = now();
        request.kind = submission.kind();
        request.stage = submission.stage();
        request.orderNumber = submission.orderNumber().strip();
        request.orderDate = submission.orderDate();
        request.issuedBy = submission.issuedBy().strip();
        request.startsOn = handover ? startsOn : null;
        request.endsOn = submission.endsOn();
        request.state = first;
        request.persist();
        return changed(request);
    }

    @Transactional
    public DetentionRequest reject(UUID id, String ifMatch, String reason) {
        var checked = guard.check(DetentionRequest.MACHINE, DetentionRequest.REJECT,
                () -> scope.visible(DetentionRequest.<DetentionRequest>findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT, id),
                ifMatch, reason);
        DetentionRequest request = checked.record();
        request.state = checked.target(request.state);
        request.decided(caller.subject(), now(), reason.strip());
        return changed(request);
    }

    /** What an order recorded in the register did to the request it names. */
    public enum Confirmation {
        /** The request is now CONFIRMED. */
        CONFIRMED,
        /** The request was not SUBMITTED (a repeated event, or rejected before the registrar recorded it): unchanged. */
        NOTHING_TO_CONFIRM,
        /** No such request, or one about another WBP: nothing to confirm. */
        UNKNOWN_REQUEST
    }

    /**
     * inmate-service recorded the order of request {@code requestId} for {@code inmateId}, ending the
     * detention on {@code recordedEndsOn}, by {@code registrar}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Confirmation confirmed(UUID requestId, UUID inmateId, LocalDate recordedEndsOn, String recordedBy) {
        DetentionRequest request = DetentionRequest.findById(requestId, LockModeType.PESSIMISTIC_WRITE);
        if (request == null || !request.inmateId.equals(inmateId)) {
            LOG.warnf("inmate %s: the register recorded an order of liaison request %s, which is not one of its detention requests",
                    inmateId, requestId);
            return Confirmation.UNKNOWN_REQUEST;
        }
        if (!DetentionRequest.MACHINE.allowsSystem(DetentionRequest.CONFIRM, request.state, request)) {
            LOG.infof("detention request %s is %s: the recorded order changes nothing here", requestId, request.state);
            return Confirmation.NOTHING_TO_CONFIRM;
        }
        request.state = DetentionRequest.MACHINE.systemTransition(DetentionRequest.CONFIRM, request.state, request).target(request.state);
        request.recordedEndsOn = recordedEndsOn;
        request.decided(recordedBy, now(), null);
        changed(request);
        return Confirmation.CONFIRMED;
    }

    private DetentionRequest changed(DetentionRequest request) {
        DetentionRequest.flush();
        outbox.record(LiaisonEvents.DETENTION_REQUEST_CHANGED, request.id.toString(), LiaisonEvents.DetentionRequestChanged.of(request));
        LOG.infof("detention request %s of inmate %s is %s", request.id, request.inmateId, request.state);
        return request;
    }

    public DetentionRequest get(UUID id) {
        return scope.visible(DetentionRequest.findById(id), WHAT, id);
    }

    /** Detention requests: in the order they were submitted unless the request names another. */
    public static final ListOrder<DetentionRequest> ORDER = ListOrder.<DetentionRequest>byId("id", UUID.class, request -> request.id)
            .key("submittedAt", "submittedAt", OffsetDateTime.class, request -> request.submittedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, request -> request.updatedAt)
            .changes("changePosition", request -> request.changePosition)
            .sortedBy("submittedAt");

    public Page<DetentionRequest> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId());
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return ORDER.read(page).read(filter, DetentionRequest.class);
    }
}
