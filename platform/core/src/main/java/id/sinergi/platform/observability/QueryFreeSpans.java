package id.sinergi.platform.observability;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.ReadWriteSpan;
import io.opentelemetry.sdk.trace.ReadableSpan;
import io.opentelemetry.sdk.trace.SpanProcessor;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Keeps query strings out of exported spans, as out of logs: a query can hold a NIK or a name
 * ({@code ?nik=…&name=…}), and a trace backend is one more store that must not keep them.
 * OpenTelemetry's HTTP instrumentation records the query in {@code url.query} (server spans) and
 * inside {@code url.full} (client spans, the gateway's call to a service), older conventions in
 * {@code http.target} and {@code http.url}. The SDK cannot remove an attribute, so at the span's
 * start the query is replaced: {@code url.query} by {@value #REDACTED}, and cut off the others.
 * The path, route and status stay.
 */
@Singleton
public class QueryFreeSpans implements SpanProcessor {

    static final String REDACTED = "REDACTED";
    private static final AttributeKey<String> URL_QUERY = AttributeKey.stringKey("url.query");
    private static final List<AttributeKey<String>> WITH_QUERY = List.of(
            AttributeKey.stringKey("url.full"), AttributeKey.stringKey("http.target"), AttributeKey.stringKey("http.url"));

    @Override
    public void onStart(Context parentContext, ReadWriteSpan span) {
        if (span.getAttribute(URL_QUERY) != null) {
            span.setAttribute(URL_QUERY, REDACTED);
        }
        for (AttributeKey<String> key : WITH_QUERY) {
            String value = span.getAttribute(key);
            int query = value == null ? -1 : value.indexOf('?');
            if (query >= 0) {
                span.setAttribute(key, value.substring(0, query));
            }
        }
    }

    @Override
    public boolean isStartRequired() {
        return true;
    }

    @Override
    public void onEnd(ReadableSpan span) {
        // Nothing: the attributes were made query-free at the start, before any exporter sees them.
    }

    @Override
    public boolean isEndRequired() {
        return false;
    }
}
