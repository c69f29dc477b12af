package id.sinergi.gateway;

import id.sinergi.local.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for the services behind the gateway: it answers with what it received, so tests can
 * see what the gateway forwarded. (The system tests run the gateway in front of the real services.)
 */
public class EchoUpstream implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private HttpServer server;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        int port = FreePorts.next();
        try {
            server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
                JsonObject echo = new JsonObject()
                        .put("method", request.method().name())
                        .put("path", request.path())
                        .put("requestId", request.getHeader("X-Request-Id"))
                        .put("authorization", request.getHeader("Authorization") != null)
                        .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                        .put("forwardedHost", request.getHeader("X-Forwarded-Host"))
                        .put("body", body.toString());
                request.response().setStatusCode("POST".equals(request.method().name()) ? 201 : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("ETag", "\"7\"")
                        .putHeader("Location", "http://127.0.0.1:" + port + request.path() + "/1")
                        .end(echo.encode());
            })).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the echo upstream", e);
        }
        String url = "http://127.0.0.1:" + port;
        int closedPort = FreePorts.next();
        return Map.of(
                "sinergi.gateway.upstreams.inmate-service.url", url,
                "sinergi.gateway.upstreams.program-service.url", url,
                "sinergi.gateway.upstreams.liaison-service.url", "http://127.0.0.1:" + closedPort);
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
