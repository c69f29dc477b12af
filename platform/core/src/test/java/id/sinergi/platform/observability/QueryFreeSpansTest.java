package id.sinergi.platform.observability;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.junit.jupiter.api.Test;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class QueryFreeSpansTest {

    private static final String NIK = "6308011203900001";

    private final List<SpanData> exported = new CopyOnWriteArrayList<>();

    private SpanData exportedSpan(java.util.function.Consumer<io.opentelemetry.api.trace.SpanBuilder> attributes) {
        SpanExporter collector = new SpanExporter() {
            @Override
            public CompletableResultCode export(Collection<SpanData> spans) {
                exported.addAll(spans);
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode flush() {
                return CompletableResultCode.ofSuccess();
            }

            @Override
            public CompletableResultCode shutdown() {
                return CompletableResultCode.ofSuccess();
            }
        };
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .setSampler(Sampler.alwaysOn())
                .addSpanProcessor(new QueryFreeSpans())
                .addSpanProcessor(SimpleSpanProcessor.create(collector))
                .build()) {
            var builder = provider.get("test").spanBuilder("GET /api/v1/inmates").setSpanKind(SpanKind.SERVER);
            attributes.accept(builder);
            builder.startSpan().end();
        }
        assertThat(exported).hasSize(1);
        return exported.get(0);
    }

    @Test
    void theQueryOfAServerSpanIsNotExported() {
        SpanData span = exportedSpan(builder -> builder
                .setAttribute("url.path", "/api/v1/inmates")
                .setAttribute("url.query", "nik=" + NIK + "&name=ahmad")
                .setAttribute("http.route", "/api/v1/inmates"));

        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query"))).isEqualTo(QueryFreeSpans.REDACTED);
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.path"))).isEqualTo("/api/v1/inmates");
        assertThat(span.getAttributes().toString()).doesNotContain(NIK).doesNotContain("ahmad");
    }

    @Test
    void fullUrlsAndTargetsLoseTheirQuery() {
        SpanData span = exportedSpan(builder -> builder
                .setAttribute("url.full", "http://127.0.0.1:8081/api/v1/inmates?nik=" + NIK)
                .setAttribute("http.target", "/api/v1/inmates?name=ahmad")
                .setAttribute("http.url", "http://gateway/api/v1/inmates?nik=" + NIK));

        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.full"))).isEqualTo("http://127.0.0.1:8081/api/v1/inmates");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.target"))).isEqualTo("/api/v1/inmates");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("http.url"))).isEqualTo("http://gateway/api/v1/inmates");
    }

    @Test
    void spansWithoutAQueryKeepTheirAttributes() {
        SpanData span = exportedSpan(builder -> builder.setAttribute("url.full", "http://127.0.0.1:8081/api/v1/inmates/search"));

        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.full"))).isEqualTo("http://127.0.0.1:8081/api/v1/inmates/search");
        assertThat(span.getAttributes().get(AttributeKey.stringKey("url.query"))).isNull();
    }
}
