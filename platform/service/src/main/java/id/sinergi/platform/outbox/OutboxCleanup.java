package id.sinergi.platform.outbox;

import id.sinergi.platform.time.FacilityClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** Deletes published outbox rows once they are older than the retention; safe on every replica. */
@ApplicationScoped
public class OutboxCleanup {

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "sinergi.outbox.retention", defaultValue = "P1D")
    Duration retention;

    @Scheduled(every = "${sinergi.outbox.cleanup-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void deletePublished() {
        entityManager.createQuery("DELETE FROM OutboxEvent e WHERE e.publishedAt < :cutoff")
                .setParameter("cutoff", clock.timestamp().minus(retention))
                .executeUpdate();
    }
}
