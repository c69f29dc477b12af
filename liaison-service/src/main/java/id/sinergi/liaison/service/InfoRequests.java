package id.sinergi.liaison.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.liaison.rest.InfoRequestRequests;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Page;
import io.quarkus.panache.common.Sort;
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
 * {@code liaison.info-request-decided}, from which inmate-service grants or withholds the full record.
 */
@ApplicationScoped
public class InfoRequests {

    private static final Logger LOG = Logger.getLogger(InfoRequests.class);

    @Inject
    LiaisonConfig config;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    TransitionGuard guard;

    @Inject
    Outbox outbox;

    @Inject
    KnownInmates inmates;

    public record Criteria(InfoRequest.State state, Boolean overdue, UUID inmateId, LocalDate submittedFrom,
                           LocalDate submittedTo) {
    }

    @Transactional
    public InfoRequest submit(InfoRequestRequests.Submission submission) {
        InmateSnapshot inmate = inmates.require(submission.inmateId());
        OffsetDateTime now = OffsetDateTime.now();
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
        request.state = InfoRequest.State.SUBMITTED;
        request.submittedAt = now;
        request.answerDueAt = now.plus(config.answerWithin());
        request.persist();
        LOG.infof("information request %s submitted about inmate %s", request.id, inmate.inmateId);
        return request;
    }

    @Transactional
    public InfoRequest approve(UUID id, String ifMatch, InfoRequestRequests.Approval approval) {
        InfoRequest request = load(id);
        guard.check(InfoRequest.MACHINE, InfoRequest.APPROVE, request.state, ifMatch, request.version, null);
        OffsetDateTime now = OffsetDateTime.now();
        if (approval.accessExpiresAt().isAfter(now.plus(config.maxAccess()))) {
            throw Problems.invalidField("access-expiry-too-far", "accessExpiresAt",
                    "access may be granted for at most " + config.maxAccess().toDays() + " days");
        }
        request.state = InfoRequest.State.APPROVED;
        request.accessExpiresAt = approval.accessExpiresAt().withOffsetSameInstant(ZoneOffset.UTC);
        request.reason = blankToNull(approval.note());
        return decided(request, now);
    }

    @Transactional
    public InfoRequest reject(UUID id, String ifMatch, String reason) {
        InfoRequest request = load(id);
        guard.check(InfoRequest.MACHINE, InfoRequest.REJECT, request.state, ifMatch, request.version, reason);
        request.state = InfoRequest.State.REJECTED;
        request.reason = reason.strip();
        return decided(request, OffsetDateTime.now());
    }

    private InfoRequest decided(InfoRequest request, OffsetDateTime now) {
        request.decidedBy = caller.subject();
        request.decidedAt = now;
        InfoRequest.flush();
        outbox.record(LiaisonEvents.INFO_REQUEST_DECIDED, request.id.toString(), LiaisonEvents.InfoRequestDecided.of(request));
        LOG.infof("information request %s %s", request.id, request.state);
        return request;
    }

    @Transactional
    public InfoRequest fulfil(UUID id, String ifMatch, InfoRequestRequests.Fulfilment fulfilment) {
        InfoRequest request = load(id);
        guard.check(InfoRequest.MACHINE, InfoRequest.FULFIL, request.state, ifMatch, request.version, null);
        List<String> provided = fulfilment.providedData().stream().distinct().map(Enum::name).toList();
        List<String> extra = provided.stream().filter(category -> !request.requestedData.contains(category)).toList();
        if (!extra.isEmpty()) {
            throw Problems.invalidField("data-not-requested", "providedData",
                    "the request did not ask for " + extra + "; purpose-bound access hands over only what was requested");
        }
        request.state = InfoRequest.State.FULFILLED;
        request.providedData = provided;
        request.fulfilmentNote = blankToNull(fulfilment.note());
        request.fulfilledBy = caller.subject();
        request.fulfilledAt = OffsetDateTime.now();
        InfoRequest.flush();
        LOG.infof("information request %s fulfilled", id);
        return request;
    }

    @Transactional
    public InfoRequest withdraw(UUID id, String ifMatch, String reason) {
        InfoRequest request = load(id);
        guard.check(InfoRequest.MACHINE, InfoRequest.WITHDRAW, request.state, ifMatch, request.version, reason);
        request.state = InfoRequest.State.WITHDRAWN;
        request.reason = blankToNull(reason);
        InfoRequest.flush();
        LOG.infof("information request %s withdrawn", id);
        return request;
    }

    public InfoRequest get(UUID id) {
        return visible(InfoRequest.findById(id), id);
    }

    public Page<InfoRequest> list(Criteria criteria, int page, int size) {
        OffsetDateTime now = OffsetDateTime.now();
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId())
                .and("submittedAt >= :from", "from", startOf(criteria.submittedFrom()))
                .and("submittedAt < :to", "to", startOf(criteria.submittedTo() == null ? null : criteria.submittedTo().plusDays(1)))
                .andIf(Boolean.TRUE.equals(criteria.overdue()), "(state = :submitted and answerDueAt < :now)",
                        Map.of("submitted", InfoRequest.State.SUBMITTED, "now", now))
                .andIf(Boolean.FALSE.equals(criteria.overdue()), "(state <> :submitted or answerDueAt >= :now)",
                        Map.of("submitted", InfoRequest.State.SUBMITTED, "now", now));
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return Filter.page(InfoRequest.find(filter.query(), Sort.descending("submittedAt").and("id"), filter.parameters()),
                page, size);
    }

    private InfoRequest load(UUID id) {
        return visible(InfoRequest.findById(id, LockModeType.PESSIMISTIC_WRITE), id);
    }

    private InfoRequest visible(InfoRequest request, UUID id) {
        if (request == null) {
            throw Problems.notFound("Information request", id);
        }
        scope.require(scope.isPolresUnit(request.polresUnit), request.facility, "Information request", id);
        return request;
    }

    static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
