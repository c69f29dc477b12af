package id.sinergi.gateway;

import id.sinergi.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in for the services behind the gateway: it answers with what it received, so tests can
 * see what the gateway forwarded. {@code …/slow} answers after 6 s (past inmate-service's test
 * timeout of 3 s); {@code …/held} answers only when a test asks, at {@code /echo/release}, and
 * {@code /echo/held} says how many wait, so a test can know that requests are in flight instead of
 * guessing it from timing. liaison-service's address has nothing listening. (The system tests run the
 * gateway in front of the real services.)
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;
    private final List<HttpServerRequest> held = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = FreePorts.next();
        // The services' limits (Quarkus' defaults): a 4096-byte request line, 20K of headers.
        HttpServerOptions options = new HttpServerOptions().setMaxInitialLineLength(4096).setMaxHeaderSize(20 * 1024);
        try {
            server = vertx.createHttpServer(options).requestHandler(request -> {
                if (request.path().startsWith("/q/health")) {
                    request.response().setStatusCode(200).end("{\"status\":\"UP\"}");
                } else if (request.path().endsWith("/slow")) {
                    vertx.setTimer(6_000, ignored -> request.response().end("{}"));
                } else if (request.path().equals("/echo/held")) {
                    // Before the held paths: this one ends in /held too.
                    request.response().end(String.valueOf(held.size()));
                } else if (request.path().equals("/echo/release")) {
                    held.forEach(waiting -> waiting.response().end("{}"));
                    held.clear();
                    request.response().end();
                } else if (request.path().endsWith("/held")) {
                    held.add(request);
                } else {
                    echo(request, port);
                }
            }).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the echo upstream", e);
        }
        String url = "http://127.0.0.1:" + port;
        return Map.of(
                "sinergi.gateway.upstreams.inmate-service.url", url,
                "sinergi.gateway.upstreams.inmate-service.timeout", "PT3S",
                "sinergi.gateway.upstreams.program-service.url", url,
                "sinergi.gateway.upstreams.program-service.timeout", "PT60S",
                "sinergi.gateway.upstreams.program-service.max-in-flight", "3",
                "sinergi.gateway.upstreams.liaison-service.url", "http://127.0.0.1:" + FreePorts.next(),
                "sinergi.gateway.rate-limit.requests-per-second", "1",
                "sinergi.gateway.rate-limit.burst", "20",
                "sinergi.gateway.max-body-size", "8M",
                "quarkus.http.limits.max-body-size", "8M");
    }

    /** Counts the body as it streams in rather than holding it, and answers with what arrived. */
    private static void echo(HttpServerRequest request, int port) {
        AtomicLong bytes = new AtomicLong();
        StringBuilder head = new StringBuilder();
        request.handler(chunk -> {
            bytes.addAndGet(chunk.length());
            if (head.length() < 200) {
                head.append(chunk.toString());
            }
        });
        request.endHandler(ignored -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("authorization", request.getHeader("Authorization") != null)
                    .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                    .put("ifMatch", request.getHeader("If-Match"))
                    .put("traceparent", request.getHeader("traceparent"))
                    .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("bodyLength", bytes.get())
                    .put("body", head.length() > 200 ? head.substring(0, 200) : head.toString());
            request.response().setStatusCode("POST".equals(request.method().name()) ? 201 : 200)
                    .putHeader("Content-Type", "application/json")
                    .putHeader("ETag", "\"7\"")
                    .putHeader("Location", "http://127.0.0.1:" + port + request.path() + "/1")
                    .end(echo.encode());
        });
    }

    @Override
    public void stop() {
        if (server != null) {
            server.close();
        }
        if (vertx != null) {
            vertx.close();
        }
    }
}
