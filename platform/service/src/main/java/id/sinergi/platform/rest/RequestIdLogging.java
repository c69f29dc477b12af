package id.sinergi.platform.rest;

import id.sinergi.platform.observability.RequestIds;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the gateway's {@code X-Request-Id} into every log line of the request and into its
 * problem+json answers, so one request can be followed from the gateway into the service.
 */
public class RequestIdLogging {

    @ServerRequestFilter(preMatching = true)
    public void rememberRequestId(ContainerRequestContext request) {
        String requestId = request.getHeaderString(RequestIds.HEADER);
        if (RequestIds.acceptable(requestId)) {
            MDC.put(RequestIds.MDC_KEY, requestId);
        } else {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
