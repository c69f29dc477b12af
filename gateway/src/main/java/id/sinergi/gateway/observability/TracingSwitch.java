package id.sinergi.gateway.observability;

import io.smallrye.config.ConfigSourceInterceptor;
import io.smallrye.config.ConfigSourceInterceptorContext;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.Priorities;
import jakarta.annotation.Priority;

/**
 * Answers {@code sinergi.tracing.no-collector}: true unless {@code SINERGI_OTLP_ENDPOINT} names a
 * collector. application.properties switches the OpenTelemetry SDK off with it, so that the gateway
 * takes part in traces only when they go somewhere; otherwise the caller's trace context goes on to
 * the service untouched. Spans that nobody exports still cost their attributes and context on
 * every proxied request: with them the gateway spent about half as much CPU again per request
 * (deploy/bench/README.md, "Proxy benchmark"). {@code QUARKUS_OTEL_SDK_DISABLED} still overrides it.
 */
// Below the interceptor that expands expressions, so that it answers the expression's lookup.
@Priority(Priorities.LIBRARY + 200)
public class TracingSwitch implements ConfigSourceInterceptor {

    static final String NO_COLLECTOR = "sinergi.tracing.no-collector";
    /** Read as the sources have it (expressions are expanded above this interceptor): the variable itself. */
    static final String COLLECTOR = "SINERGI_OTLP_ENDPOINT";

    @Override
    public ConfigValue getValue(ConfigSourceInterceptorContext context, String name) {
        if (!NO_COLLECTOR.equals(name)) {
            return context.proceed(name);
        }
        ConfigValue collector = context.proceed(COLLECTOR);
        boolean noCollector = collector == null || collector.getValue() == null || collector.getValue().isBlank();
        return ConfigValue.builder().withName(name).withValue(Boolean.toString(noCollector)).build();
    }
}
