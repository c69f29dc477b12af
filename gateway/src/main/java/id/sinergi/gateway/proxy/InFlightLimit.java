package id.sinergi.gateway.proxy;

import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.http.Reads;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests this gateway replica has with one service at once, reads and writes counted
 * apart. Above a limit a request is refused at once with 503 {@code overloaded} and
 * {@code Retry-After}, instead of waiting in a queue without bound: offered more than the service
 * can carry, the gateway keeps answering what it accepts in good time and tells the rest to come
 * back, rather than letting every request wait until the caller gives up. A refused request never
 * reached the service, so retrying it is safe.
 *
 * <p>What a limit costs in waiting is the limit divided by the service's throughput (Little's law).
 * Writes are an order of magnitude dearer than reads and take turns on locks (an admission on its
 * register's counter), so they have a lower limit of their own: reads keep their throughput while
 * writes queue no longer than a fraction of a second. A search by body ({@code POST …/search}) is
 * a read (see {@link Reads}).
 */
final class InFlightLimit {

    /** Seconds a refused caller is asked to wait: the queue that refused it drains in far less. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final String service;
    private final Counter reads;
    private final Counter writes;

    InFlightLimit(String service, int maxReads, int maxWrites) {
        this.service = service;
        this.reads = new Counter("max-in-flight", maxReads);
        this.writes = new Counter("max-writes-in-flight", maxWrites);
    }

    /**
     * Lets the request through, counting it until the service's answer begins (its headers are
     * written) or, when none comes, until the response is over (failed or the caller gone); false,
     * with the 503 already sent, when the service has as many of its kind as it may. The count ends
     * at the headers because the end of a response is reported only after it was written: a client
     * on keep-alive has its next request in before then, and 16 connections were refused now and
     * then at a limit of 16.
     */
    boolean admit(RoutingContext ctx) {
        Counter counter = Reads.isRead(ctx.request().method().name(), ctx.request().path()) ? reads : writes;
        if (!counter.tryEnter()) {
            ProblemReplies.send(ctx, Problems.overloaded(service, RETRY_AFTER_SECONDS));
            return false;
        }
        AtomicBoolean counted = new AtomicBoolean(true);
        Runnable leave = () -> {
            if (counted.getAndSet(false)) {
                counter.leave();
            }
        };
        ctx.addHeadersEndHandler(answered -> leave.run());
        ctx.addEndHandler(over -> leave.run());
        return true;
    }

    private final class Counter {
        private final int limit;
        private final AtomicInteger inFlight = new AtomicInteger();

        Counter(String name, int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException(name + " of " + service + " must be at least 1, is " + limit);
            }
            this.limit = limit;
        }

        boolean tryEnter() {
            if (inFlight.incrementAndGet() > limit) {
                inFlight.decrementAndGet();
                return false;
            }
            return true;
        }

        void leave() {
            inFlight.decrementAndGet();
        }
    }
}
