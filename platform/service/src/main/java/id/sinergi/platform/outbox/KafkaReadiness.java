package id.sinergi.platform.outbox;

import id.sinergi.platform.time.FacilityClock;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Whether the Kafka cluster answers, in the readiness answer and as a gauge. Like the outbox check,
 * it reports {@code degraded} and stays UP: writes go on while Kafka is away (their events wait in
 * the outbox), so an outage must not take every replica out of the load balancer. The cluster is
 * asked on a schedule so that a probe never waits for a broker that does not answer.
 */
@Readiness
@ApplicationScoped
public class KafkaReadiness implements HealthCheck {

    private static final Logger LOG = Logger.getLogger(KafkaReadiness.class);

    @ConfigProperty(name = "kafka.bootstrap.servers", defaultValue = "localhost:9092")
    String bootstrapServers;

    @ConfigProperty(name = "sinergi.kafka.probe-timeout", defaultValue = "PT3S")
    Duration timeout;

    /**
     * Every {@code kafka.*} property (and {@code KAFKA_*} variable) the channels get. The probe takes
     * the connection's security from it (security.protocol, sasl.*, ssl.*), so that it logs in
     * as the channels do where Kafka requires TLS and a user (Kubernetes, deploy/README.md).
     */
    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafkaConfig;

    @Inject
    FacilityClock clock;

    @Inject
    MeterRegistry registry;

    private Admin admin;
    private volatile boolean reachable;
    private volatile int brokers;
    private volatile Instant unreachableSince;

    void start(@Observes StartupEvent startup) {
        Gauge.builder("sinergi.kafka.reachable", this, check -> check.reachable ? 1 : 0)
                .description("1 when the Kafka cluster answered the last probe, 0 when it did not")
                .register(registry);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        synchronized (this) {
            if (admin != null) {
                admin.close(Duration.ofSeconds(1));
                admin = null;
            }
        }
    }

    @Scheduled(every = "${sinergi.kafka.probe-interval:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void probe() {
        try {
            brokers = admin().describeCluster().nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
            reachable = brokers > 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            reachable = false;
        } catch (Exception e) {
            LOG.debugf("Kafka did not answer the readiness probe: %s", e.getMessage());
            reachable = false;
        }
        if (reachable) {
            unreachableSince = null;
        } else if (unreachableSince == null) {
            unreachableSince = clock.now();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            int millis = (int) timeout.toMillis();
            Map<String, Object> config = new HashMap<>();
            kafkaConfig.forEach((key, value) -> {
                if (key.equals("security.protocol") || key.startsWith("sasl.") || key.startsWith("ssl.")) {
                    config.put(key, value);
                }
            });
            config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
            config.put(AdminClientConfig.CLIENT_ID_CONFIG, "sinergi-readiness");
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, millis);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, millis);
            admin = Admin.create(config);
        }
        return admin;
    }

    public boolean reachable() {
        return reachable;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("kafka").up()
                .withData("status", reachable ? "ok" : "degraded")
                .withData("reachable", reachable)
                .withData("brokers", brokers);
        Instant since = unreachableSince;
        if (since != null) {
            response.withData("unreachableSince", since.toString());
        }
        return response.build();
    }
}
