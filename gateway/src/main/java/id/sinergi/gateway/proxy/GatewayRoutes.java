package id.sinergi.gateway.proxy;

import id.sinergi.gateway.config.GatewayConfig;
import id.sinergi.platform.auth.VerifiedTokens;
import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.observability.RequestIds;
import id.sinergi.platform.observability.TraceContext;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import java.net.URI;
import java.util.List;
import java.util.OptionalLong;

/**
 * Routes {@code /api/v1/...} to the service that owns it, as a streaming reverse proxy: bodies flow
 * through without being buffered. Before a request reaches a service it gets its
 * {@code X-Request-Id} and must carry a valid token, pass the client's rate limit, the body size
 * limit and the route's role check.
 *
 * <p>The token is checked here, in the first handler, rather than by Quarkus' HTTP security layer:
 * the gateway has no endpoint that needs an identity beyond this one check, and going through the
 * security layer's asynchronous identity pipeline on every proxied request cost a sixth of the
 * gateway's CPU. The checking itself is smallrye-jwt's, with the configured key and issuer.
 */
@ApplicationScoped
public class GatewayRoutes {

    private static final Logger LOG = Logger.getLogger(GatewayRoutes.class);
    private static final String CALLER = "sinergi.caller";
    private static final String TRACESTATE = "tracestate";

    @Inject
    Vertx vertx;

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    VerifiedTokens tokens;

    /** True when the gateway takes no part in traces (no collector, see TracingSwitch). */
    @ConfigProperty(name = "quarkus.otel.sdk.disabled")
    boolean tracingOff;

    void registerRoutes(@Observes Router router) {
        UpstreamClients clients = new UpstreamClients(vertx, new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setMaxPoolSize(64));

        router.route("/api/*").order(-10).handler(this::admit);

        config.upstreams().forEach((service, upstream) -> {
            ProxyHandler proxy = ProxyHandler.create(proxyTo(clients, service, upstream));
            InFlightLimit limit = new InFlightLimit(service, upstream.maxInFlight(), upstream.maxWritesInFlight());
            List<String> roles = upstream.roles().orElse(List.of());
            for (String prefix : upstream.paths()) {
                for (String path : List.of(prefix, prefix + "/*")) {
                    router.route(path).handler(ctx -> {
                        if (!mayCall(ctx, roles)) {
                            ProblemReplies.send(ctx, Problems.forbidden("route", service));
                        } else if (limit.admit(ctx)) {
                            proxy.handle(ctx);
                        }
                    });
                }
            }
            router.get("/openapi/" + service).handler(ProxyHandler.create(
                    proxyTo(clients, service, upstream).addInterceptor(new PathRewrite("/openapi/" + service, "/q/openapi?format=json"))));
            router.get("/asyncapi/" + service + "/*").handler(ProxyHandler.create(
                    proxyTo(clients, service, upstream).addInterceptor(new PathRewrite("/asyncapi/" + service, "/asyncapi"))));
        });
        router.route("/api/*").handler(ctx -> ProblemReplies.send(ctx, Problems.noSuchPath(ctx.request().path())));
    }

    private static HttpProxy proxyTo(UpstreamClients clients, String service, GatewayConfig.Upstream upstream) {
        URI url = upstream.url();
        SocketAddress address = SocketAddress.inetSocketAddress(port(url), url.getHost());
        long timeout = upstream.timeout().toMillis();
        // The client given to the proxy is only its default for finding the origin, which is replaced here.
        return HttpProxy.reverseProxy(clients.ofThisEventLoop())
                .originRequestProvider((request, proxysDefault) -> clients.ofThisEventLoop().request(new RequestOptions()
                        .setServer(address)
                        .setIdleTimeout(timeout)))
                .addInterceptor(new UpstreamFailures(service));
    }

    /** Request id, authentication, rate limit and body size: everything every route needs. */
    private void admit(RoutingContext ctx) {
        String requestId = ctx.request().getHeader(RequestIds.HEADER);
        if (!RequestIds.acceptable(requestId)) {
            requestId = RequestIds.newId();
            ctx.request().headers().set(RequestIds.HEADER, requestId);
        }
        MDC.put(RequestIds.MDC_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        forwardOrigin(ctx);
        if (!tracingOff) {
            // The caller's trace context now lives in the gateway's server span; the proxy's client
            // tracing passes the gateway's own context on, and a copied original would come first.
            ctx.request().headers().remove(TraceContext.TRACEPARENT).remove(TRACESTATE);
        }

        JsonWebToken caller = caller(ctx);
        if (caller == null) {
            unauthorized(ctx);
            return;
        }
        ctx.put(CALLER, caller);
        MDC.put(RequestIds.MDC_SUBJECT, caller.getName());
        OptionalLong retryAfter = rateLimiter.tryAcquire(caller.getName());
        if (retryAfter.isPresent()) {
            ProblemReplies.send(ctx, Problems.tooManyRequests(retryAfter.getAsLong()));
            return;
        }
        String length = ctx.request().getHeader("Content-Length");
        if (length != null && isOver(length, config.maxBodySize().asLongValue())) {
            ProblemReplies.send(ctx, Problems.bodyTooLarge(config.maxBodySize().asLongValue(), "gateway"));
            return;
        }
        ctx.next();
    }

    private static boolean mayCall(RoutingContext ctx, List<String> roles) {
        return roles.isEmpty() || roles.stream().anyMatch(ctx.<JsonWebToken>get(CALLER).getGroups()::contains);
    }

    /** The verified token of a request's {@code Authorization: Bearer …} header; null when absent or not valid. */
    private JsonWebToken caller(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        try {
            return tokens.parse(authorization.substring(7).trim());
        } catch (ParseException e) {
            LOG.debugf("token refused: %s", e.getMessage());
            return null;
        }
    }

    /**
     * Tells the service the address the caller used, so the links it builds ({@code Location})
     * point at the gateway and not at the service behind it.
     */
    private static void forwardOrigin(RoutingContext ctx) {
        var headers = ctx.request().headers();
        // The Host header as sent is the authority (the router trusts no forwarding headers), and
        // cheaper to read than authority(), which HTTP/2 callers need: they send no Host header.
        String host = headers.get(HttpHeaders.HOST);
        if (host == null && ctx.request().authority() != null) {
            host = ctx.request().authority().toString();
        }
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
        }
        headers.set("X-Forwarded-Proto", ctx.request().scheme());
    }

    private static void unauthorized(RoutingContext ctx) {
        ProblemReplies.send(ctx, Problems.unauthorized());
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
