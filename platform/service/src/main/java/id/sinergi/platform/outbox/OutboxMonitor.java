package id.sinergi.platform.outbox;

import id.sinergi.platform.time.FacilityClock;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * How far behind the outbox is: the number of unpublished events and the age of the oldest. Every
 * replica reads the same table, so each reports the same figures whichever one relays. The table is
 * read on a schedule, not on each scrape or probe, so neither can pile queries on the database or
 * wait for it; the age is computed at read time from the oldest event's time, so it keeps growing
 * between two reads while events are stuck.
 */
@ApplicationScoped
public class OutboxMonitor {

    private static final Logger LOG = Logger.getLogger(OutboxMonitor.class);

    @Inject
    FacilityClock clock;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry registry;

    private volatile long backlog;
    private volatile Instant oldestUnpublished;

    void register(@Observes StartupEvent startup) {
        Gauge.builder("sinergi.outbox.backlog", this, OutboxMonitor::backlog)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
        Gauge.builder("sinergi.outbox.oldest.age", this, monitor -> monitor.oldestAge().toMillis() / 1000.0)
                .description("Age of the oldest unpublished outbox event (0 when none waits)")
                .baseUnit("seconds")
                .register(registry);
        refresh();
    }

    @Scheduled(every = "${sinergi.outbox.monitor-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT count(*), min(occurred_at) FROM outbox_event WHERE published_at IS NULL")) {
            row.next();
            backlog = row.getLong(1);
            OffsetDateTime oldest = row.getObject(2, OffsetDateTime.class);
            oldestUnpublished = oldest == null ? null : oldest.toInstant();
        } catch (SQLException e) {
            // The figures stay as last read; the datasource's own readiness check reports the database.
            LOG.debugf("cannot read the outbox backlog: %s", e.getMessage());
        }
    }

    public long backlog() {
        return backlog;
    }

    /** How long the oldest unpublished event has waited; zero when none waits. */
    public Duration oldestAge() {
        Instant oldest = oldestUnpublished;
        return oldest == null ? Duration.ZERO : Duration.between(oldest, clock.now());
    }
}
