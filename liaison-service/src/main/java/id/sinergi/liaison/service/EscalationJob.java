package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.platform.outbox.Outbox;
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
 * ESCALATED (to the addressee's head), loans not back by the planned time become OVERDUE. Safe on
 * several replicas at once: each batch claims its rows with one {@code UPDATE … WHERE state = … AND
 * deadline < now} over rows picked {@code FOR UPDATE SKIP LOCKED}, so a row changes state, and its
 * event is recorded, in exactly one transaction. Active agreements whose last day has passed expire
 * the same way.
 */
@ApplicationScoped
public class EscalationJob {

    private static final Logger LOG = Logger.getLogger(EscalationJob.class);
    private static final int BATCH = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    Outbox outbox;

    public record Result(int notifications, int loans, int agreements) {
    }

    @Scheduled(every = "${sinergi.liaison.escalation-interval}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run(OffsetDateTime.now());
    }

    /** Escalates everything whose deadline is before {@code now}. */
    public Result run(OffsetDateTime now) {
        int notifications = drain("""
                WITH due AS (SELECT id FROM notification WHERE state = 'OPEN' AND acknowledge_by < ?1
                             ORDER BY acknowledge_by LIMIT ?2 FOR UPDATE SKIP LOCKED)
                UPDATE notification n SET state = 'ESCALATED', escalated_at = ?1, version = n.version + 1
                FROM due WHERE n.id = due.id RETURNING n.id""", now, id -> {
            Notification notification = Notification.findById(id);
            outbox.record(LiaisonEvents.NOTIFICATION_ESCALATED, id.toString(),
                    LiaisonEvents.NotificationEscalated.of(notification));
        });
        int loans = drain("""
                WITH due AS (SELECT id FROM police_loan WHERE state = 'CHECKED_OUT' AND planned_back_at < ?1
                             ORDER BY planned_back_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
                UPDATE police_loan l SET state = 'OVERDUE', overdue_since = ?1, version = l.version + 1
                FROM due WHERE l.id = due.id RETURNING l.id""", now, id -> {
            PoliceLoan loan = PoliceLoan.findById(id);
            outbox.record(LiaisonEvents.POLICE_LOAN_CHANGED, id.toString(), LiaisonEvents.PoliceLoanChanged.of(loan));
        });
        int agreements = drain("""
                WITH due AS (SELECT id FROM agreement WHERE state = 'ACTIVE' AND valid_to + 1 <= ?1
                             ORDER BY valid_to LIMIT ?2 FOR UPDATE SKIP LOCKED)
                UPDATE agreement a SET state = 'EXPIRED', ended_at = ?1, updated_at = ?1, version = a.version + 1
                FROM due WHERE a.id = due.id RETURNING a.id""", now, id -> LOG.infof("agreement %s expired", id));
        if (notifications + loans > 0) {
            LOG.infof("escalated %d notifications and %d overdue police loans", notifications, loans);
        }
        return new Result(notifications, loans, agreements);
    }

    private int drain(String claim, OffsetDateTime now, Consumer<UUID> escalated) {
        int total = 0;
        while (true) {
            int claimed = QuarkusTransaction.requiringNew().call(() -> {
                @SuppressWarnings("unchecked")
                List<UUID> ids = entityManager.createNativeQuery(claim, UUID.class)
                        .setParameter(1, now).setParameter(2, BATCH).getResultList();
                ids.forEach(escalated);
                return ids.size();
            });
            total += claimed;
            if (claimed < BATCH) {
                return total;
            }
        }
    }
}
