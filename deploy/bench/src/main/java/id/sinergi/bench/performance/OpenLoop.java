package id.sinergi.bench.performance;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.IntConsumer;

/**
 * A load on a fixed schedule: request {@code i} goes out at {@code i / rate} seconds from the start,
 * whether or not earlier answers are in (open loop), so a slow system meets the load it would meet
 * in life instead of slowing its callers down.
 */
final class OpenLoop {

    private OpenLoop() {
    }

    /**
     * The client an open loop sends with: HTTP/1.1, so every request waiting for an answer holds a
     * connection of its own and none waits behind another, answers handled on {@code executor}.
     */
    static HttpClient client(ExecutorService executor) {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(executor)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Calls {@code send} with 0 … total − 1, each on its schedule; returns the seconds it took. */
    static double run(int total, int ratePerSecond, IntConsumer send) {
        long start = System.nanoTime();
        long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            send.accept(i);
        }
        return (System.nanoTime() - start) / 1e9;
    }
}
