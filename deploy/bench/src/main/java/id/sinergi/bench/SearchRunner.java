package id.sinergi.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends search requests with a fixed number of clients, each sending its next request as soon as
 * the previous answer is in (closed loop), and records every request's latency: the time from
 * sending to having read the whole body.
 */
public final class SearchRunner {

    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final int ERRORS_KEPT = 10;

    private final HttpClient client;
    private final URI searchUri;
    private final String token;
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger errorCount = new AtomicInteger();

    public SearchRunner(URI baseUrl, String token) {
        // HTTP/1.1 on purpose: the default would offer an h2c upgrade on each new connection,
        // which measures the upgrade dance rather than the search. Connections are kept alive.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.searchUri = baseUrl.resolve("/api/v1/inmates");
        this.token = token;
    }

    /** Answers that were not 200 (or no answer at all) so far. */
    public int errorCount() {
        return errorCount.get();
    }

    /** The first few errors, for the report. */
    public List<String> errors() {
        synchronized (errors) {
            return List.copyOf(errors);
        }
    }

    /**
     * Unmeasured requests first: JIT of the service, its connection pool, PostgreSQL's caches. Every
     * kind gets a share, from the end of its list so the measured run does not start on just-cached rows.
     */
    public void warmUp(SearchQueries queries, List<QueryKind> kinds, int requests) throws InterruptedException {
        for (int k = 0; k < kinds.size(); k++) {
            int share = requests / kinds.size() + (k < requests % kinds.size() ? 1 : 0);
            if (share > 0) {
                List<String> reversed = new ArrayList<>(queries.of(kinds.get(k)));
                Collections.reverse(reversed);
                run(kinds.get(k), reversed, share, 1);
            }
        }
    }

    /** Sends {@code requests} queries (cycling through {@code queries}) with {@code clients} clients. */
    public Result run(QueryKind kind, List<String> queries, int requests, int clients) throws InterruptedException {
        ClosedLoop.Run run = ClosedLoop.run(requests, clients, i -> send(kind, queries.get(i % queries.size())));
        return Result.of(kind, clients, run.latencyNanos(), run.figures(), run.wallNanos());
    }

    /** @return the answer's {@code total}, or -1 for an error (counted and kept). */
    private long send(QueryKind kind, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(searchUri + "?" + query + "&size=" + SearchQueries.PAGE_SIZE))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                error(kind, query, "HTTP " + response.statusCode() + ": " + abbreviate(response.body()));
                return -1;
            }
            Matcher total = TOTAL.matcher(response.body());
            return total.find() ? Long.parseLong(total.group(1)) : -1;
        } catch (IOException e) {
            error(kind, query, e.toString());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void error(QueryKind kind, String query, String what) {
        errorCount.incrementAndGet();
        if (errors.size() < ERRORS_KEPT) {
            errors.add(kind.label + " ?" + query + " → " + what);
        }
    }

    private static String abbreviate(String body) {
        String oneLine = body.replaceAll("\\s+", " ");
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
    }

    /** Latency percentiles (nearest rank), throughput, and how often the search found someone. */
    public record Result(QueryKind kind, int clients, int requests, double p50, double p95, double p99, double max,
                  double perSecond, double foundShare, long medianTotal) {

        static Result of(QueryKind kind, int clients, long[] latencies, long[] totals, long wallNanos) {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            long[] answered = Arrays.stream(totals).filter(t -> t >= 0).sorted().toArray();
            long found = Arrays.stream(answered).filter(t -> t > 0).count();
            return new Result(kind, clients, sorted.length,
                    millis(ClosedLoop.percentile(sorted, 50)), millis(ClosedLoop.percentile(sorted, 95)),
                    millis(ClosedLoop.percentile(sorted, 99)),
                    millis(sorted[sorted.length - 1]),
                    sorted.length / (wallNanos / 1e9),
                    answered.length == 0 ? 0 : (double) found / answered.length,
                    answered.length == 0 ? 0 : answered[answered.length / 2]);
        }

        private static double millis(long nanos) {
            return nanos / 1e6;
        }

        public boolean meetsTarget(double p95TargetMillis) {
            return p95 < p95TargetMillis;
        }

        /** One progress line: the kind, its client count and its percentiles. */
        public String summary() {
            return String.format(Locale.ROOT, "%-15s %d client%s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  %6.0f req/s  %s",
                    kind.label, clients, clients == 1 ? " " : "s", p50, p95, p99, max, perSecond,
                    meetsTarget(BenchReport.P95_TARGET_MILLIS) ? "p95 target met" : "p95 TARGET MISSED");
        }
    }
}
