package id.sinergi.platform.observability;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;

import java.util.List;

/**
 * The W3C trace context ({@code traceparent}) as text: what the outbox stores with an event and the
 * relay sends on, and what a consumer continues. Text rather than OpenTelemetry objects because it
 * has to survive a database row and a Kafka record in between.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    /** The MDC keys Quarkus' OpenTelemetry support uses; log formats and the JSON log read them. */
    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_SPAN_ID = "spanId";

    private static final TextMapGetter<String> SINGLE_TRACEPARENT = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(String carrier) {
            return List.of(TRACEPARENT);
        }

        @Override
        public String get(String carrier, String key) {
            return TRACEPARENT.equals(key) ? carrier : null;
        }
    };

    private TraceContext() {
    }

    /** The current span's {@code traceparent}, or null outside any trace. */
    public static String currentTraceparent() {
        SpanContext span = Span.current().getSpanContext();
        if (!span.isValid()) {
            return null;
        }
        return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getTraceFlags().asHex();
    }

    /** The current trace id, or null outside any trace. */
    public static String currentTraceId() {
        SpanContext span = Span.current().getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    /** A context whose parent is the given {@code traceparent}; the root context when it is absent or invalid. */
    public static Context parent(String traceparent) {
        if (traceparent == null || traceparent.isBlank()) {
            return Context.root();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.root(), traceparent.strip(), SINGLE_TRACEPARENT);
    }
}
