package id.sinergi.bench.performance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads through the gateway and, for comparison, straight to inmate-service: {@code GET} of one WBP
 * (a full read, which inmate-service also writes to the access log) and a name search over the
 * register as the earlier sections left it (the scale section seeds it to a million WBP).
 */
final class ReadPathSection implements Section {

    static final int[] CONNECTIONS = {16, 64};
    static final int SECONDS = 8;
    private static final int SEARCHED_NAMES = 500;

    @Override
    public String name() {
        return "read-path";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        Path work = run.stack().settings().dataDirectory().resolve("read-path");
        Files.createDirectories(work);
        String token = run.token("lapas-registrar");
        long register;
        String inmateId;
        List<String> names = new ArrayList<>();
        try (Connection inmate = run.database("inmate"); Statement statement = inmate.createStatement()) {
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM inmate")) {
                count.next();
                register = count.getLong(1);
            }
            // One the token's facility holds: another facility's WBP is not the registrar's to see (404).
            try (ResultSet one = statement.executeQuery("SELECT id FROM inmate WHERE status = 'IN_CUSTODY' AND facility = '"
                    + BenchRun.HOME_FACILITY + "' ORDER BY id LIMIT 1")) {
                if (!one.next()) {
                    throw new IllegalStateException("the register is empty: run the write-path or scale section first");
                }
                inmateId = one.getString(1);
            }
            // About four times the names needed, spread over the whole register, the same ones on every run:
            // stays sampled, each with its person's name (people hold the identity since V4).
            double percent = Math.min(100, 100.0 * 4 * SEARCHED_NAMES / Math.max(1, register));
            try (ResultSet sample = statement.executeQuery("SELECT people.full_name FROM inmate stay TABLESAMPLE BERNOULLI ("
                    + percent + ") REPEATABLE (11) JOIN people ON people.id = stay.person_id ORDER BY stay.id LIMIT "
                    + SEARCHED_NAMES)) {
                while (sample.next()) {
                    names.add(sample.getString(1));
                }
            }
        }
        Path search = Wrk.script(work, "name-search.lua", searchScript(names));
        List<Cell> cells = List.of(
                new Cell("GET one WBP", "gateway", run.url("gateway") + "/api/v1/inmates/" + inmateId, null),
                new Cell("GET one WBP", "direct", run.url("inmate-service") + "/api/v1/inmates/" + inmateId, null),
                new Cell("name search", "gateway", run.url("gateway") + "/api/v1/inmates", search),
                new Cell("name search", "direct", run.url("inmate-service") + "/api/v1/inmates", search));

        run.say("warming up every path for 5 s");
        for (Cell cell : cells) {
            Wrk.run(cell.url, 16, run.seconds(5), token, cell.script, work);
        }
        List<Measured> measured = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            for (int round = 1; round <= run.rounds(); round++) {
                for (int i = 0; i < cells.size(); i++) {
                    Cell cell = cells.get((i + round - 1) % cells.size()); // rotate the order from round to round
                    Wrk.Result result = Wrk.run(cell.url, connections, run.seconds(SECONDS), token, cell.script, work);
                    measured.add(new Measured(cell.kind, cell.path, result));
                    run.say(String.format("%-11s %-7s %2d connections, round %d: %7.0f/s  p50 %6.2f ms  p99 %6.2f ms%s",
                            cell.kind, cell.path, connections, round, result.requestsPerSecond(), result.p50Millis(),
                            result.p99Millis(), result.failed() > 0 ? "  failed " + result.failed() : ""));
                }
            }
        }
        StringBuilder md = new StringBuilder("## Read path: one WBP and a name search\n\n");
        md.append(String.format("`GET /api/v1/inmates/{id}` as a registrar (the full record, logged in the access log) and "
                + "`GET /api/v1/inmates?name=` with %d names sampled from the register (%,d WBP at this point), "
                + "through the gateway and straight to inmate-service. wrk, %d rounds of %d s per cell with the order "
                + "rotating; medians.%n%n", names.size(), register, run.rounds(), run.seconds(SECONDS)));
        md.append("| request | connections | gateway req/s | gateway p50 / p99 ms | direct req/s | direct p50 / p99 ms | gateway / direct | failed |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        for (String kind : List.of("GET one WBP", "name search")) {
            for (int connections : CONNECTIONS) {
                Wrk.Result gateway = median(measured, kind, "gateway", connections);
                Wrk.Result direct = median(measured, kind, "direct", connections);
                long failed = measured.stream().filter(m -> m.kind.equals(kind) && m.result.connections() == connections)
                        .mapToLong(m -> m.result.failed()).sum();
                md.append(String.format("| %s | %d | %.0f | %.2f / %.2f | %.0f | %.2f / %.2f | %.2f | %d |%n", kind, connections,
                        gateway.requestsPerSecond(), gateway.p50Millis(), gateway.p99Millis(), direct.requestsPerSecond(),
                        direct.p50Millis(), direct.p99Millis(), gateway.requestsPerSecond() / direct.requestsPerSecond(), failed));
                run.figure((kind.startsWith("GET") ? "read.get." : "read.search.") + connections, gateway.requestsPerSecond());
                run.target(kind + " through the gateway, " + connections + " connections", "report throughput, p50/p99",
                        String.format("%.0f/s, p50 %.1f ms, p99 %.1f ms", gateway.requestsPerSecond(), gateway.p50Millis(),
                                gateway.p99Millis()), failed == 0);
            }
        }
        return md.append('\n').toString();
    }

    private record Cell(String kind, String path, String url, Path script) {
    }

    private record Measured(String kind, String path, Wrk.Result result) {
    }

    private static Wrk.Result median(List<Measured> measured, String kind, String path, int connections) {
        List<Wrk.Result> cell = measured.stream()
                .filter(m -> m.kind.equals(kind) && m.path.equals(path) && m.result.connections() == connections)
                .map(Measured::result).toList();
        return new Wrk.Result(connections, Stats.median(cell.stream().map(Wrk.Result::requestsPerSecond).toList()),
                Stats.median(cell.stream().map(Wrk.Result::p50Millis).toList()),
                Stats.median(cell.stream().map(Wrk.Result::p99Millis).toList()), 0, 0);
    }

    /** Each request searches the next name of the sample (per wrk thread). */
    private static String searchScript(List<String> names) {
        StringBuilder queries = new StringBuilder();
        for (String name : names) {
            queries.append("\"?name=").append(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                    .append("\",");
        }
        return """
                local queries = {%s}
                local counter = 0
                local base = wrk.path
                request = function()
                  counter = counter + 1
                  return wrk.format(nil, base .. queries[counter %% #queries + 1])
                end
                """.formatted(queries);
    }
}
