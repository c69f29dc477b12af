package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An agency system keeps a copy of the register: it reads 10,000 WBP and more by following
 * {@code next} in the sync order while the register is written to (admissions and risk
 * assessments through the API, and one transaction that commits late), then reads on from its last
 * cursor until it has caught up. Its copy must equal the register, and it must have read every
 * change once: no record twice in the same version, a changed record again after its change.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SyncTest {

    private static final int SEEDED = 10_000;
    private static final int PAGE_SIZE = 100;
    /** Writes through the API while the copy is first read, at least. */
    private static final int MIN_WRITES = 40;
    private static final String[] LEVELS = {"MEDIUM", "LOW", "HIGH"};

    /** What the copy holds: each WBP's version; and every (id, version) the client read. */
    private final Map<String, Long> copy = new HashMap<>();
    private final List<String> reads = new ArrayList<>();
    /** The ids read so far, for the writer to see how far the reader got. */
    private final Set<String> readIds = ConcurrentHashMap.newKeySet();
    private String cursor;
    /** Changes of WBP that existed already (each a new version to read once). */
    private final AtomicInteger updates = new AtomicInteger();

    @Test
    void aCopySyncedByCursorWhileTheRegisterChangesEndsEqualToItHavingReadEachChangeOnce() throws Exception {
        String template = admitted(convict("Templat Salinan"));
        List<String> seeded = seed(template);
        String late = seeded.get(SEEDED / 2);

        AtomicBoolean firstReadDone = new AtomicBoolean();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<Set<String>> written = writer.submit(() -> write(seeded, late, firstReadDone));
        try {
            String next = "/api/v1/inmates?sort=changes&size=" + PAGE_SIZE;
            while (next != null) {
                next = readPage(next);
            }
            firstReadDone.set(true);
            Set<String> changed = written.get();

            // Later: read on from the last cursor until nothing is left.
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
                String more = "/api/v1/inmates?cursor=" + cursor + "&size=" + PAGE_SIZE;
                while (more != null) {
                    more = readPage(more);
                }
                assertThat(copy).isEqualTo(source());
            });

            assertThat(reads).doesNotHaveDuplicates();
            assertThat(changed).contains(late).hasSizeGreaterThan(MIN_WRITES / 2);
            // Every seeded WBP was read; a changed one again only in a new version (no duplicates above).
            assertThat(copy.keySet()).containsAll(seeded);
            assertThat(reads.size()).isLessThanOrEqualTo(copy.size() + updates.get());
        } finally {
            firstReadDone.set(true);
            writer.shutdown();
        }
    }

    /** One page: the copy takes its items; answers the next page's link, null on the last. */
    private String readPage(String link) {
        JsonPath page = as(TestTokens.REGISTRAR).when().get(link).then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            String id = (String) item.get("id");
            long version = ((Number) item.get("version")).longValue();
            reads.add(id + "@" + version);
            readIds.add(id);
            copy.put(id, version);
        }
        cursor = page.getString("cursor") == null ? cursor : page.getString("cursor");
        return page.getString("next");
    }

    /**
     * Admissions and risk assessments through the API until the first read is done (and at least
     * {@link #MIN_WRITES}). Before them, one transaction changes {@code late} and commits only once
     * the reader has read a WBP admitted after it, or could read no further: a sync order that let
     * the reader pass the late change before it commits would never show it. Answers the ids written.
     */
    private Set<String> write(List<String> seeded, String late, AtomicBoolean firstReadDone) throws SQLException {
        Set<String> changed = new HashSet<>();
        Map<String, Integer> assessments = new HashMap<>();
        List<String> candidates = new ArrayList<>(seeded);
        candidates.remove(late);
        List<String> admittedAfterLate = new ArrayList<>();
        try (Connection slow = connect()) {
            slow.setAutoCommit(false);
            try (PreparedStatement update = slow.prepareStatement("UPDATE inmate SET version = version + 1, updated_at = now() WHERE id = ?")) {
                update.setObject(1, UUID.fromString(late));
                update.executeUpdate();
            }
            changed.add(late);
            updates.incrementAndGet();
            boolean lateOpen = true;
            int writes = 0;
            while (writes < MIN_WRITES || !firstReadDone.get()) {
                if (lateOpen && (firstReadDone.get() || admittedAfterLate.stream().anyMatch(readIds::contains))) {
                    slow.commit();
                    lateOpen = false;
                }
                if (writes % 3 == 0) {
                    String id = admitted(convict("Masuk Baru", randomNik(), "2026-01-15", 2, 0));
                    candidates.add(id);
                    changed.add(id);
                    if (lateOpen) {
                        admittedAfterLate.add(id);
                    }
                } else {
                    String id = candidates.get(ThreadLocalRandom.current().nextInt(candidates.size()));
                    int count = assessments.merge(id, 1, Integer::sum);
                    act(TestTokens.SECURITY, id, "risk-assessments",
                            "{\"level\":\"" + LEVELS[(count - 1) % LEVELS.length] + "\",\"reason\":\"Penilaian ulang " + count + "\"}")
                            .statusCode(200);
                    changed.add(id);
                    updates.incrementAndGet();
                }
                writes++;
            }
            if (lateOpen) {
                slow.commit();
            }
        }
        return changed;
    }

    /**
     * 10,000 WBP in one SQL statement per table, each a copy of {@code template} with an id, a person
     * and a register number of its own (admitting them through the API would take minutes here).
     */
    private static List<String> seed(String template) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE TEMP TABLE seed ON COMMIT DROP AS SELECT gen_random_uuid() AS inmate_id, "
                    + "gen_random_uuid() AS person_id, n FROM generate_series(1, " + SEEDED + ") n");
            statement.execute(copyRows(connection, "people", Map.of("id", "seed.person_id", "nik", "NULL"),
                    "people.id = (SELECT person_id FROM inmate WHERE id = '" + template + "')"));
            statement.execute(copyRows(connection, "inmate", Map.of("id", "seed.inmate_id", "person_id", "seed.person_id",
                    "register_number", "'SYNC-' || lpad(seed.n::text, 5, '0') || '/2026'"), "inmate.id = '" + template + "'"));
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT inmate_id FROM seed ORDER BY n")) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            connection.commit();
            return ids;
        }
    }

    /** {@code INSERT INTO table SELECT …} copying the row {@code where} selects once per seed row, with {@code overrides}. */
    private static String copyRows(Connection connection, String table, Map<String, String> overrides, String where) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT column_name FROM information_schema.columns "
                + "WHERE table_name = ? AND is_generated = 'NEVER' AND is_identity = 'NO' ORDER BY ordinal_position")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                + columns.stream().map(column -> overrides.getOrDefault(column, table + "." + column)).collect(Collectors.joining(", "))
                + " FROM " + table + " CROSS JOIN seed WHERE " + where;
    }

    /** The register as the registrar sees it (the facility's WBP and those in transit to it), read directly. */
    private static Map<String, Long> source() throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (Connection connection = connect(); PreparedStatement query = connection.prepareStatement(
                "SELECT id, version FROM inmate WHERE facility = ? OR (status = 'IN_TRANSIT' AND transferred_to = ?)")) {
            query.setString(1, TestTokens.FACILITY);
            query.setString(2, TestTokens.FACILITY);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getLong(2));
                }
            }
        }
        return versions;
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }
}
