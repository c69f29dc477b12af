package id.sinergi.platform.observability;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Optional;

/**
 * Which spans leave the service. Trace context is always made and passed on (the gateway, the
 * outbox, Kafka, the consumer), so every log line carries a trace id; spans are exported only when
 * an OTLP endpoint is configured ({@code SINERGI_OTLP_ENDPOINT}), then at the sampling ratio, with
 * the caller's decision followed so a trace is kept or dropped whole. Without an endpoint nothing is
 * sampled, whatever a caller's {@code traceparent} asks, so the exporter never tries to send. (The
 * gateway goes further and switches the SDK off without a collector, see its TracingSwitch; with
 * one, this sampler decides there too, and the services follow its decision.)
 */
@Singleton
public class TracingSampler {

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "sinergi.tracing.otlp-endpoint") Optional<String> endpoint,
                    @ConfigProperty(name = "sinergi.tracing.sample-ratio", defaultValue = "1.0") double ratio) {
        return endpoint.filter(url -> !url.isBlank()).isPresent()
                ? Sampler.parentBased(Sampler.traceIdRatioBased(ratio))
                : Sampler.alwaysOff();
    }
}
