package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Admissions per second through the gateway (JWT, rate limit, inmate-service, the admission and its
 * outbox event in one transaction), against pgbench doing the same database work on the same
 * PostgreSQL: one transaction inserting a person row, their stay (admission) row and its outbox
 * row. pgbench is the ceiling of this machine; the ratio says how much the HTTP, JSON, JVM and ORM
 * layers cost on top. The ceiling has a database of its own ({@code ceiling}), created afresh.
 */
final class WritePathSection implements Section {

    static final int[] CONNECTIONS = {16, 64};
    static final int SECONDS = 10;
    static final double TARGET_RATIO = 0.06;
    /** Issue 23: the whole stack's CPU per admission, from 9.9 ms on 2026-11-28. */
    static final double TARGET_CPU_MILLIS = 3.0;

    private static final Pattern TPS = Pattern.compile("tps = ([\\d.]+) \\(without initial connection time\\)");

    /**
     * The ceiling's people and admission (stay) tables, as inmate-service's since people and stays
     * (V4): the identity on the person, unique by NIK; the stay as wide as inmate-service's row,
     * naming its person. Its outbox table, index and NOTIFY trigger come from the platform's own
     * migration (see {@link #prepareCeilingDatabase}).
     */
    private static final String CEILING_SCHEMA = """
            CREATE TABLE people (
                id        uuid PRIMARY KEY,
                nik       text UNIQUE,
                full_name text NOT NULL,
                identity  jsonb NOT NULL);
            CREATE TABLE admission (
                id              uuid PRIMARY KEY,
                person_id       uuid NOT NULL REFERENCES people (id),
                register_number text NOT NULL UNIQUE,
                record          jsonb NOT NULL,
                admitted_at     timestamptz NOT NULL);
            CREATE INDEX admission_person ON admission (person_id);
            CREATE SEQUENCE register_serial;
            """;
    private static final String PLATFORM_MIGRATION = "platform/service/src/main/resources/db/platform/V0_1__platform_outbox_consumers_idempotency.sql";

    /** The person's identity as a person row holds it. */
    private static final String IDENTITY = "{\"fullName\":\"Ahmad Rizani\",\"aliases\":[],\"sex\":\"MALE\",\"nationality\":\"IDN\","
            + "\"birthPlace\":\"Amuntai\",\"birthDate\":\"1990-03-12\"}";

    /** About 500 bytes of JSON, as an admission's record and its event's payload are. */
    private static final String RECORD = "{\"fullName\":\"Ahmad Rizani\",\"sex\":\"MALE\",\"nationality\":\"IDN\","
            + "\"registerClass\":\"B.I\",\"offences\":[{\"article\":\"Pasal 362\",\"law\":\"KUHP\",\"description\":\"Pencurian\"}],"
            + "\"sentence\":{\"start\":\"2026-01-15\",\"years\":2,\"months\":0,\"days\":0,\"expiresOn\":\"2028-01-15\"},"
            + "\"cellBlock\":\"A-1\",\"riskLevel\":\"MEDIUM\",\"status\":\"IN_CUSTODY\",\"facility\":\"LAPAS-AMUNTAI\","
            + "\"admittedOn\":\"2026-11-28\",\"aliases\":[],\"birthPlace\":\"Amuntai\",\"birthDate\":\"1990-03-12\","
            + "\"location\":{\"kind\":\"CELL\",\"cellBlock\":\"A-1\"},\"notes\":\"seeded by the write-path ceiling of the performance report\"}";

    /**
     * A NIK seen before (rare among 9·10^15) is a returning person: the person row is kept and the
     * stay names it, so every transaction admits.
     */
    private static final String CEILING_TRANSACTION = """
            \\set nik random(1000000000000000, 9999999999999999)
            BEGIN;
            WITH person AS (
              INSERT INTO people (id, nik, full_name, identity)
                VALUES (gen_random_uuid(), :nik, 'Ahmad Rizani', '%2$s')
                ON CONFLICT (nik) DO UPDATE SET identity = EXCLUDED.identity
                RETURNING id)
            INSERT INTO admission (id, person_id, register_number, record, admitted_at)
              SELECT gen_random_uuid(), person.id, 'B.I-' || nextval('register_serial') || '/2026', '%1$s', now() FROM person;
            INSERT INTO outbox_event (event_id, event_type, aggregate_id, payload, occurred_at)
              VALUES (gen_random_uuid(), 'inmate.admitted', currval('register_serial')::text, '%1$s', now());
            END;
            """.formatted(RECORD, IDENTITY);

