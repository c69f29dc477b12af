package id.sinergi.bench.performance;

import id.sinergi.local.DevTokens;
import id.sinergi.local.Stack;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link Section} measures against: the started stack (gateway, services, their databases
 * on one PostgreSQL, the Kafka broker), where to write charts, and where to say what it is doing.
 */
public record BenchRun(Stack stack, Path reportDirectory, String reportName, PrintStream progress, List<Target> targets) {

    /** A target of the issue and what this run measured against it, for the report's summary table. */
    public record Target(String what, String goal, String measured, boolean met) {
    }

    public BenchRun(Stack stack, Path reportDirectory, String reportName, PrintStream progress) {
        this(stack, reportDirectory, reportName, progress, new ArrayList<>());
    }

    /** Records a target for the summary at the top of the report. */
    public void target(String what, String goal, String measured, boolean met) {
        targets.add(new Target(what, goal, measured, met));
    }

    /** A development token for one role (signed with the dev key the stack trusts). */
    public String token(String role) {
        String agency = role.startsWith("polres") ? "POLRES" : "LAPAS";
        String unit = role.startsWith("polres") ? "POLRES-HSU" : "LAPAS-AMUNTAI";
        return DevTokens.mint("bench-" + role, role, agency, unit);
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
