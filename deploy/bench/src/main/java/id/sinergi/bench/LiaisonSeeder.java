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
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fills liaison-service's read models for the Kanwil's monthly report with the movements of the stays
 * {@link InmateSeeder} wrote into inmate-service, as liaison would have recorded them from the inmate
 * events: each stay's snapshot history ({@code inmate_history}: admitted, then released or transferred
 * out of the region), its admission, its release with the readmission that followed when the person came
 * back ({@code wbp_release}, {@code reoffence}), the start of an integration for releases on parole or
 * leave ({@code integration_start}), and escapes with their urgent notification ({@code notification}).
 *
 * <p>Escapes exist only here: {@value #ESCAPE_PER_MILLE} in a thousand stays in custody escaped once,
 * on a day of their stay, and four in five of those were recaptured within a month (history ESCAPED,
 * then IN_CUSTODY again; the notification closed). Those not recaptured stay ESCAPED in liaison's
 * history while inmate-service's register, which the search benchmark reads, still has them in custody.
 * Programme activity is not seeded (program-service's events are another benchmark's).
 *
 * <p>Every row is keyed by the seeded stay ids, so seeding again first deletes what an earlier run wrote.
 */
final class LiaisonSeeder {

    static final int ESCAPE_PER_MILLE = 5;

    /** WITA, the calendar of every facility of Kalimantan Selatan: movements are dated in it. */
    private static final ZoneOffset WITA = ZoneOffset.ofHours(8);
    private static final int CHUNK_ROWS = 50_000;
    private static final String NULL = "\\N";
    private static final long ESCAPE_SALT = 0xE5CA_9E00L;

    private final Connection liaison;
    private final PrintStream out;

    LiaisonSeeder(Connection liaison, PrintStream out) {
        this.liaison = liaison;
        this.out = out;
    }

    /**
     * Seeds the movements of stays 1 to {@code stays} of {@code rows}.
     *
     * @param facilities inmate-service's facility directory as {code, name, kind, facility_class, time_zone,
     *                   regency_code, regency_name}; rows liaison has not heard of yet are added, as
     *                   inmate.facility-changed would have
     */
    void seed(SyntheticInmates rows, long stays, List<String[]> facilities) throws SQLException, IOException {
        long started = System.nanoTime();
        boolean autoCommit = liaison.getAutoCommit();
        liaison.setAutoCommit(false);
        try (Statement statement = liaison.createStatement()) {
            statement.execute("SET LOCAL synchronous_commit = off");
            deleteSeeded();
            addFacilities(facilities);
            Map<String, String> polresOfFacility = polresOfFacility(facilities);
            CopyManager copy = liaison.unwrap(PGConnection.class).getCopyAPI();
            Tables tables = new Tables();
            for (long n = 1; n <= stays; n++) {
                append(rows, n, polresOfFacility, tables);
                if (n % CHUNK_ROWS == 0 || n == stays) {
                    tables.copy(copy);
                    out.printf("  liaison read models: %,d / %,d stays%n", n, stays);
                }
            }
            try (Statement periods = liaison.createStatement()) {
                // Each snapshot holds until the WBP's next one, as ReportFacts records it event by event.
                periods.execute("""
                        UPDATE inmate_history h SET valid_to = next.valid_from
                        FROM (SELECT inmate_id, snapshot_version,
                                     lead(valid_from) OVER (PARTITION BY inmate_id ORDER BY snapshot_version) AS valid_from
                              FROM inmate_history) next
                        WHERE next.inmate_id = h.inmate_id AND next.snapshot_version = h.snapshot_version
                          AND next.valid_from IS NOT NULL AND h.valid_to IS NULL""");
            }
            liaison.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            liaison.rollback();
            throw e;
        } finally {
            liaison.setAutoCommit(autoCommit);
        }
        try (Statement statement = liaison.createStatement()) {
            statement.execute("VACUUM (ANALYZE) inmate_history, admission, wbp_release, reoffence, integration_start, notification");
        }
        out.printf("Seeded liaison's read models of %,d stays in %s.%n", stays,
                InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started)));
    }

    private void append(SyntheticInmates rows, long n, Map<String, String> polresOfFacility, Tables tables) {
        SyntheticInmates.Movement stay = rows.movement(n);
        LocalDate today = LocalDate.now(WITA);
        String polres = polresOfFacility.getOrDefault(stay.facility(), "POLRES-HSU");
        int version = 1;
        tables.history(stay, version, "IN_CUSTODY", stay.admittedOn());
        line(tables.admission, stay.id(), stay.facility(), stay.registerNumber(), stay.registerClass(), stay.admittedOn(),
                at(stay.admittedOn(), 9));

        long roll = Long.remainderUnsigned(SyntheticInmates.mix(n ^ ESCAPE_SALT), 1000 * 30);
        long daysHeld = ChronoUnit.DAYS.between(stay.admittedOn(), today);
        if ("IN_CUSTODY".equals(stay.status()) && roll / 30 < ESCAPE_PER_MILLE && daysHeld > 2) {
            LocalDate escaped = stay.admittedOn().plusDays(1 + Long.remainderUnsigned(SyntheticInmates.mix(n), daysHeld - 1));
            LocalDate recaptured = roll % 5 == 0 ? null : escaped.plusDays(1 + roll % 30);
            if (recaptured != null && !recaptured.isBefore(today)) {
                recaptured = null;
            }
            tables.history(stay, ++version, "ESCAPED", escaped);
            if (recaptured != null) {
                tables.history(stay, ++version, "IN_CUSTODY", recaptured);
            }
            OffsetDateTime issued = at(escaped, 10);
            OffsetDateTime acknowledged = issued.plusMinutes(5 + roll % 115);
            line(tables.notification, new UUID(0xBE4C_0000_0000_4000L, 0xE000_0000_0000_0000L | n), "ESCAPED", "POLRES", polres,
                    stay.id(), stay.facility(), stay.registerNumber(), stay.riskLevel(), "{}", 0, escaped,
                    "escaped from " + stay.facility(), "{}", recaptured == null ? "ACKNOWLEDGED" : "CLOSED", issued,
                    issued.plusHours(1), "bench", polres, acknowledged, NULL, NULL, 0,
                    new UUID(0xBE4C_0000_0000_4000L, 0xF000_0000_0000_0000L | n), "{}",
                    recaptured == null ? NULL : at(recaptured, 15));
        }

        if (stay.leftOn() == null) {
            return;
        }
        tables.history(stay, ++version, stay.status(), stay.leftOn());
        if (!"RELEASED".equals(stay.status())) {
            return;
        }
        line(tables.release, stay.id(), stay.personId(), stay.registerNumber(), stay.facility(), polres, stay.leftOn(),
                stay.releaseReason(), "{}", stay.riskLevel(), "f", "{}", at(stay.leftOn(), 9));
        String integration = switch (String.valueOf(stay.releaseReason())) {
            case "PAROLE" -> "PB";
            case "CONDITIONAL_LEAVE" -> "CB";
            case "PRE_RELEASE_LEAVE" -> "CMB";
            default -> null;
        };
        if (integration != null) {
            line(tables.integration, new UUID(0xBE4C_0000_0000_4000L, 0xD000_0000_0000_0000L | n), stay.id(), stay.facility(),
                    stay.registerNumber(), stay.registerClass(), integration, stay.leftOn(), at(stay.leftOn(), 9));
        }
        if (SyntheticInmates.returns(n + 1)) {
            // The person's next stay is their readmission: a re-offence of this release.
            SyntheticInmates.Movement next = rows.movement(n + 1);
            line(tables.reoffence, new UUID(0xBE4C_0000_0000_4000L, 0xC000_0000_0000_0000L | n), "READMISSION", next.id(),
                    stay.id(), stay.personId(), stay.leftOn(), next.admittedOn(),
                    ChronoUnit.MONTHS.between(stay.leftOn(), next.admittedOn()), NULL, NULL, at(next.admittedOn(), 9));
        }
    }

    private static OffsetDateTime at(LocalDate day, int hour) {
        return OffsetDateTime.of(day, LocalTime.of(hour, 0), WITA);
    }

    /** One COPY text line; values never hold tabs or backslashes, {@link #NULL} is written as is. */
    private static void line(StringBuilder table, Object... values) {
        for (int i = 0; i < values.length; i++) {
            table.append(values[i] == null ? NULL : values[i].toString()).append(i + 1 < values.length ? '\t' : '\n');
        }
    }

    private void deleteSeeded() throws SQLException {
        String range = " BETWEEN '" + SyntheticInmates.FIRST_ID + "' AND '" + SyntheticInmates.LAST_ID + "'";
        try (Statement statement = liaison.createStatement()) {
            for (String table : List.of("inmate_history", "admission", "wbp_release", "integration_start", "notification")) {
                statement.executeUpdate("DELETE FROM " + table + " WHERE inmate_id" + range);
            }
            statement.executeUpdate("DELETE FROM reoffence WHERE release_inmate_id" + range);
        }
    }

    private void addFacilities(List<String[]> facilities) throws SQLException {
        try (PreparedStatement statement = liaison.prepareStatement("""
                INSERT INTO facility (code, name, kind, facility_class, time_zone, regency_code, regency_name, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT (code) DO NOTHING""")) {
            for (String[] facility : facilities) {
                for (int i = 0; i < 7; i++) {
                    statement.setString(i + 1, facility[i]);
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** The Polres unit of each facility's regency, to whom its releases and escapes are reported. */
    private Map<String, String> polresOfFacility(List<String[]> facilities) throws SQLException {
        Map<String, String> unitOfRegency = new HashMap<>();
        try (Statement statement = liaison.createStatement();
             ResultSet result = statement.executeQuery("SELECT regency_code, unit_code FROM polres_unit_regency")) {
            while (result.next()) {
                unitOfRegency.put(result.getString(1), result.getString(2));
            }
        }
        Map<String, String> units = new HashMap<>();
        for (String[] facility : facilities) {
            String unit = unitOfRegency.get(facility[5]);
            if (unit != null) {
                units.put(facility[0], unit);
            }
        }
        return units;
    }

    /** One chunk's COPY lines per table. */
    private static final class Tables {
        final StringBuilder history = new StringBuilder();
        final StringBuilder admission = new StringBuilder();
        final StringBuilder release = new StringBuilder();
        final StringBuilder reoffence = new StringBuilder();
        final StringBuilder integration = new StringBuilder();
        final StringBuilder notification = new StringBuilder();

        void history(SyntheticInmates.Movement stay, int version, String status, LocalDate from) {
            line(history, stay.id(), version, stay.facility(), stay.registerNumber(), stay.registerClass(), status, at(from, 9));
        }

        void copy(CopyManager copy) throws SQLException, IOException {
            copy(copy, "inmate_history (inmate_id, snapshot_version, facility, register_number, register_class, status, valid_from)",
                    history);
            copy(copy, "admission (inmate_id, facility, register_number, register_class, admitted_on, recorded_at)", admission);
            copy(copy, "wbp_release (inmate_id, person_id, register_number, facility, polres_unit, released_on, reason, "
                    + "offence_categories, risk_level, programme_completed, programme_categories, recorded_at)", release);
            copy(copy, "reoffence (id, kind, source_id, release_inmate_id, person_id, released_on, occurred_on, "
                    + "months_after_release, police_report_number, polres_unit, recorded_at)", reoffence);
            copy(copy, "integration_start (id, inmate_id, facility, register_number, register_class, kind, starts_on, recorded_at)",
                    integration);
            copy(copy, "notification (id, kind, audience, recipient, inmate_id, facility, register_number, risk_level, "
                    + "offence_categories, threshold_days, due_on, reason, summary, state, issued_at, acknowledge_by, "
                    + "acknowledged_by, acknowledged_unit, acknowledged_at, acknowledgement_note, escalated_at, version, "
                    + "escape_id, escape, closed_at)", notification);
        }

        private static void copy(CopyManager copy, String table, StringBuilder lines) throws SQLException, IOException {
            if (!lines.isEmpty()) {
                copy.copyIn("COPY " + table + " FROM STDIN", new ByteArrayInputStream(lines.toString().getBytes(StandardCharsets.UTF_8)));
                lines.setLength(0);
            }
        }
    }
}
