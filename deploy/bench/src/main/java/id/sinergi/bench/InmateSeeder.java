package id.sinergi.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Fills the register with synthetic people and their stays straight over JDBC: COPY into
 * {@code people} and {@code inmate} in chunks of {@value #CHUNK_ROWS} stays, each chunk one
 * transaction, so progress is real and an interrupted run keeps what it stored (the next run
 * continues after the last seeded stay).
 */
public final class InmateSeeder {

    /** Large enough that per-statement overhead vanishes, small enough for a progress line every second or two. */
    static final int CHUNK_ROWS = 50_000;

    private static final String SEEDED = "id BETWEEN ?::uuid AND ?::uuid AND register_number LIKE '%/"
            + SyntheticInmates.REGISTER_YEAR + "'";

    private final Connection connection;
    private final PrintStream out;
    private final SyntheticInmates.Layout layout;

    public InmateSeeder(Connection connection, PrintStream out) {
        this(connection, out, SyntheticInmates.Layout.ONE_FACILITY);
    }

    InmateSeeder(Connection connection, PrintStream out, SyntheticInmates.Layout layout) {
        this.connection = connection;
        this.out = out;
        this.layout = layout;
    }

    /**
     * A region of {@code facilities} facilities with {@code perFacility} stays each: the first facilities of
     * inmate-service's directory that hold people (a Bapas supervises clients outside and holds none), by code.
     */
    static SyntheticInmates.Layout region(Connection connection, int facilities, long perFacility) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT code FROM facility WHERE kind <> 'BAPAS' ORDER BY code LIMIT ?")) {
            statement.setInt(1, facilities);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    codes.add(result.getString(1));
                }
            }
        }
        if (codes.size() < facilities) {
            throw new IllegalArgumentException("the facility directory has " + codes.size()
                    + " facilities that hold people, not " + facilities);
        }
        return new SyntheticInmates.Layout(codes, perFacility);
    }

    /** Seeds until the register holds {@code target} stays (seeded or not); says so and returns if it already does. */
    public void seed(long target) throws SQLException, IOException {
        long existing = count("SELECT count(*) FROM inmate");
        if (existing >= target) {
            out.printf("Seeding skipped: the inmate table already holds %,d stays (>= %,d).%n", existing, target);
            return;
        }
        long lastSeeded = lastSeededRow();
        long missing = target - existing;
        if (lastSeeded + missing > SyntheticInmates.MAX_ROWS) {
            throw new IllegalArgumentException("the benchmark seeds at most " + SyntheticInmates.MAX_ROWS
                    + " rows (its NIKs are unique by construction up to there)");
        }
        out.printf("Seeding %,d stays and their people (the register holds %,d stays%s) in chunks of %,d…%n", missing, existing,
                lastSeeded > 0 ? ", continuing after seeded stay " + lastSeeded : "", CHUNK_ROWS);

        tuneSessionForBulkLoad();
        SyntheticInmates rows = new SyntheticInmates(LocalDate.now(), OffsetDateTime.now(), layout);
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        String copyPeople = "COPY people (" + SyntheticInmates.PERSON_COLUMNS + ") FROM STDIN";
        String copyStays = "COPY inmate (" + SyntheticInmates.STAY_COLUMNS + ") FROM STDIN";
        StringBuilder people = new StringBuilder(CHUNK_ROWS * 150);
        StringBuilder stays = new StringBuilder(CHUNK_ROWS * 300);
        long started = System.nanoTime();
        long done = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            while (done < missing) {
                int size = (int) Math.min(CHUNK_ROWS, missing - done);
                people.setLength(0);
                stays.setLength(0);
                for (long n = lastSeeded + done + 1, end = n + size; n < end; n++) {
                    rows.appendRows(n, people, stays);
                }
                // People first: the chunk's second stays name them (or people of an earlier chunk).
                copy.copyIn(copyPeople, new ByteArrayInputStream(people.toString().getBytes(StandardCharsets.UTF_8)));
                copy.copyIn(copyStays, new ByteArrayInputStream(stays.toString().getBytes(StandardCharsets.UTF_8)));
                connection.commit();
                done += size;
                progress(done, missing, System.nanoTime() - started);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        out.printf("Seeded %,d stays (%,d people in all) in %s.%n", missing, count("SELECT count(*) FROM people"),
                format(Duration.ofNanos(System.nanoTime() - started)));
        vacuumAnalyze();
    }

    /**
     * Deletes every stay this benchmark seeded (and anything the API attached to them since), then
     * the seeded people left without a stay: a seeded person readmitted through the API keeps the
     * new stay and so stays too.
     */
    void clean() throws SQLException {
        String seededIds = "SELECT id FROM inmate WHERE " + SEEDED;
        long started = System.nanoTime();
        long deleted;
        long deletedPeople;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            for (String child : new String[]{"offence", "risk_assessment", "remission", "timeline_entry",
                    "access_log", "notice_sent", "full_record_grant"}) {
                update("DELETE FROM " + child + " WHERE inmate_id IN (" + seededIds + ")");
            }
            deleted = update("DELETE FROM inmate WHERE " + SEEDED);
            try (PreparedStatement statement = connection.prepareStatement("""
                    DELETE FROM people WHERE id BETWEEN ?::uuid AND ?::uuid
                      AND NOT EXISTS (SELECT 1 FROM inmate WHERE inmate.person_id = people.id)""")) {
                statement.setString(1, SyntheticInmates.FIRST_PERSON_ID.toString());
                statement.setString(2, SyntheticInmates.LAST_PERSON_ID.toString());
                deletedPeople = statement.executeLargeUpdate();
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        out.printf("Deleted %,d seeded stays and %,d seeded people in %s.%n", deleted, deletedPeople,
                format(Duration.ofNanos(System.nanoTime() - started)));
        vacuumAnalyze();
    }

    /**
     * VACUUM, not only ANALYZE: besides fresh statistics for the planner, it sets the visibility map
     * and merges the GIN pending list into the name-word index, so that the first measured searches
     * see the table as it will be in steady state rather than right after a bulk load.
     */
    private void vacuumAnalyze() throws SQLException {
        long started = System.nanoTime();
        out.print("VACUUM (ANALYZE) people, inmate, name_word, inmate_name_word… ");
        out.flush();
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM (ANALYZE) people, inmate, name_word, inmate_name_word");
        }
        out.printf("done in %s.%n", format(Duration.ofNanos(System.nanoTime() - started)));
    }

    /**
     * Settings for this session only: no wait for the WAL flush per chunk (a crash loses at most the
     * last chunks, which a rerun adds again), and room for GIN to batch name-word index updates: rows
     * go to the index's pending list and are merged in large sorted batches instead of one by one.
     */
    private void tuneSessionForBulkLoad() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            statement.execute("SET work_mem = '128MB'");
            statement.execute("SET maintenance_work_mem = '256MB'");
            statement.execute("SET gin_pending_list_limit = '64MB'");
        }
    }

    /** Stays that no benchmark seeded (admitted through the API, or by the stack's demo data). */
    long countNotSeeded() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM inmate WHERE NOT (" + SEEDED + ")")) {
            bindSeededRange(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private long lastSeededRow() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM inmate WHERE " + SEEDED + " ORDER BY id DESC LIMIT 1")) { // no max(uuid) before PostgreSQL 16
            bindSeededRange(statement);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? SyntheticInmates.rowNumber(result.getObject(1, UUID.class)) : 0;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private long update(String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bindSeededRange(statement);
            return statement.executeLargeUpdate();
        }
    }

    private static void bindSeededRange(PreparedStatement statement) throws SQLException {
        statement.setString(1, SyntheticInmates.FIRST_ID.toString());
        statement.setString(2, SyntheticInmates.LAST_ID.toString());
    }

    private void progress(long done, long total, long elapsedNanos) {
        double seconds = elapsedNanos / 1e9;
        double rate = done / Math.max(seconds, 1e-9);
        Duration eta = Duration.ofSeconds(Math.round((total - done) / Math.max(rate, 1e-9)));
        out.printf("  %,11d / %,d rows  %5.1f%%  %,8.0f rows/s  elapsed %s  ETA %s%n",
                done, total, 100.0 * done / total, rate, format(Duration.ofNanos(elapsedNanos)), format(eta));
    }

    public static String format(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%d:%02d min", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d:%02d h", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
