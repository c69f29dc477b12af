package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.time.FacilityClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.function.ToDoubleFunction;

/**
 * The liaison workload ops watch: notifications open and overdue, police loans out and overdue,
 * across every facility and Polres unit. Each figure counts with the same conditions as the list
 * query it stands for ({@code notifications?state=OPEN}, {@code …?overdue=true},
 * {@code police-loans?overdue=true}; out is {@link PoliceLoan#OUT}), so a number on the dashboard
 * leads to the records behind it. As with the outbox monitor, the tables are read on a schedule,
 * not on each scrape, and every replica reports the same figures.
 */
@ApplicationScoped
public class LiaisonMonitor {

    private static final Logger LOG = Logger.getLogger(LiaisonMonitor.class);

    /** One reading of the four figures. */
    private record Figures(long notificationsOpen, long notificationsOverdue, long loansOut, long loansOverdue) {
    }

    @Inject
    FacilityClock clock;

    @Inject
    MeterRegistry registry;

    private volatile Figures figures = new Figures(0, 0, 0, 0);

    void register(@Observes StartupEvent startup) {
        gauge("sinergi.liaison.notifications.open", "Release and detention notifications not yet acknowledged nor escalated",
                Figures::notificationsOpen);
        gauge("sinergi.liaison.notifications.overdue", "Notifications escalated, or open past their acknowledgement deadline",
                Figures::notificationsOverdue);
        gauge("sinergi.liaison.police.loans.out", "WBP away on police loan (checked out or overdue)", Figures::loansOut);
        gauge("sinergi.liaison.police.loans.overdue", "Police loans overdue, or checked out past the planned return",
                Figures::loansOverdue);
        refresh();
    }

    private void gauge(String name, String description, ToDoubleFunction<Figures> figure) {
        Gauge.builder(name, this, monitor -> figure.applyAsDouble(monitor.figures)).description(description).register(registry);
    }

    @Scheduled(every = "${sinergi.liaison.monitor-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void refresh() {
        try {
            figures = QuarkusTransaction.requiringNew().call(() -> read(clock.timestamp()));
        } catch (RuntimeException e) {
            // The figures stay as last read; the datasource's own readiness check reports the database.
            LOG.debugf("cannot read the liaison workload: %s", e.getMessage());
        }
    }

    private Figures read(OffsetDateTime now) {
        return new Figures(
                notifications(new Notifications.Criteria(Notification.State.OPEN, null, null, null, null, null, null), now),
                notifications(new Notifications.Criteria(null, true, null, null, null, null, null), now),
                PoliceLoan.count("state in ?1", PoliceLoan.OUT),
                loans(new PoliceLoans.Criteria(null, true, null, null, null), now));
    }

    private static long notifications(Notifications.Criteria criteria, OffsetDateTime now) {
        Filter filter = Notifications.filter(criteria, now);
        return Notification.count(filter.query(), filter.parameters());
    }

    private long loans(PoliceLoans.Criteria criteria, OffsetDateTime now) {
        Filter filter = PoliceLoans.filter(criteria, now, clock);
        return PoliceLoan.count(filter.query(), filter.parameters());
    }
}
