package id.sinergi.liaison.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.DataCategory;
import id.sinergi.liaison.domain.EnrolmentSnapshot;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.liaison.command.InfoRequestRequests;
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
 * Information requests (purpose-bound access): Polres submits, the Lapas approves with an access
 * expiry or rejects, then records the fulfilment. A decision publishes
 * {@code liaison.info-request-decided}, from which inmate-service grants (only the categories requested) or withholds the record.
 */
@ApplicationScoped
public class InfoRequests {

    private static final Logger LOG = Logger.getLogger(InfoRequests.class);
    private static final String WHAT = "information-request";

    @Inject
    FacilityClock clock;

    @Inject
    LiaisonConfig config;

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

    /**
     * @param answeredOnTime true: decided (approved or rejected) by its answer deadline
     *                       ({@code sinergi.liaison.answer-within} after submission); false: decided after it
     */
    public record Criteria(InfoRequest.State state, Boolean overdue, UUID inmateId, LocalDate submittedFrom,
                           LocalDate submittedTo, String facility, Boolean answeredOnTime) {

        public Criteria(InfoRequest.State state, Boolean overdue, UUID inmateId, LocalDate submittedFrom, LocalDate submittedTo) {
            this(state, overdue, inmateId, submittedFrom, submittedTo, null, null);
        }
    }

    @Transactional
    public InfoRequest submit(InfoRequestRequests.Submission submission) {
        InfoRequest.State first = guard.checkCreation(InfoRequest.MACHINE, InfoRequest.SUBMIT, null, null).to();
        InmateSnapshot inmate = inmates.require(submission.inmateId());
        OffsetDateTime now = clock.timestamp();
        InfoRequest request = new InfoRequest();
        request.id = UUID.randomUUID();
        request.inmateId = inmate.inmateId;
        request.facility = inmate.facility;
        request.registerNumber = inmate.registerNumber;
        request.officer = caller.subject();
        request.polresUnit = caller.unit();
        request.purpose = submission.purpose().strip();
        request.letterNumber = submission.legalBasis().letterNumber().strip();
        request.policeReportNumber = blankToNull(submission.legalBasis().policeReportNumber());
        request.requestedData = submission.requestedData().stream().distinct().map(Enum::name).toList();
        request.neededBy = submission.neededBy();
        request.state = first;
        request.submittedAt = now;
        request.answerDueAt = now.plus(config.answerWithin());
        request.persist();
        LOG.infof("information request %s submitted about inmate %s", request.id, inmate.inmateId);
        return request;
    }

    @Transactional
    public InfoRequest approve(UUID id, String ifMatch, InfoRequestRequests.Approval approval) {
        InfoRequest request = take(id, InfoRequest.APPROVE, ifMatch, null);
        if (approval.accessExpiresAt().isAfter(clock.timestamp().plus(config.maxAccess()))) {
            throw Problems.invalidField("access-expiry-too-far", "accessExpiresAt", config.maxAccess().toDays());
        }
        request.accessExpiresAt = approval.accessExpiresAt().withOffsetSameInstant(ZoneOffset.UTC);
        return decided(request, blankToNull(approval.note()));
    }

    @Transactional
    public InfoRequest reject(UUID id, String ifMatch, String reason) {
        InfoRequest request = take(id, InfoRequest.REJECT, ifMatch, reason);
        return decided(request, reason.strip());
    }

    private InfoRequest decided(InfoRequest request, String reason) {
        request.decided(caller.subject(), clock.timestamp(), reason);
        InfoRequest.flush();
        outbox.record(LiaisonEvents.INFO_REQUEST_DECIDED, request.id.toString(), LiaisonEvents.InfoRequestDecided.of(request));
        LOG.infof("information request %s %s", request.id, request.state);
        return request;
    }

    @Transactional
    public InfoRequest fulfil(UUID id, String ifMatch, InfoRequestRequests.Fulfilment fulfilment) {
        InfoRequest request = take(id, InfoRequest.FULFIL, ifMatch, null);
        List<String> provided = fulfilment.providedData().stream().distinct().map(Enum::name).toList();
        List<String> extra = provided.stream().filter(category -> !request.requestedData.contains(category)).toList();
        if (!extra.isEmpty()) {
            throw Problems.invalidField("data-not-requested", "providedData", extra);
        }
        request.providedData = provided;
        request.fulfilmentNote = blankToNull(fulfilment.note());
        request.fulfilledBy = caller.subject();
        request.fulfilledAt = clock.timestamp();
        InfoRequest.flush();
        LOG.infof("information request %s fulfilled", id);
        return request;
    }