    @Override
    public String name() {
        return "write-path";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        Path work = run.stack().settings().dataDirectory().resolve("write-path");
        Files.createDirectories(work);
        prepareCeilingDatabase(run);
        Path transaction = Files.writeString(work.resolve("admission-and-outbox.sql"), CEILING_TRANSACTION);
        List<String> registrars = run.registrarTokens();
        Path admissions = Wrk.script(work, "admissions.lua", Admissions.wrkScript(registrars));
        String gateway = run.url("gateway") + "/api/v1/inmates";
        String token = run.token("lapas-registrar");

        run.say("warming up: admissions through the gateway for " + run.warmUpSeconds() + " s, pgbench for 5 s");
        Wrk.run(gateway, 16, run.seconds(run.warmUpSeconds()), token, admissions, work);
        pgbench(run, work, transaction, 16, run.seconds(5));

        CpuMeter cpu = new CpuMeter(run.stack());
        Statements statements = Statements.reset(run);
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        long measuredAdmissions = 0;
        List<Measurement> measurements = new ArrayList<>();
        for (int connections : CONNECTIONS) {
            for (int round = 1; round <= run.rounds(); round++) {
                // Alternate which goes first, so neither always meets a freshly vacuumed or busier database.
                boolean ceilingFirst = round % 2 == 1;
                for (int step = 0; step < 2; step++) {
                    if (ceilingFirst == (step == 0)) {
                        Latencies ceiling = pgbench(run, work, transaction, connections, run.seconds(SECONDS));
                        measurements.add(new Measurement("pgbench", connections, ceiling.tps, ceiling.p50, ceiling.p99, 0));
                    } else {
                        Map<String, Double> before = cpu.read();
                        Wrk.Result result = Wrk.run(gateway, connections, run.seconds(SECONDS), token, admissions, work);
                        Map<String, Double> after = cpu.read();
                        after.forEach((part, seconds) -> cpuSeconds.merge(part, seconds - before.get(part), Double::sum));
                        // Refused requests (503 overloaded above the gateway's writes in flight) are not admissions.
                        long admitted = result.requests() - result.failed();
                        measuredAdmissions += admitted;
                        measurements.add(new Measurement("gateway", connections,
                                result.requestsPerSecond() * admitted / Math.max(1, result.requests()),
                                result.p50Millis(), result.p99Millis(), result.failed()));
                    }
                    Measurement last = measurements.get(measurements.size() - 1);
                    run.say(String.format("%-7s %2d connections, round %d: %7.0f/s  p50 %6.2f ms  p99 %6.2f ms%s",
                            last.path, connections, round, last.perSecond, last.p50, last.p99,
                            last.failed > 0 ? "  failed " + last.failed : ""));
                }
            }
        }
        return markdown(run, measurements) + cpuPerAdmission(run, cpuSeconds, measuredAdmissions)
                + statements.perAdmission(measuredAdmissions) + peakRates(run);
    }

    /** Where an admission's CPU goes, over every measured round through the gateway. */
    private static String cpuPerAdmission(BenchRun run, Map<String, Double> cpuSeconds, long admissions) {
        StringBuilder md = new StringBuilder(String.format("CPU per admission by part of the stack, over the %,d admissions "
                + "measured (from `/proc`; Kafka is the embedded broker; the consumers' work is in program-service and "
                + "liaison-service):%n%n| part | CPU ms per admission |%n|---|---:|%n", admissions));
        double total = 0;
        for (Map.Entry<String, Double> part : cpuSeconds.entrySet()) {
            double millis = part.getValue() * 1000 / Math.max(1, admissions);
            total += millis;
            run.figure("cpu.admission." + part.getKey(), millis);
            md.append(String.format("| %s | %.2f |%n", part.getKey(), millis));
        }
        run.figure("cpu.admission.total", total);
        String largest = cpuSeconds.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(part -> String.format(" (most in %s: %.2f ms)", part.getKey(), part.getValue() * 1000 / Math.max(1, admissions)))
                .orElse("");
        run.target("CPU per admission, whole stack", String.format("≤ %.1f ms", TARGET_CPU_MILLIS),
                String.format("%.2f ms%s", total, largest), admissions > 0 && total <= TARGET_CPU_MILLIS);
        return md.append(String.format("| all | %.2f |%n%n", total)).toString();
    }

