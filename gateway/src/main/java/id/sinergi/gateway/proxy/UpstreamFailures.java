package id.sinergi.gateway.proxy;

import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.ProblemTypes;
import id.sinergi.platform.error.Problems;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/**
 * When a service cannot be reached or does not answer in time, the caller gets a problem+json that
 * names the service: 503 when nothing listens (down or restarting), 504 when it is too slow, 502
 * for any other broken exchange. Never a hang: every request to a service has a timeout. The log
 * line names the path, never the query string: a query can hold a NIK or a name.
 */
final class UpstreamFailures implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamFailures.class);

    private final String service;

    UpstreamFailures(String service) {
        this.service = service;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        return context.sendRequest().recover(failure -> {
            if (context.request().proxiedRequest().response().closed()) {
                // The caller hung up and the proxy dropped its request to the service: nothing
                // failed upstream and nobody is left to answer.
                LOG.debugf("%s %s → %s: caller went away", context.request().getMethod(), pathOf(context), service);
                return Future.failedFuture(failure);
            }
            int status;
            String slug;
            String title;
            String detail;
            if (isTimeout(failure)) {
                status = 504;
                slug = ProblemTypes.UPSTREAM_TIMEOUT;
                title = "Gateway Timeout";
                detail = service + " did not answer in time; the request may or may not have been carried out, "
                        + "retry it with the same Idempotency-Key";
            } else if (failure instanceof ConnectException || failure.getCause() instanceof ConnectException) {
                status = 503;
                slug = ProblemTypes.UPSTREAM_UNAVAILABLE;
                title = "Service Unavailable";
                detail = service + " is not reachable at the moment; retry later";
            } else {
                status = 502;
                slug = ProblemTypes.UPSTREAM_FAILED;
                title = "Bad Gateway";
                detail = "the exchange with " + service + " failed";
            }
            LOG.warnf("%s %s → %s: %s (%s)", context.request().getMethod(), pathOf(context), service, status,
                    withoutQueries(failure.getMessage()));
            ProxyResponse response = context.request().response()
                    .setStatusCode(status)
                    .putHeader("Content-Type", ProblemReplies.CONTENT_TYPE)
                    .setBody(Body.body(ProblemReplies.body(Problems.problem(status, slug, title, detail).build(),
                            context.request().proxiedRequest().path())));
            response.headers().remove("Content-Length");
            if (status == 503) {
                response.putHeader("Retry-After", "5");
            }
            return Future.succeededFuture(response);
        });
    }

    private static String pathOf(ProxyContext context) {
        return context.request().proxiedRequest().path();
    }

    /**
     * The failure's own words without any query string in them: Vert.x's timeout message names the
     * request it gave up on ("… while executing GET /api/v1/inmates?nik=… for server …").
     */
    static String withoutQueries(String message) {
        return message == null ? null : message.replaceAll("\\?\\S*", "");
    }

    private static boolean isTimeout(Throwable failure) {
        return failure instanceof TimeoutException || failure.getCause() instanceof TimeoutException
                || (failure instanceof VertxException && String.valueOf(failure.getMessage()).contains("timeout"));
    }
}
