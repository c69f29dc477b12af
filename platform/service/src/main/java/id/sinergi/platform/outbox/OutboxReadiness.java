package id.sinergi.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.time.Duration;

/**
 * Says in the readiness answer when events have waited in the outbox longer than the threshold.
 * The check stays UP: a stuck outbox delays events but the service still takes writes, and taking
 * it out of the load balancer would only add an outage to the delay. Ops see {@code degraded} in
 * the probe's data and the alert on the backlog's age.
 */
@Readiness
@ApplicationScoped
public class OutboxReadiness implements HealthCheck {

    @Inject
    OutboxMonitor monitor;

    @ConfigProperty(name = "sinergi.outbox.degraded-after", defaultValue = "PT5M")
    Duration degradedAfter;

    @Override
    public HealthCheckResponse call() {
        Duration age = monitor.oldestAge();
        boolean degraded = age.compareTo(degradedAfter) > 0;
        return HealthCheckResponse.named("outbox").up()
                .withData("status", degraded ? "degraded" : "ok")
                .withData("backlog", monitor.backlog())
                .withData("oldestUnpublishedAgeSeconds", age.toSeconds())
                .withData("degradedAfterSeconds", degradedAfter.toSeconds())
                .build();
    }
}
