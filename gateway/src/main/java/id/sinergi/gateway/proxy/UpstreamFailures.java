package id.sinergi.gateway.proxy;

import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.error.Problems;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;

import java.net.ConnectException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

/**
 * When a service cannot be reached or does not answer in time, the caller gets a problem+json that
 * names the service: 503 when nothing listens (down or restarting), 504 when it is too slow, 502
 * for any other broken exchange, in the caller's language. Never a hang: every request to a service
 * has a timeout. The log line names the path, never the query string: a query can hold a NIK or a name.
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
            Problem problem;
            if (isTimeout(failure)) {
                problem = Problems.upstreamTimeout(service);
            } else if (failure instanceof ConnectException || failure.getCause() instanceof ConnectException) {
                problem = Problems.upstreamUnavailable(service);
            } else {
                problem = Problems.upstreamFailed(service);
            }
            LOG.warnf("%s %s → %s: %s (%s)", context.request().getMethod(), pathOf(context), service,
                    problem.getStatusCode(), withoutQueries(failure.getMessage()));
            HttpServerRequest caller = context.request().proxiedRequest();
            Locale language = ProblemTexts.language(caller.getHeader(ProblemReplies.ACCEPT_LANGUAGE));
            ProxyResponse response = context.request().response()
                    .setStatusCode(problem.getStatusCode())
                    .putHeader("Content-Type", ProblemReplies.CONTENT_TYPE)
                    .setBody(Body.body(ProblemReplies.body(problem, caller.path(), language)));
            ProblemReplies.languageHeaders(language).forEach(response::putHeader);
            response.headers().remove("Content-Length");
            problem.getHeaders().forEach((name, value) -> response.putHeader(name, String.valueOf(value)));
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
