package id.sinergi.bench.performance;

import id.sinergi.bench.BenchReport;
import id.sinergi.bench.ClosedLoop;
import id.sinergi.bench.InmateSeeder;
import id.sinergi.bench.ProgramSeeder;
import id.sinergi.bench.QueryKind;
import id.sinergi.bench.SearchQueries;
import id.sinergi.bench.SearchRunner;

import java.io.IOException;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale: search over a register of 1,000,000 WBP, the attendance-heavy reads of program-service
 * over 10,000,000 attendance rows, and the nightly notice job over the million, which must cost
 * what its window holds and not what the register holds.
 */
public final class ScaleSection implements Section {

    static final long REGISTER = 1_000_000;
    static final long ATTENDANCE = 10_000_000;
    private static final int SEARCH_REQUESTS = 300;
    private static final int SEARCH_WARMUP = 140;
    private static final int ENDPOINT_REQUESTS = 300;
    private static final List<Integer> CLIENTS = List.of(1, 4);
    /** inmate-service's default thresholds: release-due D-30/7/1, detention-expiring D-10/3. */
    private static final int RELEASE_WINDOW_DAYS = 30;
    private static final int DETENTION_WINDOW_DAYS = 10;
    /**
     * Every 30 seconds: a run starts soon after the restart and after the previous one, and a cheap
     * run leaves the admissions between two runs (they take a few seconds) the time to finish.
     */
    private static final String SOON_AND_OFTEN = "0/30 * * * * ?";
    private static final int ADMITTED_INTO_WINDOW = 25;
    private static final Duration LIAISON_PATIENCE = Duration.ofMinutes(5);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        StringBuilder md = new StringBuilder("## Scale\n\n");
        try (Connection inmate = run.database("inmate"); Connection program = run.database("program")) {
            md.append(part(run, "search", () -> search(run, inmate)));
            md.append(part(run, "attendance", () -> attendance(run, inmate, program)));
        }
        md.append(part(run, "release-due job", () -> noticeJob(run)));
        return md.toString();
    }

    private interface Part {
        String run() throws Exception;
    }

    /** One part's Markdown, or the reason it failed: a failing part keeps the figures of the others. */
    private static String part(BenchRun run, String name, Part part) {
        try {
            return part.run();
        } catch (Exception e) {
            e.printStackTrace(run.progress());
            return "### " + name + "\n\n**Failed**: " + e.toString().replace("\n", " ") + "\n\n";
        }
    }

    // --- search over 1,000,000 WBP ------------------------------------------------------------

    private String search(BenchRun run, Connection inmate) throws Exception {
        long started = System.nanoTime();
        new InmateSeeder(inmate, run.progress()).seed(REGISTER);
        Duration seeding = Duration.ofNanos(System.nanoTime() - started);
        SearchQueries queries = SearchQueries.sample(inmate, SEARCH_REQUESTS);
        List<QueryKind> kinds = List.of(QueryKind.values());
        String token = run.token("lapas-registrar");
        StringBuilder md = new StringBuilder("### Search at ")
                .append(String.format(Locale.ROOT, "%,d", count(inmate, "SELECT count(*) FROM inmate"))).append(" WBP\n\n");
        md.append("Seeding the register (`InmateSeeder`, COPY, the same rows as `deploy/bench/search`) took ")
                .append(InmateSeeder.format(seeding)).append(" including VACUUM ANALYZE (nothing to do when a previous run left it full). ")
                .append(SEARCH_WARMUP).append(" warm-up requests, then ").append(SEARCH_REQUESTS)
                .append(" requests per kind and client count (the standalone benchmark sends 1,000), bearer token of a `lapas-registrar`.\n\n");
        for (String target : List.of("inmate-service", "gateway")) {
            SearchRunner runner = new SearchRunner(URI.create(run.url(target)), token);
            run.say("search through " + target + ": warming up");
            runner.warmUp(queries, kinds, SEARCH_WARMUP);
            List<SearchRunner.Result> results = new ArrayList<>();
            for (QueryKind kind : kinds) {
                for (int clients : CLIENTS) {
                    SearchRunner.Result result = runner.run(kind, queries.of(kind), SEARCH_REQUESTS, clients);
                    run.say(target + " " + result.summary());
                    results.add(result);
                }
            }
            SearchRunner.Result worst = results.stream().max(java.util.Comparator.comparingDouble(SearchRunner.Result::p95)).orElseThrow();
            run.target("Search at 1,000,000 WBP, " + (target.equals("gateway") ? "through the gateway" : "straight to inmate-service"),
                    "p95 < " + (int) BenchReport.P95_TARGET_MILLIS + " ms for every kind, 1 and 4 clients",
                    String.format(Locale.ROOT, "worst p95 %.1f ms (%s, %d client%s)", worst.p95(), worst.kind().label, worst.clients(),
                            worst.clients() == 1 ? "" : "s"),
                    results.stream().allMatch(r -> r.meetsTarget(BenchReport.P95_TARGET_MILLIS)) && runner.errorCount() == 0);
            md.append("**").append(target.equals("gateway") ? "Through the gateway" : "Straight to inmate-service")
                    .append("** (").append(target).append("):\n\n").append(BenchReport.table(results)).append('\n')
                    .append(BenchReport.verdict(results));
            if (runner.errorCount() > 0) {
                md.append(" **").append(runner.errorCount()).append(" requests failed**, first: `")
                        .append(runner.errors().get(0).replace("`", "'")).append('`');
            }
            md.append("\n\n");
        }
        return md.toString();
    }

    // --- 10,000,000 attendance rows -----------------------------------------------------------

    private String attendance(BenchRun run, Connection inmate, Connection program) throws Exception {
        long started = System.nanoTime();
        new ProgramSeeder(program, run.progress()).seed(inmate, ATTENDANCE);
        Duration seeding = Duration.ofNanos(System.nanoTime() - started);

        StringBuilder md = new StringBuilder("### program-service at ")
                .append(String.format(Locale.ROOT, "%,d", count(program, "SELECT count(*) FROM attendance")))
                .append(" attendance rows\n\n");
        md.append(String.format(Locale.ROOT, "Seeded by `ProgramSeeder` (COPY, deterministic, ids `be4c000X-…`, codes `BENCH-…`): "
                        + "%,d programmes over ten years, %,d sessions, %,d enrolments of %,d WBP, in %s including VACUUM ANALYZE "
                        + "(%s of tables and indexes). ",
                count(program, "SELECT count(*) FROM programme"), count(program, "SELECT count(*) FROM programme_session"),
                count(program, "SELECT count(*) FROM enrolment"), count(program, "SELECT count(DISTINCT inmate_id) FROM enrolment"),
                InmateSeeder.format(seeding), text(program, "SELECT pg_size_pretty(sum(pg_total_relation_size(c))) FROM "
                        + "unnest(ARRAY['programme','programme_session','enrolment','attendance','known_inmate']::regclass[]) c")));
        md.append(ENDPOINT_REQUESTS).append(" requests per endpoint and client count, straight to program-service, bearer token of a "
                + "`lapas-program-officer`, over ids sampled from the seeded data.\n\n");

        List<Endpoint> endpoints = List.of(
                new Endpoint("an enrolment's attendance", "GET /api/v1/enrolments/{id}/attendance",
                        ids(program, "SELECT '/api/v1/enrolments/' || id || '/attendance' FROM enrolment WHERE sessions_recorded > 0")),
                new Endpoint("a session's roll (page of 50)", "GET /api/v1/programs/{id}/sessions/{sid}/attendance?size=50",
                        ids(program, "SELECT '/api/v1/programs/' || programme_id || '/sessions/' || id || '/attendance?size=50' "
                                + "FROM programme_session WHERE session_date <= current_date")),
                new Endpoint("a WBP's participation history", "GET /api/v1/enrolments/participation/{inmateId}",
                        ids(program, "SELECT DISTINCT '/api/v1/enrolments/participation/' || inmate_id FROM enrolment")),
                new Endpoint("programme statistics", "GET /api/v1/programs/{id}/statistics",
                        ids(program, "SELECT '/api/v1/programs/' || id || '/statistics' FROM programme")),
                new Endpoint("a programme's enrolments (page of 20)", "GET /api/v1/enrolments?programId={id}",
                        ids(program, "SELECT '/api/v1/enrolments?programId=' || id FROM programme")),
                new Endpoint("one enrolment with its attendance rate", "GET /api/v1/enrolments/{id}",
                        ids(program, "SELECT '/api/v1/enrolments/' || id FROM enrolment")));
        String base = run.url("program-service");
        String token = run.token("lapas-program-officer");
        for (Endpoint endpoint : endpoints) {
            measure(base, token, endpoint.paths(), 50, 1); // warm-up: JIT and caches for this endpoint
        }
        md.append("| endpoint | request | clients | p50 ms | p95 ms | p99 ms | max ms | req/s | median answer | errors |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Endpoint endpoint : endpoints) {
            for (int clients : CLIENTS) {
                Latencies latencies = measure(base, token, endpoint.paths(), ENDPOINT_REQUESTS, clients);
                run.say(String.format(Locale.ROOT, "%-40s %d client%s  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms", endpoint.name(),
                        clients, clients == 1 ? " " : "s", latencies.p50(), latencies.p95(), latencies.p99()));
                md.append(String.format(Locale.ROOT, "| %s | `%s` | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %,d | %d |%n",
                        endpoint.name(), endpoint.request(), clients, latencies.p50(), latencies.p95(), latencies.p99(),
                        latencies.max(), latencies.perSecond(), latencies.medianBytes(), latencies.errors()));
            }
        }
        md.append("\n*median answer*: the median size of the answer's body in characters (an enrolment's attendance is a "
                + "record per session held, about 50). The statistics and the enrolment's rate come from counters kept on the enrolment, so they do not grow with attendance.\n\n");
        return md.toString();
    }

    private record Endpoint(String name, String request, List<String> paths) {
    }

    private record Latencies(double p50, double p95, double p99, double max, double perSecond, long medianBytes, int errors) {
    }

    private Latencies measure(String base, String token, List<String> paths, int requests, int clients) throws InterruptedException {
        AtomicInteger errors = new AtomicInteger();
        ClosedLoop.Run run = ClosedLoop.run(requests, clients, i -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(60)).GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                    return -1;
                }
                return response.body().length();
            } catch (IOException e) {
                errors.incrementAndGet();
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
        long[] sorted = run.latencyNanos().clone();
        Arrays.sort(sorted);
        long[] sizes = Arrays.stream(run.figures()).filter(n -> n >= 0).sorted().toArray();
        return new Latencies(ClosedLoop.percentile(sorted, 50) / 1e6, ClosedLoop.percentile(sorted, 95) / 1e6,
                ClosedLoop.percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, requests / (run.wallNanos() / 1e9),
                sizes.length == 0 ? 0 : sizes[sizes.length / 2], errors.get());
    }

    /** Up to 400 values of a one-column query, in an order fixed by a hash, so every run asks for the same rows. */
    private static List<String> ids(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT v FROM (" + sql + ") s(v) ORDER BY md5(v) LIMIT 400")) {
            while (result.next()) {
                values.add(result.getString(1));
            }
        }
        if (values.isEmpty()) {
            throw new IllegalStateException("nothing to ask for: " + sql);
        }
        return values;
    }

    // --- the notice job over 1,000,000 WBP ----------------------------------------------------

    private String noticeJob(BenchRun run) throws Exception {
        StringBuilder md = new StringBuilder("### Release-due job over the register\n\n");
        String inmateService = run.url("inmate-service");
        long releaseWindow;
        long detentionWindow;
        long liaisonBefore;
        try (Connection inmate = run.database("inmate"); Connection liaison = run.database("liaison")) {
            releaseWindow = count(inmate, "SELECT count(*) FROM inmate WHERE status = 'IN_CUSTODY' AND expires_on "
                    + "BETWEEN current_date AND current_date + " + RELEASE_WINDOW_DAYS);
            detentionWindow = count(inmate, "SELECT count(*) FROM inmate WHERE status = 'IN_CUSTODY' AND detention_ends_on "
                    + "BETWEEN current_date AND current_date + " + DETENTION_WINDOW_DAYS);
            liaisonBefore = liaisonConsumed(liaison);
            md.append(String.format(Locale.ROOT, "The register holds %,d WBP; %,d in custody have their expiry within %d days "
                            + "(release-due window) and %,d their detention end within %d days (detention-expiring window).%n%n",
                    count(inmate, "SELECT count(*) FROM inmate"), releaseWindow, RELEASE_WINDOW_DAYS, detentionWindow,
                    DETENTION_WINDOW_DAYS));
        }

        run.say("restarting inmate-service with the notice job every 30 s");
        run.stack().restart("inmate-service", Map.of("SINERGI_INMATE_NOTICES_CRON", SOON_AND_OFTEN));
        JobWatcher job = new JobWatcher(inmateService);
        try {
            List<JobRun> runs = new ArrayList<>();
            // The first run notifies the whole seeded window (~93,000): 4 min on 2026-11-28, more than
            // 10 on the slower machine of 2026-12-07.
            runs.add(job.awaitNextRun(Duration.ofMinutes(30)));
            run.say("run 1: " + runs.get(0));
            long firstEnded = System.nanoTime();
            long firstSent = runs.get(0).sent();
            CompletableFuture<Duration> liaisonCaughtUp = CompletableFuture.supplyAsync(
                    () -> awaitLiaison(run, liaisonBefore + firstSent, firstEnded));
            runs.add(job.awaitNextRun(Duration.ofMinutes(10)));
            run.say("run 2: " + runs.get(1));

            // Right after a cheap run the next is about 30 s away; should the admissions take longer,
            // the runs until all of them are notified are listed.
            admitIntoWindow(run);
            run.say("admitted " + ADMITTED_INTO_WINDOW + " WBP whose sentence expires within the window");
            long sentAfterAdmission = 0;
            while (sentAfterAdmission < ADMITTED_INTO_WINDOW) {
                JobRun next = job.awaitNextRun(Duration.ofMinutes(5));
                runs.add(next);
                run.say("run " + runs.size() + ": " + next);
                sentAfterAdmission += next.sent();
            }

            md.append("inmate-service restarted with `SINERGI_INMATE_NOTICES_CRON=\"").append(SOON_AND_OFTEN)
                    .append("\"`; each run as its metrics tell it (`sinergi_inmate_notices_run_seconds`, `sinergi_inmate_notices_sent_total`):\n\n");
            md.append("| run | before it | took | release-due sent | detention-expiring sent |\n|---:|---|---:|---:|---:|\n");
            for (int i = 0; i < runs.size(); i++) {
                String before = i == 0 ? "first run over the seeded register" : i == 1 ? "nothing (same day)"
                        : i == 2 ? ADMITTED_INTO_WINDOW + " WBP admitted through the gateway, expiry in 15 days"
                        : "the rest of those admissions (run 3 started while they were under way)";
                JobRun r = runs.get(i);
                md.append(String.format(Locale.ROOT, "| %d | %s | %s | %,d | %,d |%n", i + 1, before, InmateSeeder.format(r.took()),
                        r.releaseDue(), r.detentionExpiring()));
            }
            md.append('\n');

            long laterRuns = runs.stream().skip(2).mapToLong(JobRun::sent).sum();
            run.target("Release-due job over 1,000,000 WBP", "time it; it stays incremental",
                    String.format(Locale.ROOT, "first run %s (%,d notices); again the same day %s (%,d sent); after %d admissions "
                                    + "into the window %,d sent", InmateSeeder.format(runs.get(0).took()), runs.get(0).sent(),
                            InmateSeeder.format(runs.get(1).took()), runs.get(1).sent(), ADMITTED_INTO_WINDOW, laterRuns),
                    runs.get(1).sent() == 0 && laterRuns == ADMITTED_INTO_WINDOW);
            long expected = runs.stream().mapToLong(JobRun::sent).sum();
            Duration caughtUp = liaisonCaughtUp.get(LIAISON_PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            Duration all = awaitLiaison(run, liaisonBefore + expected, firstEnded);
            try (Connection liaison = run.database("liaison")) {
                md.append(String.format(Locale.ROOT, "liaison-service had applied the %,d events of the first run %s after it ended, "
                                + "and all %,d %s after it; it holds %,d release-due notifications (only WBP who meet the notification "
                                + "rule, HIGH risk, get one) and %,d detention-expiry notices.%n%n",
                        firstSent, caughtUp == null ? "not within " + InmateSeeder.format(LIAISON_PATIENCE) : InmateSeeder.format(caughtUp),
                        expected, all == null ? "not within the wait" : InmateSeeder.format(all),
                        count(liaison, "SELECT count(*) FROM notification WHERE kind = 'RELEASE_DUE'"),
                        count(liaison, "SELECT count(*) FROM notification WHERE kind = 'DETENTION_EXPIRING'")));
            }
        } finally {
            run.say("restarting inmate-service with the stack's settings (notice job off)");
            run.stack().restart("inmate-service");
        }
        return md.toString();
    }

    /** One run of the job as its metrics tell it. */
    private record JobRun(Duration took, long releaseDue, long detentionExpiring) {
        long sent() {
            return releaseDue + detentionExpiring;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s, %,d release-due and %,d detention-expiring notices", InmateSeeder.format(took),
                    releaseDue, detentionExpiring);
        }
    }

    private record JobMetrics(long runs, double seconds, Map<String, Long> sent) {
        long sent(String kind) {
            return sent.getOrDefault(kind, 0L);
        }
    }

    private static final Pattern RUN_COUNT = Pattern.compile("(?m)^sinergi_inmate_notices_run_seconds_count\\{[^}]*} ([0-9.eE+]+)");
    private static final Pattern RUN_SUM = Pattern.compile("(?m)^sinergi_inmate_notices_run_seconds_sum\\{[^}]*} ([0-9.eE+]+)");
    private static final Pattern SENT = Pattern.compile("(?m)^sinergi_inmate_notices_sent_total\\{[^}]*kind=\"([a-z-]+)\"[^}]*} ([0-9.eE+]+)");

    /** Reads the job's runs off inmate-service's metrics, one at a time, from the restart on (when they start at zero). */
    private final class JobWatcher {
        private final String inmateService;
        private JobMetrics seen = new JobMetrics(0, 0, Map.of());

        JobWatcher(String inmateService) {
            this.inmateService = inmateService;
        }

        JobRun awaitNextRun(Duration patience) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + patience.toNanos();
            while (System.nanoTime() < deadline) {
                JobMetrics now = metrics();
                if (now.runs() > seen.runs()) {
                    if (now.runs() > seen.runs() + 1) {
                        throw new IllegalStateException("two runs of the notice job between two looks at its metrics");
                    }
                    JobRun next = new JobRun(Duration.ofNanos(Math.round((now.seconds() - seen.seconds()) * 1e9)),
                            now.sent("release-due") - seen.sent("release-due"),
                            now.sent("detention-expiring") - seen.sent("detention-expiring"));
                    seen = now;
                    return next;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException("the notice job did not finish a run within " + InmateSeeder.format(patience));
        }

        private JobMetrics metrics() throws IOException, InterruptedException {
            String body = http.send(HttpRequest.newBuilder(URI.create(inmateService + "/q/metrics"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher count = RUN_COUNT.matcher(body);
            Matcher sum = RUN_SUM.matcher(body);
            Map<String, Long> sent = new LinkedHashMap<>();
            Matcher kinds = SENT.matcher(body);
            while (kinds.find()) {
                sent.put(kinds.group(1), (long) Double.parseDouble(kinds.group(2)));
            }
            return new JobMetrics(count.find() ? (long) Double.parseDouble(count.group(1)) : 0,
                    sum.find() ? Double.parseDouble(sum.group(1)) : 0, sent);
        }
    }

    /** How long after {@code since} liaison-service had applied {@code consumed} notice events; null when not within the patience. */
    private static Duration awaitLiaison(BenchRun run, long consumed, long since) {
        long deadline = since + LIAISON_PATIENCE.toNanos();
        try (Connection liaison = run.database("liaison")) {
            while (liaisonConsumed(liaison) < consumed) {
                if (System.nanoTime() > deadline) {
                    return null;
                }
                Thread.sleep(250);
            }
            return Duration.ofNanos(System.nanoTime() - since);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read liaison's processed events", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Convicts admitted through the API whose one-year sentence expires in 15 days: each is due a D-30
     * notice. The theft began before 2 January 2026, so "KUHP" stays the old KUHP's Pasal 363 (theft
     * with aggravation) whatever day the report runs.
     */
    private void admitIntoWindow(BenchRun run) throws IOException, InterruptedException {
        String token = run.token("lapas-registrar");
        LocalDate start = LocalDate.now().plusDays(15).minusYears(1);
        // Born on day i+1 of June 1990, serial from the minute of the run: distinct within a run and between runs.
        long serial = 9000 + System.currentTimeMillis() / 60_000 % 1000;
        for (int i = 0; i < ADMITTED_INTO_WINDOW; i++) {
            String body = """
                    {"fullName":"Scale Window %d","nik":"630801%02d0690%04d","sex":"MALE","nationality":"IDN","registerClass":"B.I",
                     "offences":[{"article":"Pasal 363","law":"KUHP","caseBegunOn":"2025-11-20"}],
                     "sentence":{"start":"%s","years":1,"months":0,"days":0},"cellBlock":"A-1","riskLevel":"HIGH"}"""
                    .formatted(i + 1, i + 1, serial, start);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(run.url("gateway") + "/api/v1/inmates"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "scale-" + serial + "-" + i).timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("admission answered " + response.statusCode() + ": " + response.body());
            }
        }
    }

    /** Notice events liaison-service has applied (its processed-event log). */
    private static long liaisonConsumed(Connection liaison) throws SQLException {
        return count(liaison, "SELECT count(*) FROM processed_event WHERE event_type IN ('inmate.release-due', 'inmate.detention-expiring')");
    }

    private static long count(Connection connection, String sql) throws SQLException {
        return Long.parseLong(text(connection, sql));
    }

    private static String text(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
