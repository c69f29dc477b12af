package id.sinergi.bench;

import id.sinergi.local.DevTokens;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Search benchmark of inmate-service: seeds the register with synthetic WBP (default a million),
 * then measures {@code GET /api/v1/inmates} per query kind and client count, and prints and writes
 * the latency table. Exits 1 when a request failed, 2 on a bad command line, and 0 otherwise,
 * also when the latency target is missed: a benchmark reports, it does not judge a build.
 */
public final class SearchBenchmark {

    private static final PrintStream OUT = System.out;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args, System.getenv());
        } catch (BenchOptions.UsageException e) {
            if (e.getMessage() == null) { // --help
                OUT.println(BenchOptions.USAGE);
                System.exit(0);
            }
            System.err.println(e.getMessage());
            System.err.println(BenchOptions.USAGE);
            System.exit(2);
            return;
        }
        System.exit(run(options));
    }

    private static int run(BenchOptions options) throws Exception {
        if (options.region() != null) {
            return region(options);
        }
        try (Connection connection = connect(options)) {
            InmateSeeder seeder = new InmateSeeder(connection, OUT);
            if (options.clean()) {
                seeder.clean();
                return 0;
            }
            if (!options.skipSeed()) {
                seeder.seed(options.count());
            }
            if (options.seedOnly()) {
                return 0;
            }
            return measure(options, connection);
        }
    }

    private static int measure(BenchOptions options, Connection connection) throws Exception {
        requireServiceUp(options);
        String token = DevTokens.mint("bench", "lapas-registrar", "LAPAS", "LAPAS-AMUNTAI");
        SearchRunner runner = new SearchRunner(options.baseUrl(), token);
        SearchQueries queries = SearchQueries.sample(connection, options.requests());
        List<QueryKind> kinds = options.kinds();

        OUT.printf("Warming up with %,d requests…%n", options.warmup());
        runner.warmUp(queries, kinds, options.warmup());

        // The slow kinds make a full run last long; if it is stopped (Ctrl-C, kill), the hook
        // still writes what was measured, marked as interrupted.
        BenchReport.Environment environment = environment(options, connection);
        List<SearchRunner.Result> results = new CopyOnWriteArrayList<>();
        int planned = kinds.size() * options.concurrency().size();
        AtomicBoolean finished = new AtomicBoolean();
        Thread partialReport = new Thread(() -> {
            if (!finished.get() && !results.isEmpty()) {
                String note = "Interrupted: " + results.size() + " of " + planned + " measurements done.";
                try {
                    System.err.println(note + " Written to "
                            + writeReport(options.resultsDirectory(), BenchReport.markdown(environment, results,
                            runner.errorCount(), runner.errors(), note)));
                } catch (IOException e) {
                    System.err.println(note + " The report could not be written: " + e);
                }
            }
        }, "partial-report");
        Runtime.getRuntime().addShutdownHook(partialReport);

        OUT.printf("Measuring %,d requests per kind and client count against %s…%n", options.requests(), options.baseUrl());
        for (QueryKind kind : kinds) {
            for (int clients : options.concurrency()) {
                SearchRunner.Result result = runner.run(kind, queries.of(kind), options.requests(), clients);
                results.add(result);
                OUT.println("  " + result.summary());
            }
        }
        finished.set(true);

        String report = BenchReport.markdown(environment, results, runner.errorCount(), runner.errors(), null);
        OUT.println();
        OUT.println(report);
        Path file = writeReport(options.resultsDirectory(), report);
        OUT.println("Written to " + file);
        if (runner.errorCount() > 0) {
            System.err.printf("%d requests failed (see the report).%n", runner.errorCount());
            return 1;
        }
        return 0;
    }

    /** Region mode: seeds inmate- and liaison-service, measures scoped and regional search and the monthly report. */
    private static int region(BenchOptions options) throws Exception {
        try (Connection inmate = connect(options, options.jdbcUrl()); Connection liaison = connect(options, options.liaisonJdbcUrl())) {
            requireServiceUp(options);
            RegionBench.Result result = new RegionBench(inmate, liaison, options.baseUrl(), options.liaisonUrl(), OUT)
                    .run(options.region(), options.requests(), options.warmup(), options.concurrency());
            BenchReport.Environment environment = environment(options, inmate);
            String report = "# Region benchmark\n\n" + String.format(java.util.Locale.ROOT,
                    "Measured %s with %d cores, %s, %s, %s; liaison-service at %s.%n%n", environment.at(),
                    environment.cores(), environment.javaVersion(), environment.os(), environment.postgresVersion(),
                    options.liaisonUrl())
                    + RegionBench.markdown(result, options.requests(), options.warmup());
            OUT.println();
            OUT.println(report);
            Files.createDirectories(options.resultsDirectory());
            Path file = options.resultsDirectory().resolve("region-" + LocalDate.now() + ".md");
            Files.writeString(file, report);
            OUT.println("Written to " + file.toAbsolutePath().normalize());
            boolean failed = result.searchErrors() > 0 || result.report().stream().anyMatch(t -> t.errors() > 0);
            return failed ? 1 : 0;
        }
    }

    private static Connection connect(BenchOptions options) throws SQLException {
        return connect(options, options.jdbcUrl());
    }

    private static Connection connect(BenchOptions options, String jdbcUrl) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", options.dbUser());
        if (!options.dbPassword().isEmpty()) {
            properties.setProperty("password", options.dbPassword());
        }
        properties.setProperty("ApplicationName", "sinergi-bench");
        try {
            return DriverManager.getConnection(jdbcUrl, properties);
        } catch (SQLException e) {
            throw new SQLException("cannot connect to " + jdbcUrl + " (is the stack up? see --jdbc): "
                    + e.getMessage(), e);
        }
    }

    /** Fails early, with a hint, instead of counting a thousand connection errors. */
    private static void requireServiceUp(BenchOptions options) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(options.baseUrl().resolve("/q/health/ready"))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                OUT.println("Warning: " + options.baseUrl() + "/q/health/ready answered " + response.statusCode());
            }
        } catch (ConnectException e) {
            throw new IllegalStateException("nothing listens on " + options.baseUrl()
                    + ": start the stack (./sinergi up) or point --url at inmate-service or the gateway", e);
        }
    }

    private static BenchReport.Environment environment(BenchOptions options, Connection connection) throws SQLException {
        String postgres;
        long rows;
        long people;
        String size;
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("""
                     SELECT current_setting('server_version'), (SELECT count(*) FROM inmate), (SELECT count(*) FROM people),
                            pg_size_pretty(pg_total_relation_size('inmate') + pg_total_relation_size('people'))""")) {
            result.next();
            postgres = "PostgreSQL " + result.getString(1);
            rows = result.getLong(2);
            people = result.getLong(3);
            size = result.getString(4);
        }
        return new BenchReport.Environment(LocalDateTime.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"),
                postgres, rows, people, size, options.baseUrl() + "/api/v1/inmates", options.requests(), options.warmup());
    }

    private static Path writeReport(Path directory, String report) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve("search-" + LocalDate.now() + ".md");
        Files.writeString(file, report);
        return file.toAbsolutePath().normalize();
    }
}
