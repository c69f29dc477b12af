package id.sinergi.local;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;

/**
 * A real PostgreSQL 15 server run from the binaries that zonky ships in a Maven artifact. Bound to
 * 127.0.0.1 only. Given a data directory it keeps its data across restarts; without one it is
 * thrown away on close (tests).
 */
public final class LocalPostgres implements AutoCloseable {

    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    public static LocalPostgres start(int port, Path dataDirectory) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                // Commit times of rows, so tests and benchmarks can measure how long an event took
                // from the producer's commit to the consumer's commit, on one clock.
                .setServerConfig("track_commit_timestamp", "on")
                .setServerConfig("shared_buffers", "128MB")
                // What each statement costs and how often it runs, so the benchmark can count the
                // statements of an admission (the view needs CREATE EXTENSION pg_stat_statements).
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .setServerConfig("pg_stat_statements.track", "all");
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new LocalPostgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return jdbcUrl(port(), database);
    }

    /** The address of a database of the server on {@code port} (dev mode's configuration names the same). */
    public static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates each database that does not exist yet. */
    public void ensureDatabases(Collection<String> databases) throws SQLException {
        ensureDatabases(server.getPostgresDatabase().getConnection(), databases);
    }

    static void ensureDatabases(Connection admin, Collection<String> databases) throws SQLException {
        try (admin; Statement statement = admin.createStatement()) {
            for (String database : databases) {
                if (!database.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + database);
                }
                try (ResultSet exists = statement.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (exists.next()) {
                        continue;
                    }
                }
                statement.execute("CREATE DATABASE " + database);
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
