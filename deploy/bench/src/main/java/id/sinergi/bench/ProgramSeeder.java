package id.sinergi.bench;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Fills program-service's database with ten years of rehabilitation programmes straight over JDBC:
 * programmes, their sessions (twice a week), enrolments of seeded WBP, and the attendance taken at
 * every session held, until the attendance table holds the number of rows asked for. Also mirrors
 * the seeded WBP the enrolments name into program-service's read model ({@code known_inmate}), as
 * the inmate events would have.
 *
 * <p>Programme {@code p} (1, 2, 3, …) with everything under it is a pure function of {@code p} and
 * the seeding day, and a chunk of programmes is one transaction: an interrupted run keeps what it
 * stored and the next one continues after the last seeded programme. Seeded rows are marked: ids
 * {@code be4c000X-0000-4000-8000-…} (1 programme, 2 session, 3 enrolment, 4 attendance) and
 * programme codes {@code BENCH-00042}.
 */
public final class ProgramSeeder {

    /** WBP the enrolments are drawn from: the first seeded ones, so a WBP takes part in several programmes over the years. */
    static final int INMATE_POOL = 40_000;

    /** Programmes start this many days apart, from ten years ago: about 11,000,000 attendance rows before they reach today. */
    private static final double DAYS_BETWEEN_PROGRAMMES = 0.7;
    private static final int YEARS_OF_HISTORY = 10;
    /** A chunk (one COPY per table, one transaction) stops after the programme that takes it past this many attendance rows. */
    private static final int CHUNK_ATTENDANCE = 60_000;
    private static final String SEEDER = "bench-seeder";
    private static final ZoneOffset WITA = ZoneOffset.ofHours(8);

    private static final long PROGRAMME = 0xBE4C_0001_0000_4000L;
    private static final long SESSION = 0xBE4C_0002_0000_4000L;
    private static final long ENROLMENT = 0xBE4C_0003_0000_4000L;
    private static final long ATTENDANCE = 0xBE4C_0004_0000_4000L;

    private static final String[] CATEGORIES = {"RELIGIOUS", "RELIGIOUS", "NATIONAL_AWARENESS", "LEGAL_AWARENESS",
            "ARTS_AND_SPORT", "INTELLECTUAL", "VOCATIONAL", "VOCATIONAL", "VOCATIONAL", "NARCOTICS_SOCIAL_REHABILITATION",
            "NARCOTICS_MEDICAL_REHABILITATION", "OTHER_REHABILITATION"};
    private static final String[] PARTNERS = {"Kementerian Agama HSU", "BNNK Hulu Sungai Utara", "BLK Amuntai",
            "Dinas Sosial HSU", "Pondok Pesantren Rasyidiyah Khalidiyah", "Puskesmas Amuntai Tengah", null};
    private static final String[] ABSENCE_REASONS = {"SICK", "SICK", "SICK", "REFUSED", "REFUSED", "COURT", "LOAN", "OTHER"};

    private final Connection program;
    private final PrintStream out;
    private final LocalDate today = LocalDate.now();
    private final LocalDate firstStart = today.minusYears(YEARS_OF_HISTORY);
    private final String now = OffsetDateTime.now().withOffsetSameInstant(ZoneOffset.UTC).toString();
    /** The facility the programmes belong to: that of the WBP they enrol (program-service's V6). */
    private String facility;

    public ProgramSeeder(Connection program, PrintStream out) {
        this.program = program;
        this.out = out;
    }

