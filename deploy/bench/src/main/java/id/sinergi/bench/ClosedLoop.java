package id.sinergi.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fixed number of clients, each sending its next request as soon as the previous answer is in,
 * recording every request's latency: the load model of the benchmarks.
 */
public final class ClosedLoop {

    private ClosedLoop() {
    }

    /** Sends request {@code index} and returns a figure read from the answer (a total, a size), or -1 for an error. */
    @FunctionalInterface
    public interface Request {
        long send(int index);
    }

    /** What each request took and returned, by request index, and how long the whole run lasted. */
    public record Run(long[] latencyNanos, long[] figures, long wallNanos) {
    }

    public static Run run(int requests, int clients, Request request) throws InterruptedException {
        long[] latencies = new long[requests];
        long[] figures = new long[requests];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        figures[i] = request.send(i);
                        latencies[i] = System.nanoTime() - sent;
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                try {
                    worker.get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a benchmark client failed", e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return new Run(latencies, figures, System.nanoTime() - started);
    }

    /** The smallest value with at least p% of the values at or below it (nearest rank). */
    public static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