    /**
     * How fast the stages behind the admissions went while the load ran: the outbox relay
     * (published per second) and each consumer (events applied per second), from the databases'
     * timestamps. The scale-out estimate uses them.
     */
    private static String peakRates(BenchRun run) throws SQLException {
        double relay = peakPerSecond(run, "inmate", "SELECT published_at AS at FROM outbox_event WHERE published_at IS NOT NULL");
        double program = peakPerSecond(run, "program",
                "SELECT processed_at AS at FROM processed_event WHERE consumer = 'program-service.inmate-events'");
        double liaison = peakPerSecond(run, "liaison",
                "SELECT processed_at AS at FROM processed_event WHERE consumer = 'liaison-service.inmate-events'");
        run.figure("relay.peak", relay);
        run.figure("consumer.program.peak", program);
        run.figure("consumer.liaison.peak", liaison);
        return String.format("While the admissions ran, the stages behind them kept pace as far as these peaks (the busiest "
                + "second, from the databases' timestamps; one replica each, the topic has %d partitions): inmate-service's "
                + "outbox relay published up to %.0f events/s; program-service applied up to %.0f/s and liaison-service up "
                + "to %.0f/s (a poll's events in one transaction).%n%n", id.sinergi.local.StackTopics.PARTITIONS, relay, program, liaison);
    }

    private static double peakPerSecond(BenchRun run, String database, String timestamps) throws SQLException {
        try (Connection connection = run.database(database); Statement statement = connection.createStatement();
             java.sql.ResultSet peak = statement.executeQuery("SELECT coalesce(max(n), 0) FROM (SELECT count(*) AS n FROM ("
                     + timestamps + ") t GROUP BY date_trunc('second', at)) per_second")) {
            peak.next();
            return peak.getDouble(1);
        }
    }

    private record Measurement(String path, int connections, double perSecond, double p50, double p99, long failed) {
    }

    private record Latencies(double tps, double p50, double p99) {
    }

    private static String markdown(BenchRun run, List<Measurement> measurements) {
        StringBuilder md = new StringBuilder("## Write path: admissions through the gateway against pgbench\n\n");
        md.append("Each admission is `POST /api/v1/inmates` through the gateway with the token of a registrar of one of "
                + "the region's holding facilities, in turn request by request, as a region's load comes (each facility "
                + "numbers its own register, so admissions take turns on a register counter only within a facility; "
                + "before 2026-12-07 every admission went to one facility, one class and year, whose single counter "
                + "they all queued on) (unique NIK, "
                + "name, offence, sentence): the gateway verifies the JWT and rate-limits, inmate-service validates, "
                + "numbers the register entry, writes the person and their stay, its name words, timeline entry and access log, and its "
                + "`inmate.admitted` event to the outbox in one transaction; the relay publishes it and two consumers "
                + "apply it while the load runs. The ceiling is `pgbench -M prepared` over TCP on the same PostgreSQL "
                + "with one transaction inserting a person row, their admission (stay) row (about 500 bytes of JSON) "
                + "and its outbox row "
                + "(table, index and NOTIFY trigger from the platform's own migration). ")
                .append(run.rounds()).append(" rounds of ").append(run.seconds(SECONDS))
                .append(" s per cell, alternating which goes first, after ").append(run.seconds(run.warmUpSeconds()))
                .append(" s of admissions to warm the JVMs up; medians.\n\n");
        md.append("Admissions/s count the 201s only; at 64 connections the gateway lets 16 writes through at a time and "
                + "refuses the rest at once (503 `overloaded`, counted as refused, their quick answers inside the p50/p99).\n\n");
        md.append("| connections | pgbench TPS | pgbench p50 / p99 ms | admissions/s | answer p50 / p99 ms | admissions / pgbench | refused or failed |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int connections : CONNECTIONS) {
            Measurement ceiling = median(measurements, "pgbench", connections);
            Measurement gateway = median(measurements, "gateway", connections);
            long failed = measurements.stream().filter(m -> m.connections == connections).mapToLong(Measurement::failed).sum();
            md.append(String.format("| %d | %.0f | %.2f / %.2f | %.0f | %.2f / %.2f | %.3f | %d |%n", connections,
                    ceiling.perSecond, ceiling.p50, ceiling.p99, gateway.perSecond, gateway.p50, gateway.p99,
                    gateway.perSecond / ceiling.perSecond, failed));
            run.figure("write.admissions." + connections, gateway.perSecond);
            run.figure("write.pgbench." + connections, ceiling.perSecond);
            double ratio = gateway.perSecond / ceiling.perSecond;
            if (connections == 16) {
                run.target("Admissions through the gateway, 16 connections", String.format("≥ %.2f × pgbench's TPS", TARGET_RATIO),
                        String.format("%.0f/s = %.3f × pgbench's %.0f TPS, p99 %.1f ms", gateway.perSecond, ratio,
                                ceiling.perSecond, gateway.p99), failed == 0 && ratio >= TARGET_RATIO);
            } else {
                run.target("Admissions through the gateway, " + connections + " connections", "report the ratio to pgbench",
                        String.format("%.0f/s = %.3f × pgbench's %.0f TPS; %,d refused (503 above the gateway's writes in flight)",
                                gateway.perSecond, ratio, ceiling.perSecond, failed), true);
            }
        }
        md.append("\nEvery round:\n\n| path | connections | per second | p50 ms | p99 ms | refused or failed |\n|---|---:|---:|---:|---:|---:|\n");
        for (Measurement m : measurements) {
            md.append(String.format("| %s | %d | %.0f | %.2f | %.2f | %d |%n", m.path, m.connections, m.perSecond, m.p50, m.p99, m.failed));
        }
        return md.append('\n').toString();
    }

