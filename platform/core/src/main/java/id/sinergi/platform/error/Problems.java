package id.sinergi.platform.error;

import java.util.Collection;

/**
 * The problems Sinergi answers with, each with a stable {@code type} URI that integrators can
 * switch on (documented in the README; the shared types are listed in {@link ProblemTypes}). Every
 * error a service or the gateway raises on purpose is built here; the services add their own domain
 * types (a rule of the register, a conflict of a programme) through {@link #problem}.
 */
public final class Problems {

    private Problems() {
    }

    public static Problem.Builder problem(int status, String slug, String title, String detail) {
        return Problem.builder().withStatus(status).withType(ProblemTypes.uri(slug)).withTitle(title).withDetail(detail);
    }

    public static Problem notFound(String what, Object id) {
        return problem(404, ProblemTypes.NOT_FOUND, "Not Found", what + " " + id + " does not exist or is not yours to see").build();
    }

    /** A path that no route answers. */
    public static Problem noSuchPath(String path) {
        return problem(404, ProblemTypes.NOT_FOUND, "Not Found", "no service answers " + path).build();
    }

    public static Problem badRequest(String detail) {
        return problem(400, ProblemTypes.BAD_REQUEST, "Bad Request", detail).build();
    }

    /** A query parameter whose value is not what the operation takes; {@code field} names it. */
    public static Problem invalidQueryParameter(String name, String detail) {
        return problem(400, ProblemTypes.INVALID_QUERY_PARAMETER, "Bad Request", detail).with("field", name).build();
    }

    public static Problem unauthorized() {
        return problem(401, ProblemTypes.UNAUTHORIZED, "Unauthorized",
                "a valid bearer token from the agencies' identity provider is required")
                .withHeader("WWW-Authenticate", "Bearer realm=\"sinergi\"")
                .build();
    }

    public static Problem forbidden(String detail) {
        return problem(403, ProblemTypes.FORBIDDEN, "Forbidden", detail).build();
    }

    public static Problem preconditionRequired() {
        return problem(428, ProblemTypes.PRECONDITION_REQUIRED, "Precondition Required",
                "this update needs an If-Match header with the ETag you last read").build();
    }

    public static Problem preconditionFailed(String currentEtag) {
        return problem(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed",
                "the resource changed since you read it; read it again and retry with its new ETag")
                .with("currentEtag", currentEtag)
                .build();
    }

    public static Problem concurrentUpdate() {
        return problem(412, ProblemTypes.PRECONDITION_FAILED, "Precondition Failed",
                "someone else changed the resource at the same time; read it again and retry").build();
    }

    /** A state-machine action that the resource's current state does not allow. */
    public static Problem transitionNotAllowed(String action, String state, Collection<String> allowedActions) {
        return problem(409, ProblemTypes.TRANSITION_NOT_ALLOWED, "Conflict",
                "'" + action + "' is not allowed while the resource is " + state)
                .with("state", state)
                .with("allowedActions", allowedActions)
                .build();
    }

    public static Problem conflict(String slug, String detail) {
        return problem(409, slug, "Conflict", detail).build();
    }

    /** A rule about one field of the request that Bean Validation cannot express. */
    public static Problem invalidField(String slug, String field, String detail) {
        return problem(422, slug, "Unprocessable Content", detail).with("field", field).build();
    }

    public static Problem unprocessable(String slug, String detail) {
        return problem(422, slug, "Unprocessable Content", detail).build();
    }

    /** A body over the limit of {@code who} (this service, the gateway), checked on its declared length. */
    public static Problem bodyTooLarge(long limit, String who) {
        return problem(413, ProblemTypes.BODY_TOO_LARGE, "Content Too Large",
                "the body is larger than the " + limit + " bytes " + who + " accepts")
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem uriTooLong(int limit) {
        return problem(414, ProblemTypes.URI_TOO_LONG, "URI Too Long",
                "the request's URI is longer than the " + limit + " characters accepted; send long criteria in fewer or shorter parameters")
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem headersTooLarge(long limit) {
        return problem(431, ProblemTypes.HEADERS_TOO_LARGE, "Request Header Fields Too Large",
                "the request's headers are larger than the " + limit + " bytes accepted")
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem overloaded(String service, long retryAfterSeconds) {
        return problem(503, ProblemTypes.OVERLOADED, "Service Unavailable",
                service + " has as many requests as it can answer in good time; this one was not sent to it, retry after "
                        + retryAfterSeconds + " s")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        return problem(429, ProblemTypes.TOO_MANY_REQUESTS, "Too Many Requests",
                "this client sent more requests than its limit allows; retry after " + retryAfterSeconds + " s")
                .withHeader("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }
}
