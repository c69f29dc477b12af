package id.sinergi.bench.performance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Twice what the stack carries, offered on a fixed schedule (open loop) for {@value #SECONDS} s:
 * admissions through the gateway, spread over the region's facilities as the write-path section's,
 * each with its own {@code Idempotency-Key}, at twice the rate the
 * write-path section measured at 16 connections (or {@value #DEFAULT_CAPACITY}/s when it did not
 * run). Every answer is counted by status, with the latency of the accepted and of the refused.
 * Then every request that got anything but 201 is looked up: when its admission was committed all
 * the same (the NIK is in the register), sending it again with its key must replay the first
 * answer, not admit a second time.
 */
final class OverloadSection implements Section {

    static final int SECONDS = 30;
    static final double DEFAULT_CAPACITY = 200;
    static final double ACCEPTED_P99_MILLIS = 1_000;
    static final double REFUSED_P99_MILLIS = 100;

    @Override
    public String name() {
        return "overload";
    }

    private record Answer(int status, double millis, String retryAfter, String contentType) {
    }

    @Override
    public String run(BenchRun run) throws Exception {
        double capacity = run.figure("write.admissions.16").orElse(DEFAULT_CAPACITY);
        int rate = (int) Math.round(2 * capacity);
        int total = rate * run.seconds(SECONDS);
        List<String> registrars = run.registrarTokens();
        URI uri = URI.create(run.url("gateway") + "/api/v1/inmates");
        String nikPrefix = String.format("65%06d", System.currentTimeMillis() / 1000 % 1_000_000);
        ExecutorService executor = Executors.newFixedThreadPool(4);
        HttpClient client = OpenLoop.client(executor);
        List<CompletableFuture<Answer>> answers = new ArrayList<>(total);
        List<String> keys = new ArrayList<>(total);
        run.say(String.format("offering %,d admissions at %d/s (twice the %.0f/s measured)", total, rate, capacity));
        double offeredSeconds = OpenLoop.run(total, rate, i -> {
            String key = UUID.randomUUID().toString();
            keys.add(key);
            answers.add(send(client, uri, registrars.get(i % registrars.size()), key, Admissions.body(nikPrefix, i)));
        });
        List<Answer> answered = new ArrayList<>(total);
        for (CompletableFuture<Answer> answer : answers) {
            answered.add(answer.get(60, TimeUnit.SECONDS));
        }

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answered.forEach(a -> byStatus.merge(a.status(), 1, Integer::sum));
        double[] accepted = answered.stream().filter(a -> a.status() == 201).mapToDouble(Answer::millis).toArray();
        double[] refused = answered.stream().filter(a -> a.status() == 503 || a.status() == 429).mapToDouble(Answer::millis).toArray();
        long refusedWithoutRetryAfter = answered.stream()
                .filter(a -> (a.status() == 503 || a.status() == 429) && (a.retryAfter() == null || !a.contentType().startsWith("application/problem+json")))
                .count();

        run.say("checking every request that did not get 201 against the register");
        int committedDespiteError = 0;
        int replayed = 0;
        try (Connection inmate = run.database("inmate");
             PreparedStatement admitted = inmate.prepareStatement("SELECT count(*) FROM people WHERE nik = ?")) {
            for (int i = 0; i < total; i++) {
                if (answered.get(i).status() == 201) {
                    continue;
                }
                admitted.setString(1, String.format("%s%08d", nikPrefix, i));
                try (ResultSet found = admitted.executeQuery()) {
                    found.next();
                    if (found.getLong(1) == 0) {
                        continue;
                    }
                }
                committedDespiteError++;
                Answer again = send(client, uri, registrars.get(i % registrars.size()), keys.get(i), Admissions.body(nikPrefix, i))
                        .get(60, TimeUnit.SECONDS);
                if (again.status() == 201) {
                    replayed++;
                }
            }
        }
        executor.shutdownNow();

        double acceptedP99 = accepted.length == 0 ? Double.NaN : Stats.percentile(accepted, 99);
        double refusedP99 = refused.length == 0 ? Double.NaN : Stats.percentile(refused, 99);
        StringBuilder md = new StringBuilder("## Overload: twice what the stack carries\n\n");
        md.append(String.format("%,d admissions offered through the gateway at %d/s for %.0f s on a fixed schedule (open loop), "
                        + "twice the %.0f admissions/s the write path carried at 16 connections; each with its own "
                        + "`Idempotency-Key`.%n%n", total, rate, offeredSeconds, capacity));
        md.append("| status | answers |\n|---|---:|\n");
        byStatus.forEach((status, count) -> md.append(String.format("| %s | %,d |%n", status == 0 ? "no answer within 30 s" : status, count)));
        md.append(String.format("%n| | answers | p50 ms | p99 ms | max ms |%n|---|---:|---:|---:|---:|%n"));
        md.append(row("accepted (201)", accepted));
        md.append(row("refused (503 or 429)", refused));
        md.append(String.format("%nRefusals without `Retry-After` or not problem+json: %d. Requests answered with an error whose "
                + "admission was committed all the same: %d, of which %d answered 201 again (the replay) when sent again with "
                + "their key.%n%n", refusedWithoutRetryAfter, committedDespiteError, replayed));
        run.target("Overload at twice the capacity: what is accepted", "p99 < 1 s",
                String.format("p99 %.0f ms over %,d accepted", acceptedP99, accepted.length),
                accepted.length > 0 && acceptedP99 < ACCEPTED_P99_MILLIS);
        run.target("Overload at twice the capacity: what is refused", "within 100 ms, 503/429 problem+json with Retry-After",
                String.format("p99 %.0f ms over %,d refused, %d without Retry-After", refusedP99, refused.length, refusedWithoutRetryAfter),
                refused.length > 0 && refusedP99 < REFUSED_P99_MILLIS && refusedWithoutRetryAfter == 0);
        run.target("Overload: an error never hides a committed effect", "every one replayed by its Idempotency-Key",
                String.format("%d committed despite an error, %d replayed", committedDespiteError, replayed),
                replayed == committedDespiteError);
        return md.toString();
    }

    private static CompletableFuture<Answer> send(HttpClient client, URI uri, String token, String key, String body) {
        long sent = System.nanoTime();
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .thenApply(response -> new Answer(response.statusCode(), (System.nanoTime() - sent) / 1e6,
                        response.headers().firstValue("Retry-After").orElse(null),
                        response.headers().firstValue("Content-Type").orElse("")))
                .exceptionally(failure -> new Answer(0, (System.nanoTime() - sent) / 1e6, null, ""));
    }

    private static String row(String what, double[] millis) {
        if (millis.length == 0) {
            return String.format("| %s | 0 | | | |%n", what);
        }
        return String.format("| %s | %,d | %.1f | %.1f | %.1f |%n", what, millis.length, Stats.percentile(millis, 50),
                Stats.percentile(millis, 99), Stats.max(millis));
    }
}
