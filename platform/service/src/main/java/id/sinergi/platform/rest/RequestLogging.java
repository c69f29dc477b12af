package id.sinergi.platform.rest;

import id.sinergi.platform.observability.RequestIds;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import id.sinergi.platform.http.Reads;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts the caller's token subject into every log line of a request ({@code userSubject} in the
 * MDC, see {@link RequestIds}, beside the request id and trace id), and writes one line per write request: method, path
 * and status. Never the query string or the body: they can hold names and NIK, which stay out of
 * logs (UU 27/2022); the path holds only ids. A search by body ({@code POST …/search}) is a read
 * (see {@link Reads}) and is not logged, like a GET.
 */
public class RequestLogging {

    private static final Logger LOG = Logger.getLogger(RequestLogging.class);

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter(priority = 100)
    public Uni<Void> rememberSubject() {
        // A token that fails here fails again, the same way, where the endpoint checks it.
        return identities.getDeferredIdentity()
                .onItem().invoke(identity -> {
                    if (identity != null && !identity.isAnonymous()) {
                        MDC.put(RequestIds.MDC_SUBJECT, identity.getPrincipal().getName());
                    } else {
                        MDC.remove(RequestIds.MDC_SUBJECT);
                    }
                })
                .onFailure().recoverWithNull()
                .replaceWithVoid();
    }

    @ServerResponseFilter
    public void logWrite(ContainerRequestContext request, ContainerResponseContext response) {
        String path = request.getUriInfo().getPath();
        if (Reads.isRead(request.getMethod(), path)) {
            return;
        }
        LOG.infof("%s /%s -> %d", request.getMethod(), path.replaceFirst("^/", ""), response.getStatus());
    }
}
