package id.sinergi.platform.audit;

import id.sinergi.platform.http.Reads;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names the action of a write request as the audit trail shows it: the operation's OpenAPI
 * {@code operationId} (what integrators and auditors find in the API documents), else the resource
 * method's name. Reads change no audited data, so they are left alone; a search by body
 * ({@code POST …/search}) is a read.
 */
public class AuditActionFilter {

    private static final Map<Method, String> NAMES = new ConcurrentHashMap<>();

    @Inject
    RequestAudit audit;

    @ServerRequestFilter
    public void nameTheAction(ContainerRequestContext request, ResourceInfo resource) {
        Method resourceMethod = resource.getResourceMethod();
        if (resourceMethod == null || Reads.isRead(request.getMethod(), request.getUriInfo().getPath())) {
            return;
        }
        audit.action(NAMES.computeIfAbsent(resourceMethod, AuditActionFilter::name));
    }

    private static String name(Method method) {
        Operation operation = method.getAnnotation(Operation.class);
        if (operation != null && !operation.operationId().isBlank()) {
            return operation.operationId();
        }
        return method.getName();
    }
}
