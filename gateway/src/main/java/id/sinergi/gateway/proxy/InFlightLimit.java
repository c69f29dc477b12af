package id.sinergi.gateway.proxy;

import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.Problems;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How many requests this gateway replica has with one service at once. Above the limit a request
 * is refused at once with 503 {@code overloaded} and {@code Retry-After}, instead of waiting in a
 * queue without bound: offered more than the service can carry, the gateway keeps answering what
 * it accepts in good time and tells the rest to come back, rather than letting every request wait
 * until the caller gives up. A refused request never reached the service, so retrying it is safe.
 */
final class InFlightLimit {

    /** Seconds a refused caller is asked to wait: the queue that refused it drains in far less. */
    static final long RETRY_AFTER_SECONDS = 1;

    private final String service;
    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    InFlightLimit(String service, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("max-in-flight of " + service + " must be at least 1, is " + limit);
        }
        this.service = service;
        this.limit = limit;
    }

    /**
     * Lets the request through, counting it until its response is over (sent, failed or the caller
     * gone); false, with the 503 already sent, when the service has as many as it may.
     */
    boolean admit(RoutingContext ctx) {
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            ProblemReplies.send(ctx, Problems.overloaded(service, RETRY_AFTER_SECONDS));
            return false;
        }
        AtomicBoolean counted = new AtomicBoolean(true);
        ctx.addEndHandler(over -> {
            if (counted.getAndSet(false)) {
                inFlight.decrementAndGet();
            }
        });
        return true;
    }
}
