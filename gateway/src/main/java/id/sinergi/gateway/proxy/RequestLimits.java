package id.sinergi.gateway.proxy;

import id.sinergi.gateway.config.GatewayConfig;
import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.Problems;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.Map;

/**
 * A URI or headers larger than the gateway takes answer 414 or 431 as problem+json, first thing,
 * on every route. The limits are the gateway's own ({@code sinergi.gateway.max-uri-length},
 * {@code max-header-size}), below what the services behind it accept, so whatever passes here
 * passes there.
 *
 * <p>The HTTP codec has larger limits of its own ({@code quarkus.http.limits.max-initial-line-length}
 * and {@code max-header-size}): a request over those never becomes a request, and Vert.x answers it
 * with a bare 414, 431 or 400 and closes the connection. Quarkus offers no way to answer those
 * differently (Vert.x's {@code HttpServer.invalidRequestHandler} is not reachable from a Quarkus
 * application); keeping the codec's limits well above these makes that the rare case of a request
 * far over the limit, or not HTTP at all.
 */
@ApplicationScoped
public class RequestLimits {

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        int maxUri = config.maxUriLength();
        long maxHeaders = config.maxHeaderSize().asLongValue();
        Problem uriTooLong = Problems.uriTooLong(maxUri);
        Problem headersTooLarge = Problems.headersTooLarge(maxHeaders);
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            if (ctx.request().uri().length() > maxUri) {
                ProblemReplies.send(ctx.response(), uriTooLong, null, ProblemReplies.language(ctx));
            } else if (headerBytes(ctx.request().headers()) > maxHeaders) {
                ProblemReplies.send(ctx, headersTooLarge);
            } else {
                ctx.next();
            }
        });
    }

    /** As the codec counts them: each line's name, value and the four bytes of ": " and CRLF. */
    static long headerBytes(MultiMap headers) {
        long bytes = 0;
        for (Map.Entry<String, String> header : headers) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
