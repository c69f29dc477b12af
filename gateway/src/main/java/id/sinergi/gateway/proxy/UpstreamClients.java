package id.sinergi.gateway.proxy;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;

/**
 * One HTTP client, with its own pool of connections to the services, per event loop. A request the
 * gateway received on an event loop then goes to the service over a connection that lives on the
 * same event loop: with one client shared by all event loops, a connection opened by one loop was
 * often taken by another, and every request and answer crossed threads (a task queued, the other
 * loop woken, locks on the connection contended), which was the largest part of the gateway's CPU
 * per proxied request.
 */
final class UpstreamClients {

    private final ThreadLocal<HttpClient> clientOfThread;

    UpstreamClients(Vertx vertx, HttpClientOptions options) {
        this.clientOfThread = ThreadLocal.withInitial(() -> vertx.createHttpClient(options));
    }

    /** The calling event loop's client (proxied requests are always handled on an event loop). */
    HttpClient ofThisEventLoop() {
        return clientOfThread.get();
    }
}
