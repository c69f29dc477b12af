package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.command.RiskReviewRequests;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.RiskAssessment;
import id.sinergi.inmate.domain.RiskReview;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Risk reviews: opened when liaison-service reports an incident or a finding naming a WBP as
 * perpetrator or suspect, resolved by security or the head. An assessment goes through
 * {@link InmateActions#assessRisk} (so {@code inmate.risk-changed} is published, and program-service
 * reacts to HIGH as it does for any assessment); a violation goes through {@link DisciplinaryRegister}
 * (so remission and integration eligibility read it).
 */
@ApplicationScoped
public class RiskReviews {

    @Inject
    InmateActions actions;

    @Inject
    DisciplinaryRegister register;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    FacilityScope facilityScope;

    /** What opening found: a new review, or the one already open for the same source and WBP. */
    public enum Opened { OPENED, ALREADY_THERE, UNKNOWN_INMATE }

    /** Opens the review of a WBP named by a source record, once per source record and WBP. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Opened open(UUID inmateId, RiskReview.Source source, UUID sourceId, String summary, OffsetDateTime at) {
        if (Inmate.findById(inmateId) == null) {
            return Opened.UNKNOWN_INMATE;
        }
        if (RiskReview.of(source, sourceId, inmateId).isPresent()) {
            return Opened.ALREADY_THERE;
        }
        RiskReview review = new RiskReview();
        review.id = UUID.randomUUID();
        review.inmateId = inmateId;
        review.source = source;
        review.sourceId = sourceId;
        review.summary = summary;
        review.openedAt = at == null ? clock.timestamp() : at;
        review.persist();
        return Opened.OPENED;
    }

    /** Risk reviews: the oldest open first, unless the request names another order. */
    public static final ListOrder<RiskReview> ORDER = ListOrder.<RiskReview>byId("id", UUID.class, review -> review.id)
            .key("openedAt", "openedAt", OffsetDateTime.class, review -> review.openedAt)
            .nullableKey("resolvedAt", "resolvedAt", OffsetDateTime.class, review -> review.resolvedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, review -> review.updatedAt)
            .changes("changePosition", review -> review.changePosition)
            .sortedBy("openedAt");

    public Page<RiskReview> list(Boolean pending, UUID inmateId, PageRequest page) {
        Filter filter = new Filter()
                .andIf(Boolean.TRUE.equals(pending), "resolvedAt is null")
                .andIf(Boolean.FALSE.equals(pending), "resolvedAt is not null")
                .equal("inmateId", inmateId);
        facilityScope.hqlCondition("i", ":facility").ifPresent(visible -> filter.and(
                "inmateId in (select i.id from Inmate i where " + visible + ")", "facility", facilityScope.facility().orElseThrow()));
        return ORDER.read(page).read(filter, RiskReview.class);
    }

    /**
     * Resolves a review, in the order of every action: 404 no such review (or one of a WBP the caller
     * does not act on), 428/412 {@code If-Match}, 409 already resolved, 422 not exactly one of
     * assessment and unchanged; then the assessment's and the register's own checks.
     */
    @Transactional
    public RiskReview resolve(UUID reviewId, String ifMatch, RiskReviewRequests.Resolution request) {
        RiskReview review = RiskReview.findById(reviewId, LockModeType.PESSIMISTIC_WRITE);
        if (review == null || !facilityScope.actsOn(Inmate.findById(review.inmateId))) {
            throw Problems.notFound("risk-review", reviewId);
        }
        ETags.requireMatch(ifMatch, review.version);
        if (review.resolved()) {
            throw Problems.conflict("review-already-resolved", reviewId, review.resolvedAt, review.resolvedBy, review.outcome);
        }
        if ((request.assessment() == null) == (request.unchanged() == null)) {
            throw Problems.unprocessable("assessment-or-unchanged");
        }
        if (request.assessment() != null) {
            Inmate inmate = Inmate.findById(review.inmateId);
            // The review's If-Match was checked above; the assessment is made on the record as it is now.
            actions.assessRisk(review.inmateId, "\"" + inmate.version + "\"",
                    new ActionRequests.RiskAssessment(request.assessment().riskLevel(), request.assessment().reason()));
            review.outcome = RiskReview.Outcome.ASSESSED;
            review.riskLevel = request.assessment().riskLevel();
            review.reason = request.assessment().reason();
            review.riskAssessmentId = RiskAssessment.<RiskAssessment>find("inmateId", Sort.descending("id"), review.inmateId)
                    .firstResult().id;
        } else {
            review.outcome = RiskReview.Outcome.UNCHANGED;
            review.reason = request.unchanged().reason();
        }
        if (request.violation() != null) {
            review.disciplinaryEntryId = register.record(review.inmateId, request.violation()).id;
        }
        review.resolvedAt = clock.timestamp();
        review.resolvedBy = caller.subject();
        RiskReview.getEntityManager().flush();
        return review;
    }
}
