package id.sinergi.platform.error;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the gateway's {@code X-Request-Id} into every log line of the request and into its
 * problem+json answers, so one request can be followed from the gateway into the service.
 */
public class RequestIdLogging {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    @ServerRequestFilter(preMatching = true)
    public void rememberRequestId(ContainerRequestContext request) {
        String requestId = request.getHeaderString(HEADER);
        if (requestId != null && !requestId.isBlank() && requestId.length() <= 200) {
            MDC.put(MDC_KEY, requestId);
        } else {
            MDC.remove(MDC_KEY);
        }
    }
}
