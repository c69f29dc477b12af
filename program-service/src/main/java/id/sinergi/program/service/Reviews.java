package id.sinergi.program.service;

import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.program.command.ReviewAcknowledgement;
import id.sinergi.program.domain.Enrolment;
import id.sinergi.program.domain.EnrolmentReview;
import id.sinergi.program.domain.Programme;
import id.sinergi.program.domain.ReviewMachine;
import id.sinergi.program.domain.RiskLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The review queue: enrolments a change of the WBP put in front of a programme officer. A review
 * changes nothing by itself; the officer acknowledges it, and suspends or withdraws the enrolment
 * through its actions if that is the decision.
 */
@ApplicationScoped
public class Reviews {

    private static final Logger LOG = Logger.getLogger(Reviews.class);

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    ActionGuard guard;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    /**
     * The WBP's risk was raised to HIGH: each of their open enrolments goes into the queue
     * ({@link ReviewMachine}'s {@code raise}).
     *
     * @param unlessPending skip enrolments that already wait in the queue for the same cause (a late
     *                      event whose raise a newer one may already have queued)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int riskRaisedToHigh(UUID inmateId, RiskLevel previousLevel, UUID eventId, OffsetDateTime at,
                                boolean unlessPending) {
        List<Enrolment> open = entityManager.createQuery("""
                        SELECT e FROM Enrolment e WHERE e.inmateId = :i AND e.state IN :open ORDER BY e.id""", Enrolment.class)
                .setParameter("i", inmateId).setParameter("open", Enrolments.openStates()).getResultList();
        if (unlessPending) {
            Set<UUID> pending = Set.copyOf(entityManager.createQuery("""
                            SELECT r.enrolmentId FROM EnrolmentReview r
                            WHERE r.inmateId = :i AND r.cause = :cause AND r.acknowledgedAt IS NULL""", UUID.class)
                    .setParameter("i", inmateId).setParameter("cause", EnrolmentReview.Cause.RISK_RAISED_TO_HIGH)
                    .getResultList());
            open = open.stream().filter(e -> !pending.contains(e.id)).toList();
        }
        for (Enrolment enrolment : open) {
            EnrolmentReview review = new EnrolmentReview();
            review.id = UUID.randomUUID();
            review.enrolmentId = enrolment.id;
            review.programmeId = enrolment.programmeId;
            review.inmateId = inmateId;
            review.cause = EnrolmentReview.Cause.RISK_RAISED_TO_HIGH;
            review.previousRiskLevel = previousLevel;
            review.raisedAt = at;
            review.sourceEventId = eventId;
            review.persist();
            LOG.infof("enrolment %s queued for review: risk of inmate %s raised to HIGH", enrolment.id, inmateId);
        }
        return open.size();
    }

    /** Reviews: the oldest raised first unless the request names another order. */
    public static final ListOrder<EnrolmentReview> ORDER = ListOrder.<EnrolmentReview>byId("id", UUID.class, review -> review.id)
            .key("raisedAt", "raisedAt", OffsetDateTime.class, review -> review.raisedAt)
            .nullableKey("acknowledgedAt", "acknowledgedAt", OffsetDateTime.class, review -> review.acknowledgedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, review -> review.updatedAt)
            .changes("changePosition", review -> review.changePosition)
            .sortedBy("raisedAt");

    public Page<EnrolmentReview> list(Boolean pending, UUID programmeId, UUID enrolmentId, PageRequest page) {
        Filter filter = scope.ofProgrammes(new Filter()).andIf(Boolean.TRUE.equals(pending), "acknowledgedAt IS NULL")
                .andIf(Boolean.FALSE.equals(pending), "acknowledgedAt IS NOT NULL")
                .equal("programmeId", programmeId).equal("enrolmentId", enrolmentId);
        return ORDER.read(page).read(filter, EnrolmentReview.class);
    }

    public EnrolmentReview get(UUID id) {
        return visible(EnrolmentReview.findById(id), id);
    }

    /** Checked in the platform's order: role, review, If-Match, state ({@link ReviewMachine}). */
    @Transactional
    public EnrolmentReview acknowledge(UUID id, ReviewAcknowledgement acknowledgement, String ifMatch) {
        EnrolmentReview review = guard.check(ReviewMachine.MACHINE, ReviewMachine.ACKNOWLEDGE,
                () -> visible(entityManager.find(EnrolmentReview.class, id, LockModeType.PESSIMISTIC_WRITE), id),
                ifMatch, null).record();
        review.acknowledgedAt = clock.timestamp();
        review.acknowledgedBy = caller.subject();
        review.note = acknowledgement.note();
        entityManager.flush();
        return review;
    }

    /** The review, when it exists and its programme is the caller's; 404 otherwise. */
    private EnrolmentReview visible(EnrolmentReview review, UUID id) {
        if (review == null) {
            throw Problems.notFound("review", id);
        }
        scope.require(entityManager.find(Programme.class, review.programmeId), "review", id);
        return review;
    }
}
