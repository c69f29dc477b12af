package id.sinergi.bench;

import id.sinergi.local.DevTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 22's region at scale: {@code facilities} facilities of the directory with {@code perFacility}
 * stays each, seeded into inmate-service (the search) and liaison-service (the Kanwil's monthly report),
 * then the search kinds with the token of one facility's registrar (held to it) and of a kanwil-officer
 * (the whole region), and the monthly report of last month for the region and for one facility.
 */
public final class RegionBench {

    /**
     * Timed report requests after {@link #REPORT_WARMUP} untimed ones, per caller; fewer (at least
     * {@link #REPORT_MIN_RUNS}) when a report takes so long that they would not fit in {@link #REPORT_BUDGET}.
     */
    public static final int REPORT_RUNS = 20;
    public static final int REPORT_WARMUP = 3;
    public static final int REPORT_MIN_RUNS = 3;
    public static final Duration REPORT_BUDGET = Duration.ofMinutes(4);
    private static final Pattern POPULATION = Pattern.compile("\"figure\"\\s*:\\s*\"population\\.total\"\\s*,\\s*\"value\"\\s*:\\s*(\\d+)");

    /** A region's size, written {@code 15x20000}. */
    public record Size(int facilities, long perFacility) {

        public static Size parse(String text) {
            String[] parts = text.toLowerCase(Locale.ROOT).replace("_", "").replace(",", "").split("x");
            try {
                if (parts.length == 2) {
                    Size size = new Size(Integer.parseInt(parts[0]), Long.parseLong(parts[1]));
                    if (size.facilities > 0 && size.perFacility > 0 && size.stays() <= SyntheticInmates.MAX_ROWS) {
                        return size;
                    }
                }
            } catch (NumberFormatException e) {
                // the message below says what is expected
            }
            throw new IllegalArgumentException("a region is FACILITIESxSTAYS, e.g. 15x20000 (at most "
                    + SyntheticInmates.MAX_ROWS + " stays in all), got '" + text + "'");
        }

        public long stays() {
            return facilities * perFacility;
        }

        @Override
        public String toString() {
            return facilities + "x" + perFacility;
        }
    }

    /** What the report's timing measured for one caller. */
    public record ReportTiming(String caller, int runs, double p50, double p95, double max, int errors, long population,
                               int bytes) {
    }

    /** Everything measured, for the Markdown. */
    public record Result(Size size, List<String> facilities, String seedingInmates, String seedingLiaison,
                         List<SearchRunner.Result> scoped, List<SearchRunner.Result> regional, int searchErrors,
                         List<String> searchErrorSamples, YearMonth month, List<ReportTiming> report) {
    }

    private final Connection inmate;
    private final Connection liaison;
    private final URI inmateUrl;
    private final URI liaisonUrl;
    private final PrintStream out;

    public RegionBench(Connection inmate, Connection liaison, URI inmateUrl, URI liaisonUrl, PrintStream out) {
        this.inmate = inmate;
        this.liaison = liaison;
        this.inmateUrl = inmateUrl;
        this.liaisonUrl = liaisonUrl;
        this.out = out;
    }

    /**
     * Seeds both services (the register is topped up to the region's stays besides any stays not
     * seeded by a benchmark; liaison's seeded rows are written again), then measures.
     */
    public Result run(Size size, int requests, int warmup, List<Integer> concurrency) throws Exception {
        SyntheticInmates.Layout layout = InmateSeeder.region(inmate, size.facilities(), size.perFacility());
        out.printf("Region %s: %s%n", size, String.join(", ", layout.facilities()));
        long started = System.nanoTime();
        InmateSeeder seeder = new InmateSeeder(inmate, out, layout);
        seeder.seed(size.stays() + seeder.countNotSeeded());
        String seedingInmates = InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started));
        started = System.nanoTime();
        new LiaisonSeeder(liaison, out).seed(new SyntheticInmates(LocalDate.now(), OffsetDateTime.now(), layout), size.stays(),
                directory());
        String seedingLiaison = InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started));

        String facility = layout.facilities().get(0);
        String registrar = DevTokens.mint("bench-region-registrar", "lapas-registrar", "LAPAS", facility);
        String kanwil = DevTokens.mint("bench-region-kanwil", "kanwil-officer", "KANWIL", "KANWIL-KALSEL");
        List<QueryKind> kinds = List.of(QueryKind.values());

        SearchRunner scopedRunner = new SearchRunner(inmateUrl, registrar);
        SearchQueries ofFacility = SearchQueries.sample(inmate, requests, facility);
        out.printf("Search with the token of %s's lapas-registrar…%n", facility);
        List<SearchRunner.Result> scoped = measure(scopedRunner, ofFacility, kinds, requests, warmup, concurrency);
        SearchRunner regionalRunner = new SearchRunner(inmateUrl, kanwil);
        SearchQueries ofRegion = SearchQueries.sample(inmate, requests);
        out.println("Search with a kanwil-officer's token…");
        List<SearchRunner.Result> regional = measure(regionalRunner, ofRegion, kinds, requests, warmup, concurrency);
        List<String> errorSamples = new ArrayList<>(scopedRunner.errors());
        errorSamples.addAll(regionalRunner.errors());

        YearMonth month = YearMonth.now().minusMonths(1);
        List<ReportTiming> report = List.of(
                timeReport("kanwil-officer (the region: " + size.facilities() + " facilities of " + directory().size()
                        + " in the directory, and the region's totals)", kanwil, month),
                timeReport("lapas-head of " + facility + " (its facility)",
                        DevTokens.mint("bench-region-head", "lapas-head", "LAPAS", facility), month));
        return new Result(size, layout.facilities(), seedingInmates, seedingLiaison, scoped, regional,
                scopedRunner.errorCount() + regionalRunner.errorCount(), errorSamples, month, report);
    }

    private List<SearchRunner.Result> measure(SearchRunner runner, SearchQueries queries, List<QueryKind> kinds, int requests,
                                              int warmup, List<Integer> concurrency) throws InterruptedException {
        runner.warmUp(queries, kinds, warmup);
        List<SearchRunner.Result> results = new ArrayList<>();
        for (QueryKind kind : kinds) {
            for (int clients : concurrency) {
                SearchRunner.Result result = runner.run(kind, queries.of(kind), requests, clients);
                results.add(result);
                out.println("  " + result.summary());
            }
        }
        return results;
    }

    /**
     * Untimed requests, then timed ones, one after the other: {@link #REPORT_WARMUP} and {@link #REPORT_RUNS},
     * or as many as the first answer's time lets fit in {@link #REPORT_BUDGET} (one warm-up, at least
     * {@link #REPORT_MIN_RUNS} runs) when the report is slow.
     */
    private ReportTiming timeReport(String caller, String token, YearMonth month) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest request = HttpRequest.newBuilder(liaisonUrl.resolve("/api/v1/liaison/reports/monthly?month=" + month))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .timeout(Duration.ofMinutes(5)).GET().build();
        long[] nanos = new long[REPORT_RUNS];
        int errors = 0;
        long population = -1;
        int bytes = 0;
        int warmup = REPORT_WARMUP;
        int runs = REPORT_RUNS;
        for (int i = -warmup; i < runs; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 200) {
                errors++;
                out.println("  report answered " + response.statusCode() + ": " + response.body());
            } else {
                bytes = response.body().length();
                // The first facility's (or the only one's) population, to show the report read the seeded rows.
                Matcher matcher = POPULATION.matcher(response.body());
                population = matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
            }
            if (i == -warmup) {
                long fit = REPORT_BUDGET.toNanos() / Math.max(1, took);
                if (fit < REPORT_WARMUP + REPORT_RUNS) {
                    warmup = 1;
                    runs = (int) Math.max(REPORT_MIN_RUNS, Math.min(REPORT_RUNS, fit - 1));
                    i = -1;
                    out.printf(Locale.ROOT, "  a report takes %.1f s: one warm-up and %d timed runs%n", took / 1e9, runs);
                }
            }
            if (i >= 0) {
                nanos[i] = took;
            }
        }
        nanos = Arrays.copyOf(nanos, runs);
        Arrays.sort(nanos);
        ReportTiming timing = new ReportTiming(caller, runs, ClosedLoop.percentile(nanos, 50) / 1e6,
                ClosedLoop.percentile(nanos, 95) / 1e6, nanos[nanos.length - 1] / 1e6, errors, population, bytes);
        out.printf(Locale.ROOT, "  report of %s, %s: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n", month, caller, timing.p50(),
                timing.p95(), timing.max());
        return timing;
    }

    /** inmate-service's facility directory, each row as liaison's {@code facility} table takes it. */
    private List<String[]> directory() throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Statement statement = inmate.createStatement();
             ResultSet result = statement.executeQuery(
                     "SELECT code, name, kind, facility_class, time_zone, regency_code, regency_name FROM facility ORDER BY code")) {
            while (result.next()) {
                String[] row = new String[7];
                for (int i = 0; i < 7; i++) {
                    row[i] = result.getString(i + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The result as a Markdown section (level-2 heading). */
    public static String markdown(Result result, int requests, int warmup) {
        StringBuilder md = new StringBuilder("## Region: ").append(result.size().facilities()).append(" facilities × ")
                .append(String.format(Locale.ROOT, "%,d", result.size().perFacility())).append(" stays\n\n");
        md.append(String.format(Locale.ROOT, "%,d synthetic stays (`InmateSeeder` in region mode, COPY) spread over the first %d "
                        + "facilities of inmate-service's directory that hold people (by code): %s. Register numbers start "
                        + "again in each facility. Seeding inmate-service took %s, liaison-service's read models (snapshot "
                        + "history, admissions, releases and readmissions, integrations, escapes with their notifications; "
                        + "`LiaisonSeeder`) %s.%n%n",
                result.size().stays(), result.size().facilities(), String.join(", ", result.facilities()),
                result.seedingInmates(), result.seedingLiaison()));
        md.append(warmup).append(" warm-up requests, then ").append(requests)
                .append(" requests per kind and client count, straight to inmate-service.\n\n");
        md.append("**Scoped search**: token of a `lapas-registrar` of ").append(result.facilities().get(0))
                .append(" (sees its facility only); names, aliases and NIKs sampled from that facility.\n\n")
                .append(BenchReport.table(result.scoped())).append('\n').append(BenchReport.verdict(result.scoped())).append("\n\n");
        md.append("**Regional search**: token of a `kanwil-officer` (the whole region, basic view); queries sampled from "
                        + "the whole region.\n\n")
                .append(BenchReport.table(result.regional())).append('\n').append(BenchReport.verdict(result.regional())).append("\n\n");
        if (result.searchErrors() > 0) {
            md.append("**").append(result.searchErrors()).append(" search requests failed**, first: `")
                    .append(result.searchErrorSamples().get(0).replace("`", "'")).append("`\n\n");
        }
        md.append("**The Kanwil's monthly report** `GET /api/v1/liaison/reports/monthly?month=").append(result.month())
                .append("`, straight to liaison-service, one request at a time: ").append(REPORT_WARMUP)
                .append(" warm-up requests then ").append(REPORT_RUNS).append(" timed, or, when a report takes so long that "
                        + "they would not fit in ").append(REPORT_BUDGET.toMinutes()).append(" minutes, one warm-up and as many "
                        + "timed runs as fit (at least ").append(REPORT_MIN_RUNS).append("):\n\n");
        md.append("| caller | runs | p50 ms | p95 ms | max ms | errors | population (first facility) | answer bytes |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ReportTiming timing : result.report()) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %d | %,d | %,d |%n", timing.caller(), timing.runs(),
                    timing.p50(), timing.p95(), timing.max(), timing.errors(), timing.population(), timing.bytes()));
        }
        return md.append('\n').toString();
    }
}