    /**
     * Mirrors the WBP the enrolments draw on from the inmate database into {@code known_inmate}
     * (skipped when they are there), then adds programmes until the attendance table holds
     * {@code targetAttendance} rows.
     */
    public void seed(Connection inmate, long targetAttendance) throws SQLException, IOException {
        long started = System.nanoTime();
        mirrorInmates(inmate);
        facility = string("SELECT facility FROM known_inmate WHERE inmate_id = '" + SyntheticInmates.id(1) + "'");
        long existing = count("SELECT count(*) FROM attendance");
        if (existing >= targetAttendance) {
            out.printf("Seeding skipped: the attendance table already holds %,d rows (>= %,d).%n", existing, targetAttendance);
            return;
        }
        int last = (int) count("SELECT coalesce(max(substr(code, 7)::int), 0) FROM programme WHERE code ~ '^BENCH-[0-9]+$'");
        long missing = targetAttendance - existing;
        out.printf("Seeding %,d attendance rows (table holds %,d%s) with their programmes, sessions and enrolments…%n",
                missing, existing, last > 0 ? ", continuing after programme " + last : "");
        try (Statement statement = program.createStatement()) {
            statement.execute("SET synchronous_commit = off");
            // The rows are consistent by construction; per-row foreign-key triggers would triple the time.
            statement.execute("SET session_replication_role = replica");
        }
        boolean autoCommit = program.getAutoCommit();
        program.setAutoCommit(false);
        CopyManager copy = program.unwrap(PGConnection.class).getCopyAPI();
        long done = 0;
        long enrolments = 0;
        int programmes = 0;
        try {
            while (done < missing) {
                Chunk chunk = new Chunk();
                while (chunk.attendanceRows < CHUNK_ATTENDANCE && done + chunk.attendanceRows < missing) {
                    Programme programme = programme(++last);
                    if (!programme.startsOn.isBefore(today)) {
                        throw new IllegalStateException("programmes reached today after " + (done + chunk.attendanceRows)
                                + " attendance rows: the seeder holds about 11,000,000");
                    }
                    chunk.add(programme);
                    programmes++;
                }
                chunk.copyInto(copy);
                program.commit();
                done += chunk.attendanceRows;
                enrolments += chunk.enrolments;
                progress(done, missing, System.nanoTime() - started);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            program.rollback();
            throw e;
        } finally {
            program.setAutoCommit(autoCommit);
            try (Statement statement = program.createStatement()) {
                statement.execute("SET session_replication_role = DEFAULT");
            }
        }
        out.printf("Seeded %,d programmes, %,d enrolments and %,d attendance rows in %s.%n", programmes, enrolments, done,
                InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started)));
        vacuumAnalyze();
    }

    /** The seeded WBP the enrolments name, as program-service learns them from inmate events. */
    private void mirrorInmates(Connection inmate) throws SQLException, IOException {
        if (count("SELECT count(*) FROM known_inmate WHERE inmate_id BETWEEN '" + SyntheticInmates.FIRST_ID
                + "' AND '" + SyntheticInmates.LAST_ID + "'") >= INMATE_POOL) {
            return;
        }
        long started = System.nanoTime();
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        long copied = inmate.unwrap(PGConnection.class).getCopyAPI().copyOut("""
                COPY (SELECT id, register_number, register_class, risk_level, status, updated_at, 'IN_FACILITY', version,
                             facility, transferred_to FROM inmate
                      WHERE id BETWEEN '%s' AND '%s') TO STDOUT""".formatted(SyntheticInmates.id(1), SyntheticInmates.id(INMATE_POOL)), rows);
        if (copied < INMATE_POOL) {
            throw new IllegalStateException("the enrolments need the first " + INMATE_POOL + " seeded WBP; the inmate database has "
                    + copied + ": seed the register first");
        }
        try (Statement statement = program.createStatement()) {
            statement.execute("DELETE FROM known_inmate WHERE inmate_id BETWEEN '" + SyntheticInmates.FIRST_ID
                    + "' AND '" + SyntheticInmates.LAST_ID + "'");
        }
        program.unwrap(PGConnection.class).getCopyAPI().copyIn(
                "COPY known_inmate (inmate_id, register_number, register_class, risk_level, status, updated_at, location, "
                        + "snapshot_version, facility, transferred_to) FROM STDIN",
                new ByteArrayInputStream(rows.toByteArray()));
        out.printf("Mirrored %,d seeded WBP into known_inmate in %s.%n", copied,
                InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started)));
    }

    private record Session(int number, UUID id, LocalDate date) {
    }

    private record Enrolment(int number, UUID id, long inmate, String finalState, int lastSession, int presentPercent) {
    }

    private record Programme(int number, UUID id, String code, LocalDate startsOn, LocalDate endsOn, int capacity,
                             String category, String partner, List<Session> sessions, List<Enrolment> enrolments) {

        boolean running(LocalDate today) {
            return !endsOn.isBefore(today);
        }
    }

    /** Programme {@code p}: twice-weekly sessions for three to nine months, filled to capacity. */
    private Programme programme(int p) {
        SplittableRandom random = new SplittableRandom(SyntheticInmates.mix(PROGRAMME ^ p));
        LocalDate startsOn = firstStart.plusDays((long) ((p - 1) * DAYS_BETWEEN_PROGRAMMES));
        int sessionCount = 24 + random.nextInt(49);
        List<Session> sessions = new ArrayList<>(sessionCount);
        for (int s = 1; s <= sessionCount; s++) {
            sessions.add(new Session(s, id(SESSION, (long) p << 10 | s), startsOn.plusDays((s - 1) / 2 * 7L + (s - 1) % 2 * 3)));
        }
        LocalDate endsOn = sessions.get(sessionCount - 1).date();
        int capacity = 20 + random.nextInt(61);
        boolean running = !endsOn.isBefore(today);
        List<Enrolment> enrolments = new ArrayList<>(capacity);
        // Distinct WBP within a programme: a stride prime to the pool size walks it without repeating.
        long firstInmate = random.nextLong(INMATE_POOL);
        for (int e = 1; e <= capacity; e++) {
            long inmate = 1 + (firstInmate + e * 7_919L) % INMATE_POOL;
            int roll = random.nextInt(100);
            String finalState;
            if (running) {
                finalState = roll < 92 ? "ACTIVE" : roll < 96 ? "SUSPENDED" : "WITHDRAWN";
            } else {
                finalState = roll < 80 ? "COMPLETED" : roll < 92 ? "WITHDRAWN" : "ENDED";
            }
            int lastSession = finalState.equals("WITHDRAWN") || finalState.equals("ENDED")
                    ? 1 + random.nextInt(sessionCount) : sessionCount;
            enrolments.add(new Enrolment(e, id(ENROLMENT, (long) p << 10 | e), inmate, finalState, lastSession,
                    60 + random.nextInt(39)));
        }
        return new Programme(p, id(PROGRAMME, p), String.format(Locale.ROOT, "BENCH-%05d", p), startsOn, endsOn, capacity,
                CATEGORIES[random.nextInt(CATEGORIES.length)], PARTNERS[random.nextInt(PARTNERS.length)], sessions, enrolments);
    }

    /** The COPY text of a few programmes, attendance in the order rolls are taken: by session date across programmes. */
    private final class Chunk {
        final StringBuilder programmes = new StringBuilder();
        final StringBuilder sessions = new StringBuilder();
        final StringBuilder enrolmentRows = new StringBuilder();
        final List<Programme> held = new ArrayList<>();
        long attendanceRows;
        long enrolments;

        void add(Programme p) {
            held.add(p);
            int[] recorded = new int[p.enrolments().size() + 1];
            int[] present = new int[recorded.length];
            for (Session session : p.sessions()) {
                if (!session.date().isAfter(today)) {
                    for (Enrolment e : p.enrolments()) {
                        if (session.number() <= e.lastSession()) {
                            recorded[e.number()]++;
                            present[e.number()] += isPresent(p, session, e) ? 1 : 0;
                            attendanceRows++;
                        }
                    }
                }
            }
            int certificates = 0;
            for (Enrolment e : p.enrolments()) {
                boolean completed = e.finalState().equals("COMPLETED");
                certificates += completed ? 1 : 0;
                OffsetDateTime requested = p.startsOn().minusDays(14).atTime(9, 0).atOffset(WITA);
                LocalDate changed = completed ? p.endsOn() : p.sessions().get(e.lastSession() - 1).date();
                SplittableRandom random = new SplittableRandom(SyntheticInmates.mix(e.id().getLeastSignificantBits()));
                OffsetDateTime changedAt = e.finalState().equals("ACTIVE") ? requested.plusDays(7) : changed.atTime(12, 0).atOffset(WITA);
                row(enrolmentRows, e.id(), p.id(), SyntheticInmates.id(e.inmate()), e.finalState(),
                        e.finalState().equals("ENDED") ? "RELEASED" : e.finalState().equals("WITHDRAWN") ? "Mengundurkan diri" : null,
                        requested, SEEDER, requested.plusDays(7), changedAt, SEEDER,
                        recorded[e.number()], present[e.number()],
                        completed ? "SRT-" + p.code() + String.format(Locale.ROOT, "-%04d", certificates) : null,
                        completed ? p.endsOn() : null, completed ? 55 + random.nextInt(46) : null, 0, changedAt);
                enrolments++;
            }
            String status = p.running(today) ? "RUNNING" : "COMPLETED";
            String classes = p.category().startsWith("NARCOTICS") ? "{B.I,B.IIa}" : "{}";
            row(programmes, p.id(), p.code(), programmeName(p), "Program pembinaan " + p.category().toLowerCase(Locale.ROOT),
                    p.category(), p.partner(), p.capacity(), p.startsOn(), p.endsOn(), status, null, classes, "{}",
                    certificates, now, now, 0, facility);
            for (Session session : p.sessions()) {
                row(sessions, session.id(), p.id(), session.date(), LocalTime.of(9, 0), LocalTime.of(11, 0),
                        "Pertemuan " + session.number(), p.partner() == null ? "Petugas pembinaan" : p.partner(), now, now);
            }
        }

        void copyInto(CopyManager copy) throws SQLException, IOException {
            copyIn(copy, "programme (id, code, name, description, category, partner, capacity, starts_on, ends_on, status, "
                    + "status_reason, eligible_classes, eligible_risk_levels, certificates_issued, created_at, updated_at, version, facility)",
                    programmes);
            copyIn(copy, "programme_session (id, programme_id, session_date, starts_at, ends_at, topic, facilitator, created_at, "
                    + "updated_at)", sessions);
            copyIn(copy, "enrolment (id, programme_id, inmate_id, state, reason, requested_at, requested_by, activated_at, changed_at, "
                    + "changed_by, sessions_recorded, sessions_present, certificate_number, completed_on, final_score, version, updated_at)",
                    enrolmentRows);
            StringBuilder attendance = new StringBuilder((int) attendanceRows * 160);
            List<Object[]> rolls = new ArrayList<>();
            for (Programme p : held) {
                for (Session session : p.sessions()) {
                    if (!session.date().isAfter(today)) {
                        rolls.add(new Object[]{p, session});
                    }
                }
            }
            rolls.sort(Comparator.comparing((Object[] roll) -> ((Session) roll[1]).date())
                    .thenComparing(roll -> ((Programme) roll[0]).number()));
            for (Object[] roll : rolls) {
                Programme p = (Programme) roll[0];
                Session session = (Session) roll[1];
                OffsetDateTime recordedAt = session.date().atTime(11, 15).atOffset(WITA);
                for (Enrolment e : p.enrolments()) {
                    if (session.number() <= e.lastSession()) {
                        boolean present = isPresent(p, session, e);
                        row(attendance, id(ATTENDANCE, (long) p.number() << 20 | (long) session.number() << 10 | e.number()),
                                session.id(), e.id(), present ? "PRESENT" : "ABSENT",
                                present ? null : ABSENCE_REASONS[(int) ((SyntheticInmates.mix(session.id().getLeastSignificantBits() ^ e.number()) >>> 1)
                                        % ABSENCE_REASONS.length)], null, SEEDER, recordedAt, 0, recordedAt);
                    }
                }
            }
            copyIn(copy, "attendance (id, session_id, enrolment_id, status, absence_reason, note, recorded_by, recorded_at, version, "
                    + "updated_at)",
                    attendance);
        }
    }

    private static boolean isPresent(Programme p, Session session, Enrolment e) {
        return (SyntheticInmates.mix((long) p.number() << 20 | (long) session.number() << 10 | e.number()) >>> 1) % 100 < e.presentPercent();
    }

    private static String programmeName(Programme p) {
        return switch (p.category()) {
            case "RELIGIOUS" -> "Pesantren Kilat Angkatan " + p.number();
            case "VOCATIONAL" -> "Pelatihan Las dan Otomotif Angkatan " + p.number();
            case "NARCOTICS_SOCIAL_REHABILITATION", "NARCOTICS_MEDICAL_REHABILITATION" -> "Rehabilitasi Narkotika Angkatan " + p.number();
            default -> "Pembinaan " + p.category().toLowerCase(Locale.ROOT).replace('_', ' ') + " Angkatan " + p.number();
        };
    }

    private static void copyIn(CopyManager copy, String table, CharSequence rows) throws SQLException, IOException {
        copy.copyIn("COPY " + table + " FROM STDIN", new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** One COPY text line; null is {@code \N}. No value here contains a tab, newline or backslash. */
    private static void row(StringBuilder out, Object... values) {
        for (int i = 0; i < values.length; i++) {
            out.append(i == 0 ? "" : "\t").append(values[i] == null ? "\\N" : values[i].toString());
        }
        out.append('\n');
    }

    private static UUID id(long highBits, long n) {
        return new UUID(highBits, 0x8000_0000_0000_0000L | n);
    }

    private void vacuumAnalyze() throws SQLException {
        long started = System.nanoTime();
        out.print("VACUUM (ANALYZE) programme, programme_session, enrolment, attendance, known_inmate… ");
        out.flush();
        try (Statement statement = program.createStatement()) {
            statement.execute("VACUUM (ANALYZE) programme, programme_session, enrolment, attendance, known_inmate");
        }
        out.printf("done in %s.%n", InmateSeeder.format(Duration.ofNanos(System.nanoTime() - started)));
    }

    private String string(String sql) throws SQLException {
        try (Statement statement = program.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = program.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private void progress(long done, long total, long elapsedNanos) {
        double rate = done / Math.max(elapsedNanos / 1e9, 1e-9);
        out.printf("  %,11d / %,d attendance rows  %5.1f%%  %,8.0f rows/s  elapsed %s  ETA %s%n", done, total,
                100.0 * done / total, rate, InmateSeeder.format(Duration.ofNanos(elapsedNanos)),
                InmateSeeder.format(Duration.ofSeconds(Math.round((total - done) / Math.max(rate, 1e-9)))));
    }
}
