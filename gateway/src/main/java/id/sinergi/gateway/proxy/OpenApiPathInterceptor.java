package id.sinergi.gateway.proxy;

import io.vertx.core.Future;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * {@code /openapi/<service>} on the gateway is {@code /q/openapi} of that service: the Swagger UI
 * of the gateway shows every service's document, and "try it out" goes through the gateway.
 */
final class OpenApiPathInterceptor implements ProxyInterceptor {

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        context.request().setURI("/q/openapi?format=json");
        return context.sendRequest();
    }
}
