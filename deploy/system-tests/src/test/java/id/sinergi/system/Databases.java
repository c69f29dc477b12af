package id.sinergi.system;

import id.sinergi.local.LocalPostgres;
import id.sinergi.local.Stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * Reads the services' databases from outside, as an operator would: what the read models hold,
 * which events were produced and consumed, and whether anything was written at all.
 */
final class Databases {

    static final List<String> ALL = List.of("inmate", "program", "liaison");

    private Databases() {
    }

    static Connection connect(String database) throws SQLException {
        Stack stack = RunningStack.get();
        return DriverManager.getConnection(stack.jdbcUrl(database), LocalPostgres.USER, "");
    }

    /** The single number a query returns; {@code ids} (if any) bind its one {@code ?} as a text array. */
    static long number(String database, String sql, Collection<String> ids) {
        try (Connection connection = connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            if (ids != null) {
                query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            }
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    static long number(String database, String sql) {
        return number(database, sql, null);
    }

    /** The values of the first column, one per row. */
    static List<String> column(String database, String sql, Collection<String> ids) {
        try (Connection connection = connect(database); PreparedStatement query = connection.prepareStatement(sql)) {
            if (ids != null) {
                query.setArray(1, connection.createArrayOf("text", ids.toArray()));
            }
            List<String> values = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(database + ": " + sql, e);
        }
    }

    /** Statements as the superuser on the server's maintenance database (outages, for instance). */
    static void admin(String... statements) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("postgres: " + String.join("; ", statements), e);
        }
    }

    /** How many rows each table of every service database holds, as {@code database.table → rows}. */
    static Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : ALL) {
            for (String table : column(database, """
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name""", null)) {
                counts.put(database + "." + table, number(database, "SELECT count(*) FROM \"" + table + "\""));
            }
        }
        return counts;
    }

    /**
     * Waits until no table changes for a while: events of earlier tests have been consumed and the
     * background jobs have nothing left to do. Returns the row counts of that quiet moment.
     */
    static Map<String, Long> awaitQuiet() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(rowCounts());
        await().atMost(Duration.ofSeconds(90)).pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3))
                .until(() -> {
                    Map<String, Long> now = rowCounts();
                    return now.equals(last.getAndSet(now));
                });
        return last.get();
    }
}
