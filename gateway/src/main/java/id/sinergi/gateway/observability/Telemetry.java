package id.sinergi.gateway.observability;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;

/**
 * The gateway's metrics and tracing set the way the services' are (the gateway does not share
 * their platform library, which brings a database and Kafka along): meters tagged with
 * {@code application}, HTTP timings in fixed buckets for percentiles across replicas, and spans
 * made and exported only when {@code SINERGI_OTLP_ENDPOINT} is set. The gateway is where most traces begin,
 * so its sampling decision is the one the services follow.
 */
@Singleton
public class Telemetry {

    /** 5 ms to 10 s, in nanoseconds. */
    private static final double[] HTTP_BUCKETS = {5e6, 1e7, 2.5e7, 5e7, 1e8, 2.5e8, 5e8, 1e9, 2.5e9, 5e9, 1e10};

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
                return "http.server.requests".equals(id.getName())
                        ? DistributionStatisticConfig.builder().serviceLevelObjectives(HTTP_BUCKETS).build().merge(config)
                        : config;
            }
        };
    }

    /** Only used with a collector: without one the SDK is off altogether (TracingSwitch). */
    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "sinergi.tracing.sample-ratio", defaultValue = "1.0") double ratio) {
        return Sampler.parentBased(Sampler.traceIdRatioBased(ratio));
    }
}
