package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.platform.audit.AuditScope;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Escalates what was left waiting: notifications not acknowledged by their deadline become
 * ESCALATED (to the addressee's head), loans not back by the planned time become OVERDUE, active
 * agreements whose last day has passed EXPIRED. Safe on several replicas at once: each batch claims
 * its rows with {@code SELECT … WHERE state = … AND deadline < now … FOR UPDATE SKIP LOCKED}, so a
 * row changes state, and its event is recorded, in exactly one transaction. The rows change through
 * their entities, not one bulk UPDATE, so the audit trail records each change as the escalation's.
 */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);
    private static final int BATCH = 200;
    private static final String ACTOR = AuditScope.SYSTEM + ":liaison-service.escalation";

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public record Result(int notifications, int loans, int agreements) {
    }

    @Scheduled(every = "${sinergi.liaison.escalation-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(clock.timestamp());
    }

    /** Escalates everything whose deadline is before {@code now}. */
    public Result run(OffsetDateTime now) {
        try (AuditScope.Opened ignored = AuditScope.open(ACTOR, Notification.ESCALATE)) {
            int notifications = drain(Notification.class, """
                    SELECT id FROM notification WHERE state = 'OPEN' AND acknowledge_by < ?1
                    ORDER BY acknowledge_by LIMIT ?2 FOR UPDATE SKIP LOCKED""", now, notification -> {
                notification.state = next(Notification.MACHINE, Notification.ESCALATE, notification);
                notification.escalatedAt = now;
                outbox.record(LiaisonEvents.NOTIFICATION_ESCALATED, notification.id.toString(),
                        LiaisonEvents.NotificationEscalated.of(notification));
            });
            int loans = drain(PoliceLoan.class, """
                    SELECT id FROM police_loan WHERE state = 'CHECKED_OUT' AND planned_back_at < ?1
                    ORDER BY planned_back_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", now, loan -> {
                loan.state = next(PoliceLoan.MACHINE, PoliceLoan.MARK_OVERDUE, loan);
                loan.overdueSince = now;
                outbox.record(LiaisonEvents.POLICE_LOAN_CHANGED, loan.id.toString(), LiaisonEvents.PoliceLoanChanged.of(loan));
            });
            int agreements = drain(Agreement.class, """
                    SELECT id FROM agreement WHERE state = 'ACTIVE' AND valid_to + 1 <= ?1
                    ORDER BY valid_to LIMIT ?2 FOR UPDATE SKIP LOCKED""", now, agreement -> {
                agreement.state = next(Agreement.MACHINE, Agreement.EXPIRE, agreement);
                agreement.endedAt = now;
                agreement.updatedAt = now;
                LOG.infof("agreement %s expired", agreement.id);
            });
            if (notifications + loans > 0) {
                LOG.infof("escalated %d notifications and %d overdue police loans", notifications, loans);
            }
            return new Result(notifications, loans, agreements);
        }
    }

    /** The state the machine's system row gives; the claim's WHERE already chose rows it applies to. */
    private static <S extends Enum<S>, R extends Stateful<S>> S next(StateMachine<S, R> machine, String action, R record) {
        return machine.systemTransition(action, record.currentState(), record).target(record.currentState());
    }

    private <T> int drain(Class<T> type, String claim, OffsetDateTime now, Consumer<T> escalate) {
        int total = 0;
        while (true) {
            int claimed = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = entityManager.createNativeQuery(claim, UUID.class)
                        .setParameter(1, now).setParameter(2, BATCH).getResultList();
                ids.forEach(id -> escalate.accept(entityManager.find(type, id)));
                return ids.size();
            });
            total += claimed;
            if (claimed < BATCH) {
                return total;
            }
        }
    }
}
