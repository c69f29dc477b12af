package id.sinergi.platform.rest;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * A conditional read: a {@code GET} whose answer is 200 with an {@code ETag} that matches the
 * request's {@code If-None-Match} is answered 304 Not Modified, with the same {@code ETag} and no
 * body, so a client that keeps a copy re-reads a record only when it changed. Matching is RFC 9110's
 * for {@code If-None-Match}: {@code *}, a list of tags, and the weak comparison (a {@code W/} on
 * either side does not matter). The read itself has happened (an access-logged read stays logged).
 */
public class NotModified {

    @ServerResponseFilter
    public void answerNotModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()) {
            return;
        }
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (etag == null || ifNoneMatch == null) {
            return;
        }
        String current = etag instanceof EntityTag tag ? tag.toString() : etag.toString();
        if (matches(ifNoneMatch, current)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /**
     * Whether an {@code If-None-Match} value names {@code etag} ({@code "3"} or {@code W/"3"}):
     * {@code *}, or one of its comma-separated tags equal to it by the weak comparison.
     */
    public static boolean matches(String ifNoneMatch, String etag) {
        String current = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || (!tag.isEmpty() && opaque(tag).equals(current))) {
                return true;
            }
        }
        return false;
    }

    /** The quoted opaque tag, without a weakness indicator. */
    private static String opaque(String tag) {
        String trimmed = tag.trim();
        return trimmed.startsWith("W/") ? trimmed.substring(2) : trimmed;
    }
}
