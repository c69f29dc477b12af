package id.sinergi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.platform.paging.Page;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;

/**
 * A conditional read: a {@code GET} whose answer is 200 with an {@code ETag} that matches the
 * request's {@code If-None-Match} is answered 304 Not Modified, with the same {@code ETag} and no
 * body, so a client that keeps a copy re-reads a record only when it changed. Matching is RFC 9110's
 * for {@code If-None-Match}: {@code *}, a list of tags, and the weak comparison (a {@code W/} on
 * either side does not matter). The read itself has happened (an access-logged read stays logged).
 *
 * <p>A record answers with its version as its ETag. A single resource without one (a view made of
 * several records: key dates, a detention overview, a summary, a report, a state machine) gets a
 * weak ETag of its content, a hash of its JSON, so it can be re-checked the same way. Lists (a page,
 * a collection) get none: a copy of a list is kept by cursor in the sync order.
 */
public class NotModified {

    private final ObjectMapper json;

    public NotModified(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void answerNotModified(ContainerRequestContext request, ContainerResponseContext response) {
        if (!HttpMethod.GET.equals(request.getMethod()) || response.getStatus() != Response.Status.OK.getStatusCode()) {
            return;
        }
        Object etag = response.getHeaders().getFirst(HttpHeaders.ETAG);
        if (etag == null) {
            byte[] content = content(response);
            if (content == null) {
                return;
            }
            etag = contentTag(content);
            // The bytes that were hashed are the answer: the resource is serialised once, and its tag
            // is the hash of exactly what the client receives.
            response.setEntity(content, new Annotation[0], MediaType.APPLICATION_JSON_TYPE);
            response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch == null) {
            return;
        }
        String current = etag instanceof EntityTag tag ? tag.toString() : etag.toString();
        if (matches(ifNoneMatch, current)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
            response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
        }
    }

    /** A single resource's JSON; none for a list, a stream, no body or an answer that is not JSON. */
    private byte[] content(ContainerResponseContext response) {
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity == null || entity instanceof Page<?> || entity instanceof Collection<?> || entity instanceof byte[]
                || entity instanceof InputStream || entity instanceof StreamingOutput
                || type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            // Left to the writer as it is: it can still be read, only not re-checked.
            return null;
        }
    }

    /** A weak ETag of the answer's bytes: the first 128 bits of their SHA-256. */
    static String contentTag(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
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
