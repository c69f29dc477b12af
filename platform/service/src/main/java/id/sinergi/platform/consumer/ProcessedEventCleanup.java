package id.sinergi.platform.consumer;

import id.sinergi.platform.time.FacilityClock;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/**
 * Forgets processed event ids once they are older than any redelivery can be: the retention must
 * exceed the topics' retention (7 days by default), so the default keeps them 30 days.
 */
@ApplicationScoped
public class ProcessedEventCleanup {

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "sinergi.consumer.processed-retention", defaultValue = "P30D")
    Duration retention;

    @Scheduled(every = "${sinergi.consumer.cleanup-interval:6h}", delayed = "5m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void forgetOld() {
        entityManager.createNativeQuery("DELETE FROM processed_event WHERE processed_at < ?1")
                .setParameter(1, clock.timestamp().minus(retention))
                .executeUpdate();
    }
}
