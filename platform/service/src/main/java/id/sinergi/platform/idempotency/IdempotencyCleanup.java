package id.sinergi.platform.idempotency;

import id.sinergi.platform.time.FacilityClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** Deletes expired Idempotency-Key answers; safe on every replica. */
@ApplicationScoped
public class IdempotencyCleanup {

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Scheduled(every = "${sinergi.idempotency.cleanup-interval:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deleteExpired() {
        entityManager.createNativeQuery("DELETE FROM idempotency_key WHERE expires_at < ?1")
                .setParameter(1, clock.timestamp()).executeUpdate();
    }
}