    private static Measurement median(List<Measurement> measurements, String path, int connections) {
        List<Measurement> cell = measurements.stream().filter(m -> m.path.equals(path) && m.connections == connections).toList();
        return new Measurement(path, connections, Stats.median(cell.stream().map(Measurement::perSecond).toList()),
                Stats.median(cell.stream().map(Measurement::p50).toList()),
                Stats.median(cell.stream().map(Measurement::p99).toList()), 0);
    }

    private static void prepareCeilingDatabase(BenchRun run) throws SQLException, IOException {
        try (Connection postgres = run.database("postgres"); Statement statement = postgres.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS ceiling");
            statement.execute("CREATE DATABASE ceiling");
        }
        try (Connection ceiling = run.database("ceiling"); Statement statement = ceiling.createStatement()) {
            statement.execute(CEILING_SCHEMA);
            statement.execute(Files.readString(run.stack().settings().home().resolve(PLATFORM_MIGRATION)));
        }
    }

    /** One pgbench run with per-transaction logging, so p50 and p99 come from every transaction. */
    private static Latencies pgbench(BenchRun run, Path work, Path transaction, int clients, int seconds)
            throws IOException, InterruptedException {
        Path logs = work.resolve("pgbench-logs");
        Files.createDirectories(logs);
        try (Stream<Path> old = Files.list(logs)) {
            for (Path file : old.toList()) {
                Files.delete(file);
            }
        }
        String jdbc = run.stack().jdbcUrl("ceiling");
        Matcher hostPort = Pattern.compile("//([^:/]+):(\\d+)/").matcher(jdbc);
        if (!hostPort.find()) {
            throw new IllegalStateException("cannot read host and port from " + jdbc);
        }
        String output = Tools.run(List.of(Tools.pgbench(), "-n", "-M", "prepared", "-h", hostPort.group(1),
                "-p", hostPort.group(2), "-U", run.stack().settings().postgresUser(), "-c", String.valueOf(clients),
                "-j", "2", "-T", String.valueOf(seconds), "-f", transaction.toString(), "-l",
                "--log-prefix", logs.resolve("tx").toString(), "ceiling"), work);
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IOException("pgbench printed no tps:\n" + output);
        }
        List<Double> latencies = new ArrayList<>();
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.toList()) {
                for (String line : Files.readAllLines(file)) {
                    // client_id transaction_no time_us script_no epoch epoch_us
                    latencies.add(Long.parseLong(line.split(" ")[2]) / 1000.0);
                }
            }
        }
        double[] values = latencies.stream().mapToDouble(Double::doubleValue).toArray();
        return new Latencies(Double.parseDouble(tps.group(1)), Stats.percentile(values, 50), Stats.percentile(values, 99));
    }
}
