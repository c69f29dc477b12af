package id.sinergi.platform.testing;

import id.sinergi.local.LocalPostgres;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A database of its own beside the service's test database, for a migration test: migrate to the
 * version before the migration under test, write rows as that version held them, migrate on, and
 * read what became of them. The service's own database is never touched.
 */
public final class ScratchDatabase {

    private final String url;

    private ScratchDatabase(String url) {
        this.url = url;
    }

    /**
     * Drops and creates {@code name} on the server of the service's database (its data source and
     * JDBC URL), empty: a rerun starts from nothing.
     */
    public static ScratchDatabase fresh(DataSource service, String serviceUrl, String name) throws SQLException {
        try (Connection admin = service.getConnection(); Statement statement = admin.createStatement()) {
            admin.setAutoCommit(true);
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return new ScratchDatabase(serviceUrl.substring(0, serviceUrl.lastIndexOf('/') + 1) + name);
    }

    /** Applies the service's migrations (the platform's and its own) up to and including {@code version}. */
    public ScratchDatabase migrateTo(String version) {
        flyway().target(version).load().migrate();
        return this;
    }

    /** Applies every migration the service has. */
    public ScratchDatabase migrateToLatest() {
        flyway().load().migrate();
        return this;
    }

    /** A connection of its own, committing each statement. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, LocalPostgres.USER, "");
    }

    /** Each row of the query as its columns' text, each followed by {@code |} (SQL NULL is {@code null}). */
    public static List<String> rows(Statement sql, String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet found = sql.executeQuery(query)) {
            int columns = found.getMetaData().getColumnCount();
            while (found.next()) {
                StringBuilder row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(found.getString(column)).append('|');
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure().dataSource(url, LocalPostgres.USER, "").locations("classpath:db/platform", "classpath:db/migration");
    }
}
