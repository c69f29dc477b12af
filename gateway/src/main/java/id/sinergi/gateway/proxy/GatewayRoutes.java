package id.sinergi.gateway.proxy;

import id.sinergi.gateway.config.GatewayConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

/**
 * Routes {@code /api/v1/...} to the service that owns it, as a streaming reverse proxy: bodies flow
 * through without being buffered. Before a request reaches a service it must carry a valid token
 * (Quarkus verifies it before any route runs), get its {@code X-Request-Id}, pass the client's
 * rate limit, the body size limit and the route's role check.
 */
@ApplicationScoped
public class GatewayRoutes {

    public static final String REQUEST_ID = "X-Request-Id";

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    void registerRoutes(@Observes Router router) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));

        router.route("/api/*").order(-10).handler(this::admit);
        router.route("/api/*").order(-10).failureHandler(GatewayRoutes::authenticationFailed);

        config.upstreams().forEach((service, upstream) -> {
            ProxyHandler proxy = ProxyHandler.create(proxyTo(client, service, upstream));
            List<String> roles = upstream.roles().orElse(List.of());
            for (String prefix : upstream.paths()) {
                for (String path : List.of(prefix, prefix + "/*")) {
                    router.route(path).handler(ctx -> requireRole(ctx, service, roles));
                    router.route(path).handler(proxy);
                }
            }
            router.get("/openapi/" + service).handler(ProxyHandler.create(
                    proxyTo(client, service, upstream).addInterceptor(new PathRewrite("/openapi/" + service, "/q/openapi?format=json"))));
            router.get("/asyncapi/" + service + "/*").handler(ProxyHandler.create(
                    proxyTo(client, service, upstream).addInterceptor(new PathRewrite("/asyncapi/" + service, "/asyncapi"))));
        });
        router.route("/api/*").handler(ctx -> Problems.send(ctx, 404, "not-found", "Not Found",
                "no service answers " + ctx.request().path()));
    }

    private static HttpProxy proxyTo(HttpClient client, String service, GatewayConfig.Upstream upstream) {
        URI url = upstream.url();
        SocketAddress address = SocketAddress.inetSocketAddress(port(url), url.getHost());
        long timeout = upstream.timeout().toMillis();
        return HttpProxy.reverseProxy(client)
                .originRequestProvider((request, http) -> http.request(new RequestOptions()
                        .setServer(address)
                        .setIdleTimeout(timeout)))
                .addInterceptor(new UpstreamFailures(service));
    }

    /** Request id, authentication, rate limit and body size: everything every route needs. */
    private void admit(RoutingContext ctx) {
        String requestId = ctx.request().getHeader(REQUEST_ID);
        if (requestId == null || requestId.isBlank() || requestId.length() > 200) {
            requestId = UUID.randomUUID().toString();
            ctx.request().headers().set(REQUEST_ID, requestId);
        }
        MDC.put("requestId", requestId);
        ctx.response().putHeader(REQUEST_ID, requestId);
        forwardOrigin(ctx);

        SecurityIdentity identity = identity(ctx);
        if (identity == null) {
            unauthorized(ctx);
            return;
        }
        OptionalLong retryAfter = rateLimiter.tryAcquire(identity.getPrincipal().getName());
        if (retryAfter.isPresent()) {
            ctx.response().putHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
            Problems.send(ctx, 429, "too-many-requests", "Too Many Requests",
                    "this client sent more requests than its limit allows; retry after " + retryAfter.getAsLong() + " s");
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && isOver(length, config.maxBodySize().asLongValue())) {
            ctx.response().putHeader("Connection", "close");
            Problems.send(ctx, 413, "body-too-large", "Content Too Large",
                    "the body is larger than the " + config.maxBodySize().asLongValue() + " bytes the gateway accepts");
            return;
        }
        ctx.next();
    }

    private static void requireRole(RoutingContext ctx, String service, List<String> roles) {
        if (roles.isEmpty() || roles.stream().anyMatch(identity(ctx)::hasRole)) {
            ctx.next();
            return;
        }
        Problems.send(ctx, 403, "forbidden", "Forbidden", "the token's roles do not allow calling " + service);
    }

    private static SecurityIdentity identity(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return user.getSecurityIdentity();
        }
        return null;
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
        Problems.send(ctx, 401, "unauthorized", "Unauthorized",
                "a valid bearer token from the agencies' identity provider is required");
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static int port(URI url) {
        if (url.getPort() > 0) {
            return url.getPort();
        }
        return "https".equals(url.getScheme()) ? 443 : 80;
    }
}
