package id.sinergi.gateway.proxy;

import id.sinergi.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.UUID;

/**
 * Routes {@code /api/v1/...} to the service that owns it, as a streaming reverse proxy: bodies
 * flow through without being buffered. Every request must carry a valid token (Quarkus verifies
 * it before any route runs); each request gets an {@code X-Request-Id} that the service sees and
 * the caller gets back.
 */
@ApplicationScoped
public class GatewayRoutes {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    void registerRoutes(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));

        router.route("/api/*").order(-10).handler(GatewayRoutes::requireAuthenticated);
        router.route("/api/*").order(-10).failureHandler(GatewayRoutes::authenticationFailed);

        config.upstreams().forEach((service, upstream) -> {
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(port(upstream.url()), upstream.url().getHost());
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String prefix : upstream.paths()) {
                router.route(prefix).handler(handler);
                router.route(prefix + "/*").handler(handler);
            }
        });
        config.upstreams().forEach((service, upstream) -> router.get("/openapi/" + service)
                .handler(ProxyHandler.create(HttpProxy.reverseProxy(client)
                        .origin(port(upstream.url()), upstream.url().getHost())
                        .addInterceptor(new OpenApiPathInterceptor()))));
        router.route("/api/*").handler(ctx -> problem(ctx, 404, "not-found", "Not Found",
                "no service answers " + ctx.request().path()));
    }

    private static void requireAuthenticated(RoutingContext ctx) {
        String requestId = ctx.request().getHeader(REQUEST_ID);
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            requestId = UUID.randomUUID().toString();
            ctx.request().headers().set(REQUEST_ID, requestId);
        }
        ctx.response().putHeader(REQUEST_ID, requestId);
        forwardOrigin(ctx);
        if (!(ctx.user() instanceof QuarkusHttpUser user) || user.getSecurityIdentity().isAnonymous()) {
            unauthorized(ctx);
            return;
        }
        ctx.next();
    }

    /**
     * Tells the service the address the caller used, so the links it builds ({@code Location})
     * point at the gateway and not at the service behind it.
     */
    private static void forwardOrigin(RoutingContext ctx) {
        var headers = ctx.request().headers();
        if (ctx.request().authority() != null) {
            headers.set("X-Forwarded-Host", ctx.request().authority().toString());
        }
        headers.set("X-Forwarded-Proto", ctx.request().scheme());
    }

    private static void authenticationFailed(RoutingContext ctx) {
        if (ctx.failure() instanceof AuthenticationFailedException || ctx.statusCode() == 401) {
            unauthorized(ctx);
        } else {
            ctx.next();
        }
    }

    private static void unauthorized(RoutingContext ctx) {
        ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"sinergi\"");
        problem(ctx, 401, "unauthorized", "Unauthorized",
                "a valid bearer token from the agencies' identity provider is required");
    }

    static void problem(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", PROBLEM_JSON).end(new JsonObject()
                .put("type", "https://sinergi.id/problems/" + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", ctx.request().path())
                .encode());
    }

    private static int port(java.net.URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
