package id.sinergi.bench.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The statements the services' databases ran while the admissions went through, from
 * {@code pg_stat_statements} (the embedded PostgreSQL preloads it, tracking statements inside
 * functions and triggers too): per database how many per admission, and inmate-service's by
 * statement. Everything in those databases counts, the relay and the consumers as well: that is
 * what an admission costs the database.
 */
final class Statements {

    private static final List<String> DATABASES = List.of("inmate", "program", "liaison");
    private static final int LISTED = 15;

    private final BenchRun run;

    private Statements(BenchRun run) {
        this.run = run;
    }

    /** Installs the view where it is missing and forgets everything counted so far. */
    static Statements reset(BenchRun run) throws SQLException {
        try (Connection postgres = run.database("postgres"); Statement sql = postgres.createStatement()) {
            sql.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            sql.execute("SELECT pg_stat_statements_reset()");
        }
        return new Statements(run);
    }

    String perAdmission(long admissions) throws SQLException {
        StringBuilder md = new StringBuilder(String.format("Statements per admission, over the same %,d admissions "
                + "(`pg_stat_statements`, statements inside triggers and functions included; the relay's and consumers' "
                + "work is in their databases):%n%n| database | statements per admission |%n|---|---:|%n", admissions));
        try (Connection postgres = run.database("postgres")) {
            for (String database : DATABASES) {
                try (PreparedStatement total = postgres.prepareStatement("""
                        SELECT coalesce(sum(calls), 0) FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                        WHERE d.datname = ?""")) {
                    total.setString(1, database);
                    try (ResultSet sum = total.executeQuery()) {
                        sum.next();
                        md.append(String.format("| %s | %.1f |%n", database, sum.getDouble(1) / Math.max(1, admissions)));
                    }
                }
            }
            md.append(String.format("%ninmate-service's most frequent statements (top level `yes` is sent by the service, `no` "
                    + "runs inside a trigger or function):%n%n| per admission | top level | ms per call | statement |%n|---:|---|---:|---|%n"));
            try (PreparedStatement top = postgres.prepareStatement("""
                    SELECT calls, toplevel, mean_exec_time, regexp_replace(query, '\\s+', ' ', 'g')
                    FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid
                    WHERE d.datname = 'inmate' ORDER BY calls DESC LIMIT ?""")) {
                top.setInt(1, LISTED);
                try (ResultSet rows = top.executeQuery()) {
                    while (rows.next()) {
                        String query = rows.getString(4);
                        md.append(String.format("| %.2f | %s | %.3f | `%s` |%n", rows.getDouble(1) / Math.max(1, admissions),
                                rows.getBoolean(2) ? "yes" : "no", rows.getDouble(3),
                                (query.length() > 140 ? query.substring(0, 140) + "…" : query).replace("|", "\\|").replace("`", "'")));
                    }
                }
            }
        }
        return md.append('\n').toString();
    }
}
