package id.sinergi.bench.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event propagation under a steady load: admissions at a fixed rate (open loop: a request goes out
 * on schedule whether or not earlier answers are in), then, for each admission's
 * {@code inmate.admitted} event, the time from the admission's transaction to each consuming
 * service's transaction that applied it, read from the databases themselves: the outbox row's
 * {@code occurred_at} (written in the admission's transaction) and the commit of the consumer's
 * transaction that recorded and applied the event (its {@code processed_event} row's
 * {@code pg_xact_commit_timestamp}: the moment the effect became visible, also when a consumer
 * applies a batch of events in one transaction). Both clocks are this machine's.
 */
final class PropagationSection implements Section {

    static final int RATE_PER_SECOND = 200;
    static final int SECONDS = 60;
    static final double TARGET_P99_MILLIS = 50;
    /** Every answer by status (0: none within the client's 30 s). */
    private final Map<Integer, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Map<String, String> CONSUMERS = Map.of(
            "program-service.inmate-events", "program", "liaison-service.inmate-events", "liaison");

    @Override
    public String name() {
        return "propagation";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        List<UUID> admitted = admitAtSteadyRate(run);
        Map<UUID, Event> events = producedEvents(run, admitted);
        run.say(events.size() + " inmate.admitted events in the outbox; waiting for both consumers");
        Map<String, Map<UUID, Long>> processed = awaitConsumers(run, events.keySet());

        StringBuilder md = new StringBuilder("## Event propagation at a steady ").append(RATE_PER_SECOND)
                .append(" admissions per second\n\n");
        md.append(String.format("%,d admissions sent through the gateway on a fixed schedule (%d/s for %d s, open loop); "
                        + "%,d answered 201 (answer p50 %.1f ms, p99 %.1f ms); every answer by status: %s. For each `inmate.admitted` event: from the admission's transaction (the outbox "
                        + "row's `occurred_at`) to the commit of the consumer's transaction that applied it (`pg_xact_commit_timestamp` of its `processed_event` row), "
                        + "read from the databases. The relay column is the outbox relay's part: from `occurred_at` to the "
                        + "row being marked published after the broker's acknowledgement.%n%n",
                RATE_PER_SECOND * run.seconds(SECONDS), RATE_PER_SECOND, run.seconds(SECONDS), admitted.size(),
                run.figure("propagation.answer.p50").orElse(Double.NaN), run.figure("propagation.answer.p99").orElse(Double.NaN),
                statuses.entrySet().stream().map(e -> (e.getKey() == 0 ? "none" : e.getKey()) + " × " + e.getValue())
                        .collect(java.util.stream.Collectors.joining(", "))));
        md.append(String.format("| stage | events | p50 ms | p99 ms | max ms | p99 < %.0f ms |%n|---|---:|---:|---:|---:|---|%n", TARGET_P99_MILLIS));
        double[] relay = events.values().stream().filter(e -> e.publishedAt > 0)
                .mapToDouble(e -> (e.publishedAt - e.occurredAt) / 1000.0).toArray();
        md.append(String.format("| outbox relay (marked published) | %d | %.1f | %.1f | %.1f | |%n", relay.length,
                Stats.percentile(relay, 50), Stats.percentile(relay, 99), Stats.max(relay)));
        long firstMicros = events.values().stream().mapToLong(e -> e.occurredAt).min().orElse(0);
        SvgChart backlog = new SvgChart("Consumer lag at " + RATE_PER_SECOND + " admissions/s: events committed, not yet applied",
                "seconds since the first admission", "events behind");
        SvgChart latency = new SvgChart("Propagation latency per second of load (p99)", "seconds since the first admission",
                "p99 ms");
        latency.reference(TARGET_P99_MILLIS, "target p99 " + (int) TARGET_P99_MILLIS + " ms");
        for (String consumer : CONSUMERS.keySet().stream().sorted().toList()) {
            Map<UUID, Long> at = processed.get(consumer);
            double[] millis = events.entrySet().stream().filter(e -> at.containsKey(e.getKey()))
                    .mapToDouble(e -> (at.get(e.getKey()) - e.getValue().occurredAt) / 1000.0).toArray();
            double p99 = Stats.percentile(millis, 99);
            boolean met = p99 < TARGET_P99_MILLIS && millis.length == events.size();
            md.append(String.format("| %s (admission → applied) | %d of %d | %.1f | %.1f | %.1f | %s |%n", consumer,
                    millis.length, events.size(), Stats.percentile(millis, 50), p99, Stats.max(millis), met ? "yes" : "**no**"));
            run.figure("propagation.p99." + consumer, p99);
            run.target("Propagation to " + consumer + " at " + RATE_PER_SECOND + "/s", String.format("p99 < %.0f ms, every event applied", TARGET_P99_MILLIS),
                    String.format("p50 %.1f ms, p99 %.1f ms, max %.1f ms; %d of %d applied", Stats.percentile(millis, 50), p99,
                            Stats.max(millis), millis.length, events.size()), met);
            backlog.add(backlogSeries(consumer, events, at, firstMicros));
            latency.add(p99PerSecond(consumer, events, at, firstMicros));
        }
        backlog.write(run.artefact("lag.svg"));
        latency.write(run.artefact("propagation-p99.svg"));
        md.append("\n![Consumer lag over time](").append(run.reportName()).append("-lag.svg)\n\n");
        md.append("![p99 propagation per second](").append(run.reportName()).append("-propagation-p99.svg)\n\n");
        md.append("Lag is counted from the databases every 100 ms: admissions committed by then whose event the consumer "
                + "had not yet applied (so it includes the outbox and Kafka, not only the consumer's offset).\n\n");
        return md.toString();
    }

    private record Event(long occurredAt, long publishedAt) {
    }

    private List<UUID> admitAtSteadyRate(BenchRun run) throws Exception {
        List<String> registrars = run.registrarTokens();
        URI uri = URI.create(run.url("gateway") + "/api/v1/inmates");
        String nikPrefix = String.format("64%06d", System.currentTimeMillis() / 1000 % 1_000_000);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        HttpClient client = OpenLoop.client(executor);
        int total = RATE_PER_SECOND * run.seconds(SECONDS);
        List<CompletableFuture<String>> answers = new ArrayList<>(total);
        double[] latencies = new double[total];
        java.util.Arrays.fill(latencies, Double.NaN);
        statuses.clear();
        run.say(String.format("sending %,d admissions at %d/s", total, RATE_PER_SECOND));
        double sendingSeconds = OpenLoop.run(total, RATE_PER_SECOND, i -> {
            long sent = System.nanoTime();
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + registrars.get(i % registrars.size())).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Admissions.body(nikPrefix, i))).build();
            answers.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
                latencies[i] = (System.nanoTime() - sent) / 1e6;
                statuses.merge(response.statusCode(), 1, Integer::sum);
                if (response.statusCode() != 201) {
                    return null;
                }
                Matcher id = ID.matcher(response.body());
                return id.find() ? id.group(1) : null;
            }).exceptionally(failure -> {
                statuses.merge(0, 1, Integer::sum);
                return null;
            }));
        });
        List<UUID> ids = new ArrayList<>();
        for (CompletableFuture<String> answer : answers) {
            String id = answer.get(60, TimeUnit.SECONDS);
            if (id != null) {
                ids.add(UUID.fromString(id));
            }
        }
        executor.shutdown();
        double[] answered = Arrays.stream(latencies).filter(latency -> !Double.isNaN(latency)).toArray();
        run.say(String.format("sent in %.1f s; %d answered 201; answer p50 %.1f ms, p99 %.1f ms", sendingSeconds, ids.size(),
                Stats.percentile(answered, 50), Stats.percentile(answered, 99)));
        run.figure("propagation.answer.p50", Stats.percentile(answered, 50));
        run.figure("propagation.answer.p99", Stats.percentile(answered, 99));
        return ids;
    }

    private static Map<UUID, Event> producedEvents(BenchRun run, List<UUID> admitted) throws Exception {
        Map<UUID, Event> events = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (Connection inmate = run.database("inmate");
             PreparedStatement select = inmate.prepareStatement("""
                     SELECT event_id, occurred_at, published_at FROM outbox_event
                     WHERE event_type = 'inmate.admitted' AND aggregate_id = ANY (?)""")) {
            Array ids = inmate.createArrayOf("text", admitted.stream().map(UUID::toString).toArray());
            while (true) {
                events.clear();
                select.setArray(1, ids);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        Timestamp published = rows.getTimestamp(3);
                        events.put(rows.getObject(1, UUID.class), new Event(micros(rows.getTimestamp(2)),
                                published == null ? 0 : micros(published)));
                    }
                }
                boolean allPublished = events.values().stream().allMatch(e -> e.publishedAt > 0);
                if (allPublished || System.nanoTime() > deadline) {
                    return events;
                }
                Thread.sleep(500);
            }
        }
    }

    private static Map<String, Map<UUID, Long>> awaitConsumers(BenchRun run, java.util.Set<UUID> eventIds) throws Exception {
        Map<String, Map<UUID, Long>> processed = new HashMap<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        for (Map.Entry<String, String> consumer : CONSUMERS.entrySet()) {
            try (Connection database = run.database(consumer.getValue());
                 PreparedStatement select = database.prepareStatement("""
                         SELECT event_id, pg_xact_commit_timestamp(xmin) FROM processed_event WHERE consumer = ? AND event_id = ANY (?)""")) {
                Array ids = database.createArrayOf("uuid", eventIds.toArray());
                Map<UUID, Long> at = new HashMap<>();
                do {
                    at.clear();
                    select.setString(1, consumer.getKey());
                    select.setArray(2, ids);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            at.put(rows.getObject(1, UUID.class), micros(rows.getTimestamp(2)));
                        }
                    }
                    if (at.size() < eventIds.size()) {
                        Thread.sleep(500);
                    }
                } while (at.size() < eventIds.size() && System.nanoTime() < deadline);
                run.say(consumer.getKey() + ": " + at.size() + " of " + eventIds.size() + " applied");
                processed.put(consumer.getKey(), at);
            }
        }
        return processed;
    }

    private static SvgChart.Series backlogSeries(String consumer, Map<UUID, Event> events, Map<UUID, Long> appliedAt,
                                                 long firstMicros) {
        long[] committed = events.values().stream().mapToLong(e -> e.occurredAt - firstMicros).sorted().toArray();
        long[] applied = appliedAt.values().stream().mapToLong(t -> t - firstMicros).sorted().toArray();
        long end = Math.max(committed[committed.length - 1], applied.length == 0 ? 0 : applied[applied.length - 1]);
        int steps = (int) (end / 100_000) + 2;
        double[] x = new double[steps];
        double[] y = new double[steps];
        for (int step = 0; step < steps; step++) {
            long t = step * 100_000L;
            x[step] = t / 1e6;
            y[step] = countAtOrBefore(committed, t) - countAtOrBefore(applied, t);
        }
        return new SvgChart.Series(consumer, x, y);
    }

    private static SvgChart.Series p99PerSecond(String consumer, Map<UUID, Event> events, Map<UUID, Long> appliedAt,
                                                long firstMicros) {
        Map<Integer, List<Double>> bySecond = new java.util.TreeMap<>();
        events.forEach((id, event) -> {
            Long applied = appliedAt.get(id);
            if (applied != null) {
                bySecond.computeIfAbsent((int) ((event.occurredAt - firstMicros) / 1_000_000), s -> new ArrayList<>())
                        .add((applied - event.occurredAt) / 1000.0);
            }
        });
        double[] x = bySecond.keySet().stream().mapToDouble(Integer::doubleValue).toArray();
        double[] y = bySecond.values().stream()
                .mapToDouble(values -> Stats.percentile(values.stream().mapToDouble(Double::doubleValue).toArray(), 99)).toArray();
        return new SvgChart.Series(consumer, x, y);
    }

    private static int countAtOrBefore(long[] sorted, long t) {
        int index = Arrays.binarySearch(sorted, t);
        if (index < 0) {
            return -index - 1;
        }
        while (index + 1 < sorted.length && sorted[index + 1] == t) {
            index++;
        }
        return index + 1;
    }

    private static long micros(Timestamp timestamp) {
        return timestamp.getTime() / 1000 * 1_000_000 + timestamp.getNanos() / 1000;
    }
}
