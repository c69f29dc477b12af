package id.sinergi.bench.performance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How fast one service publishes and its consumers apply, when there is more than they can take at
 * once: {@value #EVENTS} events of as many aggregates are committed into inmate-service's outbox in
 * transactions of {@value #PER_TRANSACTION} (rows of the size of an {@code inmate.admitted}), and
 * the section waits until the relay has marked each one published and both consumers of
 * {@code inmate.events.v1} have recorded it as processed. The events' type, {@code bench.relay-probe},
 * has no handler anywhere, so the consumers' part is their fixed cost per event: decoding, the
 * processed-event row, the transaction.
 */
final class RelaySection implements Section {

    static final int EVENTS = 20_000;
    static final int PER_TRANSACTION = 1_000;
    static final double TARGET_PER_SECOND = 2_000;
    private static final String TYPE = "bench.relay-probe";
    private static final Map<String, String> CONSUMERS = new LinkedHashMap<>();

    static {
        CONSUMERS.put("program-service.inmate-events", "program");
        CONSUMERS.put("liaison-service.inmate-events", "liaison");
    }

    @Override
    public String name() {
        return "relay";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        int events = run.quick() ? EVENTS / 10 : EVENTS;
        String batch = UUID.randomUUID().toString().substring(0, 8);
        run.say(String.format("committing %,d outbox rows of type %s into inmate-service's outbox", events, TYPE));
        long started = System.nanoTime();
        try (Connection inmate = run.database("inmate")) {
            inmate.setAutoCommit(false);
            try (PreparedStatement insert = inmate.prepareStatement("""
                    INSERT INTO outbox_event (event_id, event_type, aggregate_id, payload, occurred_at)
                    SELECT gen_random_uuid(), ?, ? || '-' || n, jsonb_build_object('probe', n, 'padding', repeat('x', 900)),
                           clock_timestamp()
                    FROM generate_series(?, ?) AS n""")) {
                for (int from = 1; from <= events; from += PER_TRANSACTION) {
                    insert.setString(1, TYPE);
                    insert.setString(2, "relay-" + batch);
                    insert.setInt(3, from);
                    insert.setInt(4, Math.min(events, from + PER_TRANSACTION - 1));
                    insert.executeUpdate();
                    inmate.commit();
                }
            }
        }
        double writeSeconds = (System.nanoTime() - started) / 1e9;
        run.say(String.format("written in %.1f s; waiting for the relay and both consumers", writeSeconds));

        Duration published = awaitCount(run, "inmate", """
                SELECT count(*) FROM outbox_event WHERE aggregate_id LIKE ? AND published_at IS NOT NULL""",
                "relay-" + batch + "-%", events, started);
        Map<String, Duration> applied = new LinkedHashMap<>();
        for (Map.Entry<String, String> consumer : CONSUMERS.entrySet()) {
            applied.put(consumer.getKey(), awaitCount(run, consumer.getValue(), """
                    SELECT count(*) FROM processed_event WHERE consumer = '%s' AND event_type = ?
                    AND processed_at >= now() - interval '1 hour'""".formatted(consumer.getKey()), TYPE, events, started));
        }
        double relayRate = events / seconds(published);

        StringBuilder md = new StringBuilder("## Outbox relay and consumers at full speed\n\n");
        md.append(String.format("%,d events of as many aggregates committed into inmate-service's outbox in transactions of "
                + "%,d (%.1f s to write; about 1 KB each, type `%s`, which no consumer handles: the consumers' part is their "
                + "cost per event). Times from the first commit to the last event published (the relay marks a row after "
                + "the broker's acknowledgement) or recorded as processed by the consumer.%n%n", events, PER_TRANSACTION,
                writeSeconds, TYPE));
        md.append("| stage | events | seconds | events per second |\n|---|---:|---:|---:|\n");
        md.append(String.format("| outbox relay, %s | %,d | %.1f | %,.0f |%n", lanes(run), events, seconds(published), relayRate));
        for (Map.Entry<String, Duration> consumer : applied.entrySet()) {
            double rate = events / seconds(consumer.getValue());
            md.append(String.format("| %s (applied) | %,d | %.1f | %,.0f |%n", consumer.getKey(), events,
                    seconds(consumer.getValue()), rate));
            // The consumer's database name (program, liaison) keys its figure for the scale-out estimate.
            run.figure("consumer." + CONSUMERS.get(consumer.getKey()) + ".fullSpeed", rate);
        }
        run.target("Outbox relay of one service", String.format("≥ %,.0f events/s", TARGET_PER_SECOND),
                String.format("%,.0f events/s", relayRate), relayRate >= TARGET_PER_SECOND);
        run.figure("relay.eventsPerSecond", relayRate);
        cleanUp(run, batch);
        return md.append('\n').toString();
    }

    private static String lanes(BenchRun run) {
        String lanes = run.stack().settings().extraEnvironment().getOrDefault("SINERGI_OUTBOX_LANES", "4");
        return lanes + " lanes";
    }

    /** Polls until the count reaches {@code expected}; the time from {@code started}. */
    private static Duration awaitCount(BenchRun run, String database, String query, String parameter, int expected,
                                      long started) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
        try (Connection connection = run.database(database); PreparedStatement count = connection.prepareStatement(query)) {
            count.setString(1, parameter);
            while (System.nanoTime() < deadline) {
                try (ResultSet result = count.executeQuery()) {
                    result.next();
                    if (result.getLong(1) >= expected) {
                        return Duration.ofNanos(System.nanoTime() - started);
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException(database + ": fewer than " + expected + " after 10 minutes: " + query);
    }

    /** The probes leave the outbox (they are published) and the processed-event logs, so later sections see none of them. */
    private static void cleanUp(BenchRun run, String batch) throws Exception {
        try (Connection inmate = run.database("inmate"); Statement delete = inmate.createStatement()) {
            delete.executeUpdate("DELETE FROM outbox_event WHERE aggregate_id LIKE 'relay-" + batch + "-%'");
        }
        for (String database : CONSUMERS.values()) {
            try (Connection connection = run.database(database); Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM processed_event WHERE event_type = '" + TYPE + "'");
            }
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