    @Transactional
    public InfoRequest withdraw(UUID id, String ifMatch, String reason) {
        InfoRequest request = take(id, InfoRequest.WITHDRAW, ifMatch, reason);
        request.reason = blankToNull(reason);
        InfoRequest.flush();
        LOG.infof("information request %s withdrawn", id);
        return request;
    }

    public InfoRequest get(UUID id) {
        return scope.visible(InfoRequest.findById(id), WHAT, id);
    }

    /** The request and the WBP's programme participation it opens. */
    public record Programmes(InfoRequest request, List<EnrolmentSnapshot> enrolments) {
    }

    /**
     * The WBP's programme participation, for the officer whose request asked for PROGRAMMES and was
     * approved, until the access expires (purpose-bound access: the approval opens what was asked,
     * for whom it was asked, for as long as granted). Another unit's request answers 404 like every read
     * of a request; anyone else, or a request that does not open programmes now, 403.
     */
    public Programmes programmes(UUID id) {
        InfoRequest request = get(id);
        if (!request.officer.equals(caller.subject())) {
            throw Problems.forbidden("not-the-requesting-officer");
        }
        if (!request.grantsAccessNow(clock.timestamp())) {
            throw request.state == InfoRequest.State.APPROVED ? Problems.forbidden("access-expired", request.state)
                    : Problems.forbidden("request-not-approved", request.state);
        }
        if (!request.categories().contains(DataCategory.PROGRAMMES)) {
            throw Problems.forbidden("programmes-not-requested", request.categories());
        }
        return new Programmes(request, EnrolmentSnapshot.participationOf(request.inmateId));
    }

    /** Information requests: the latest submitted first unless the request names another order. */
    public static final ListOrder<InfoRequest> ORDER = ListOrder.<InfoRequest>byId("id", UUID.class, request -> request.id)
            .key("submittedAt", "submittedAt", OffsetDateTime.class, request -> request.submittedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, request -> request.updatedAt)
            .changes("changePosition", request -> request.changePosition)
            .sortedBy("-submittedAt");

    public Page<InfoRequest> list(Criteria criteria, PageRequest page) {
        OffsetDateTime now = clock.timestamp();
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId())
                .and("submittedAt >= :from", "from", startOf(criteria.submittedFrom(), clock))
                .and("submittedAt < :to", "to", startOf(criteria.submittedTo() == null ? null : criteria.submittedTo().plusDays(1), clock))
                .andIf(Boolean.TRUE.equals(criteria.overdue()), "(state = :submitted and answerDueAt < :now)",
                        Map.of("submitted", InfoRequest.State.SUBMITTED, "now", now))
                .andIf(Boolean.FALSE.equals(criteria.overdue()), "(state <> :submitted or answerDueAt >= :now)",
                        Map.of("submitted", InfoRequest.State.SUBMITTED, "now", now))
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()))
                .andIf(Boolean.TRUE.equals(criteria.answeredOnTime()), "(decidedAt is not null and decidedAt <= answerDueAt)")
                .andIf(Boolean.FALSE.equals(criteria.answeredOnTime()), "(decidedAt is not null and decidedAt > answerDueAt)");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return ORDER.read(page).read(filter, InfoRequest.class);
    }

    /** Checks the action in the one order (role, scope, If-Match, state, reason) and moves the request. */
    private InfoRequest take(UUID id, String action, String ifMatch, String reason) {
        var checked = guard.check(InfoRequest.MACHINE, action,
                () -> scope.visible(InfoRequest.<InfoRequest>findById(id, LockModeType.PESSIMISTIC_WRITE), WHAT, id),
                ifMatch, reason);
        InfoRequest request = checked.record();
        request.state = checked.target(request.state);
        return request;
    }

    /** The first moment of a day of the facility's calendar (a WITA date starts at 16:00 UTC the day before). */
    static OffsetDateTime startOf(LocalDate day, FacilityClock clock) {
        return day == null ? null : OffsetDateTime.ofInstant(clock.startOf(day), ZoneOffset.UTC);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
