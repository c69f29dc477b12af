package id.sinergi.platform.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.List;

/**
 * Every meter carries the application's name ({@code application}), so one dashboard serves the
 * gateway and all services; HTTP server timings get a few fixed buckets so dashboards and alerts
 * can compute latency percentiles across replicas (a summary's quantiles cannot be added up).
 */
@Singleton
public class MetricsSetup {

    private static final Duration[] HTTP_BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    @Produces
    @Singleton
    MeterFilter applicationTag(@ConfigProperty(name = "quarkus.application.name") String application) {
        return MeterFilter.commonTags(List.of(Tag.of("application", application)));
    }

    @Produces
    @Singleton
    MeterFilter httpBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!id.getName().equals("http.server.requests")) {
                    return config;
                }
                double[] slos = new double[HTTP_BUCKETS.length];
                for (int i = 0; i < slos.length; i++) {
                    slos[i] = HTTP_BUCKETS[i].toNanos();
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(slos).build().merge(config);
            }
        };
    }
}
