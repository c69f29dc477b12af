package id.sinergi.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Serves a service's documents under the gateway's own paths: {@code /openapi/<service>} is the
 * service's {@code /q/openapi}, {@code /asyncapi/<service>/<file>} its {@code /asyncapi/<file>}.
 */
final class PathRewrite implements ProxyInterceptor {

    private final String fromPrefix;
    private final String toPrefix;

    PathRewrite(String fromPrefix, String toPrefix) {
        this.fromPrefix = fromPrefix;
        this.toPrefix = toPrefix;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        String uri = context.request().getURI();
        context.request().setURI(toPrefix + uri.substring(Math.min(fromPrefix.length(), uri.length())));
        return context.sendRequest();
    }
}
