package id.sinergi.bench;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Command-line options. Defaults point at a stack started with {@code ./sinergi up}; the stack's
 * own port variables ({@code SINERGI_POSTGRES_PORT}, {@code SINERGI_INMATE_PORT}) move the
 * defaults along, so a stack on other ports needs no flags.
 */
record BenchOptions(
        long count,
        String jdbcUrl,
        String dbUser,
        String dbPassword,
        URI baseUrl,
        int requests,
        int warmup,
        List<Integer> concurrency,
        List<QueryKind> kinds,
        boolean seedOnly,
        boolean skipSeed,
        boolean clean,
        Path resultsDirectory,
        RegionBench.Size region,
        String liaisonJdbcUrl,
        URI liaisonUrl) {

    static final String USAGE = """
            usage: deploy/bench/search [options]

            Seeds the inmate database with synthetic WBP (skipped when it already holds enough rows),
            then measures GET /api/v1/inmates latency per query kind and writes a Markdown report.

              --count N            rows the register should hold (default 1000000)
              --jdbc URL           inmate database (default jdbc:postgresql://127.0.0.1:${SINERGI_POSTGRES_PORT:-55432}/inmate,
                                   env BENCH_JDBC_URL)
              --db-user NAME       database user (default postgres, env BENCH_DB_USER)
              --db-password PASS   database password (default empty, env BENCH_DB_PASSWORD)
              --url URL            service or gateway base URL (default http://127.0.0.1:${SINERGI_INMATE_PORT:-8081},
                                   env BENCH_URL)
              --requests N         measured requests per query kind and concurrency level (default 1000)
              --warmup N           unmeasured requests before measuring (default 200)
              --concurrency LIST   client counts to measure, comma-separated (default 1,4)
              --kinds LIST         query kinds to measure, comma-separated (default all: name, name-typo,
                                   name-word, alias, nik, filters, release-window)
              --seed-only          seed, then stop
              --skip-seed          measure what is there
              --clean              delete the rows this benchmark seeded, then stop
              --out DIR            where the report goes (default deploy/bench/results)
              --region FxS         region mode (issue 22): F facilities of the directory with S stays each
                                   (e.g. 15x20000; --count is then F*S), search with one facility's
                                   lapas-registrar and with a kanwil-officer, seed liaison-service's read
                                   models and time the Kanwil's monthly report; writes region-<date>.md
              --liaison-jdbc URL   liaison database for --region (default .../liaison beside --jdbc's,
                                   env BENCH_LIAISON_JDBC_URL)
              --liaison-url URL    liaison-service for --region (default
                                   http://127.0.0.1:${SINERGI_LIAISON_PORT:-8083}, env BENCH_LIAISON_URL)
              --help               this text""";

    static BenchOptions parse(String[] args, Map<String, String> env) {
        String postgresPort = env.getOrDefault("SINERGI_POSTGRES_PORT", "55432");
        String inmatePort = env.getOrDefault("SINERGI_INMATE_PORT", "8081");
        long count = 1_000_000;
        String jdbcUrl = env.getOrDefault("BENCH_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgresPort + "/inmate");
        String dbUser = env.getOrDefault("BENCH_DB_USER", "postgres");
        String dbPassword = env.getOrDefault("BENCH_DB_PASSWORD", "");
        String baseUrl = env.getOrDefault("BENCH_URL", "http://127.0.0.1:" + inmatePort);
        int requests = 1000;
        int warmup = 200;
        List<Integer> concurrency = List.of(1, 4);
        List<QueryKind> kinds = List.of(QueryKind.values());
        boolean seedOnly = false;
        boolean skipSeed = false;
        boolean clean = false;
        Path results = Path.of("deploy", "bench", "results");
        RegionBench.Size region = null;
        String liaisonJdbcUrl = env.get("BENCH_LIAISON_JDBC_URL");
        String liaisonUrl = env.getOrDefault("BENCH_LIAISON_URL",
                "http://127.0.0.1:" + env.getOrDefault("SINERGI_LIAISON_PORT", "8083"));

        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--count" -> count = positiveLong(arg, value(args, ++i, arg));
                case "--jdbc" -> jdbcUrl = value(args, ++i, arg);
                case "--db-user" -> dbUser = value(args, ++i, arg);
                case "--db-password" -> dbPassword = value(args, ++i, arg);
                case "--url" -> baseUrl = value(args, ++i, arg);
                case "--requests" -> requests = (int) positiveLong(arg, value(args, ++i, arg));
                case "--warmup" -> warmup = (int) nonNegativeLong(arg, value(args, ++i, arg));
                case "--concurrency" -> concurrency = concurrencyList(value(args, ++i, arg));
                case "--kinds" -> kinds = kindList(value(args, ++i, arg));
                case "--seed-only" -> seedOnly = true;
                case "--skip-seed" -> skipSeed = true;
                case "--clean" -> clean = true;
                case "--out" -> results = Path.of(value(args, ++i, arg));
                case "--region" -> region = region(value(args, ++i, arg));
                case "--liaison-jdbc" -> liaisonJdbcUrl = value(args, ++i, arg);
                case "--liaison-url" -> liaisonUrl = value(args, ++i, arg);
                case "--help", "-h" -> throw new UsageException(null);
                default -> throw new UsageException("unknown option " + arg);
            }
        }
        if (seedOnly && skipSeed) {
            throw new UsageException("--seed-only and --skip-seed exclude each other");
        }
        if (region != null && (seedOnly || skipSeed || clean)) {
            throw new UsageException("--region seeds and measures: it takes no --seed-only, --skip-seed or --clean");
        }
        if (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (liaisonJdbcUrl == null) {
            liaisonJdbcUrl = jdbcUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/liaison$1");
        }
        return new BenchOptions(region == null ? count : region.stays(), jdbcUrl, dbUser, dbPassword, URI.create(baseUrl),
                requests, warmup, concurrency, kinds, seedOnly, skipSeed, clean, results, region, liaisonJdbcUrl,
                URI.create(liaisonUrl));
    }

    private static RegionBench.Size region(String text) {
        try {
            return RegionBench.Size.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--region: " + e.getMessage());
        }
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new UsageException(option + " needs a value");
        }
        return args[index];
    }

    private static long positiveLong(String option, String text) {
        long value = nonNegativeLong(option, text);
        if (value == 0) {
            throw new UsageException(option + " must be at least 1");
        }
        return value;
    }

    private static long nonNegativeLong(String option, String text) {
        try {
            long value = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (value < 0) {
                throw new UsageException(option + " must not be negative");
            }
            if (value > Integer.MAX_VALUE) {
                throw new UsageException(option + " is too large");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " needs a number, got '" + text + "'");
        }
    }

    private static List<Integer> concurrencyList(String text) {
        List<Integer> levels = new ArrayList<>();
        for (String part : text.split(",")) {
            levels.add((int) positiveLong("--concurrency", part.strip()));
        }
        return List.copyOf(levels);
    }

    private static List<QueryKind> kindList(String text) {
        List<QueryKind> kinds = new ArrayList<>();
        for (String part : text.split(",")) {
            String label = part.strip();
            kinds.add(Arrays.stream(QueryKind.values()).filter(k -> k.label.equals(label)).findFirst()
                    .orElseThrow(() -> new UsageException("unknown kind '" + label + "' for --kinds")));
        }
        return List.copyOf(kinds);
    }

    /** A bad command line: the message (if any) and the usage text go to stderr, exit code 2. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
