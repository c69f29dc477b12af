package id.sinergi.bench.performance;

import id.sinergi.local.DevTokens;
import id.sinergi.local.Stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a {@link Section} measures against: the started stack (gateway, services, their databases
 * on one PostgreSQL, the Kafka broker), where to write charts, and where to say what it is doing.
 */
public record BenchRun(Stack stack, Path reportDirectory, String reportName, PrintStream progress, boolean quick,
                       int warmUpSeconds, List<Target> targets, Map<String, Double> figures) {

    /** A target of the issue and what this run measured against it, for the report's summary table. */
    public record Target(String what, String goal, String measured, boolean met) {
    }

    /**
     * @param quick         a smoke run: one short round per cell, figures not worth reporting
     * @param warmUpSeconds how long the write path's load runs before it is measured: 15 s is enough
     *                      for C1; C2 (and what an AOT cache's profiles save it) is judged after minutes
     */
    public BenchRun(Stack stack, Path reportDirectory, String reportName, PrintStream progress, boolean quick,
                    int warmUpSeconds) {
        this(stack, reportDirectory, reportName, progress, quick, warmUpSeconds, new ArrayList<>(), new LinkedHashMap<>());
    }

    /** Rounds per measured cell: 3 (medians), or 1 in a quick run. */
    public int rounds() {
        return quick ? 1 : 3;
    }

    /** Seconds per measured round, shortened in a quick run. */
    public int seconds(int full) {
        return quick ? Math.max(2, full / 4) : full;
    }

    /** Records a target for the summary at the top of the report. */
    public void target(String what, String goal, String measured, boolean met) {
        targets.add(new Target(what, goal, measured, met));
    }

    /** Keeps a measured figure for later sections (the scale-out estimate reads them). */
    public void figure(String key, double value) {
        figures.put(key, value);
    }

    /** A figure an earlier section measured, if it ran. */
    public java.util.OptionalDouble figure(String key) {
        Double value = figures.get(key);
        return value == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(value);
    }

    /** The facility of the Lapas roles' tokens ({@link #token}). */
    public static final String HOME_FACILITY = "LAPAS-AMUNTAI";

    /** A development token for one role (signed with the dev key the stack trusts). */
    public String token(String role) {
        String agency = role.startsWith("polres") ? "POLRES" : "LAPAS";
        String unit = role.startsWith("polres") ? "POLRES-HSU" : HOME_FACILITY;
        return DevTokens.mint("bench-" + role, role, agency, unit);
    }

    /**
     * A token of the {@code lapas-registrar} of every facility of the directory that holds people
     * (every kind but Bapas), by code. Admissions spread over them are what a region's load looks
     * like: each facility numbers its own register (per facility, class and year), so admissions take
     * turns on a counter only within one facility, as they would in life.
     */
    public List<String> registrarTokens() throws SQLException {
        List<String> tokens = new ArrayList<>();
        try (Connection inmate = database("inmate"); java.sql.Statement sql = inmate.createStatement();
             java.sql.ResultSet codes = sql.executeQuery("SELECT code FROM facility WHERE kind <> 'BAPAS' ORDER BY code")) {
            while (codes.next()) {
                tokens.add(DevTokens.mint("bench-registrar-" + codes.getString(1), "lapas-registrar", "LAPAS", codes.getString(1)));
            }
        }
        return tokens;
    }

    /** A new JDBC connection to one service's database ({@code inmate}, {@code program}, {@code liaison}). */
    public Connection database(String database) throws SQLException {
        return DriverManager.getConnection(stack.jdbcUrl(database), stack.settings().postgresUser(),
                stack.settings().postgresPassword());
    }

    /** The base URL of a service ({@code inmate-service}, …) or of the gateway ({@code gateway}). */
    public String url(String service) {
        return stack.service(service).url();
    }

    /** A file next to the report for a chart or raw data, named after the report: {@code <report>-<suffix>}. */
    public Path artefact(String suffix) {
        return reportDirectory.resolve(reportName + "-" + suffix);
    }

    public void say(String line) {
        progress.println("  " + line);
        progress.flush();
    }
}
