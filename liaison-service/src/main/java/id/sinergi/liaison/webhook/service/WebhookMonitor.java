package id.sinergi.liaison.webhook.service;

import id.sinergi.platform.time.FacilityClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How the webhooks fare: deliveries still to be sent (of active and of paused subscriptions), the
 * age of the oldest, and subscriptions paused. Read on a schedule like the outbox monitor, so a
 * scrape never queries the database; every replica reports the same figures. Attempts are counted
 * as they happen by the dispatcher ({@code sinergi_webhooks_deliveries_total} by outcome).
 */
@ApplicationScoped
public class WebhookMonitor {

    private static final Logger LOG = Logger.getLogger(WebhookMonitor.class);

    @Inject
    FacilityClock clock;

    @Inject
    EntityManager entityManager;

    @Inject
    MeterRegistry registry;

    private volatile long pending;
    private volatile long pendingPaused;
    private volatile long paused;
    private volatile Instant oldestPending;

    void register(@Observes StartupEvent startup) {
        Gauge.builder("sinergi.webhooks.pending", this, monitor -> monitor.pending)
                .description("Webhook deliveries still to be sent to active subscriptions").register(registry);
        Gauge.builder("sinergi.webhooks.pending.paused", this, monitor -> monitor.pendingPaused)
                .description("Webhook deliveries waiting for a paused subscription to be resumed").register(registry);
        Gauge.builder("sinergi.webhooks.subscriptions.paused", this, monitor -> monitor.paused)
                .description("Webhook subscriptions paused, by their owner or after failures").register(registry);
        Gauge.builder("sinergi.webhooks.oldest.age", this, monitor -> monitor.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest webhook delivery still to be sent (0 when none waits)")
                .baseUnit("seconds").register(registry);
        refresh();
    }

    @Scheduled(every = "${sinergi.liaison.monitor-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT count(*) FILTER (WHERE s.state = 'ACTIVE'), count(*) FILTER (WHERE s.state = 'PAUSED'),
                               min(d.created_at)
                        FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.status IN ('PENDING', 'FAILED') AND s.state <> 'CANCELLED'""").getSingleResult();
                pending = ((Number) row[0]).longValue();
                pendingPaused = ((Number) row[1]).longValue();
                oldestPending = row[2] == null ? null : toInstant(row[2]);
                paused = ((Number) entityManager.createNativeQuery(
                        "SELECT count(*) FROM webhook_subscription WHERE state = 'PAUSED'").getSingleResult()).longValue();
            });
        } catch (RuntimeException e) {
            // The figures stay as last read; the datasource's own readiness check reports the database.
            LOG.debugf("cannot read the webhook figures: %s", e.getMessage());
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((Timestamp) value).toInstant();
    }

    public long pending() {
        return pending;
    }

    /** How long the oldest delivery still to be sent has waited; zero when none waits. */
    public Duration oldestAge() {
        Instant oldest = oldestPending;
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.now());
    }
}
