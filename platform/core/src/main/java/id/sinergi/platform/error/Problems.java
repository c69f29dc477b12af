package id.sinergi.platform.error;

import java.util.Collection;

/**
 * The problems Sinergi answers with, each with a stable {@code type} URI that integrators can
 * switch on (documented in the README; the shared types are listed in {@link ProblemTypes}). Every
 * error a service or the gateway raises on purpose is built here; the services add their own domain
 * types (a rule of the register, a conflict of a programme) through {@link #problem}.
 *
 * <p>A throw site names its texts by a literal message id, {@code <slug>} or
 * {@code <slug>.<variant>} ({@code "sentence-empty"}, {@code "sentence-empty.new-term"}), and
 * gives the values of the detail's placeholders; the title is {@code <slug>.title} and the detail
 * {@code <slug>.detail} or {@code <slug>.detail.<variant>} in the message bundles (see
 * {@link ProblemTexts}). Where the method fixes the type ({@link #notFound}, {@link #forbidden},
 * {@link #badRequest}, {@link #invalidQueryParameter}) the literal is the variant alone. Each module's
 * completeness test reads these literals from its sources and requires both languages' texts.
 */
public final class Problems {

    private Problems() {
    }

    /** A problem of any type; {@code id} is {@code <slug>} or {@code <slug>.<variant>}. */
    public static Problem.Builder problem(int status, String id, Object... values) {
        int dot = id.indexOf('.');
        String slug = dot < 0 ? id : id.substring(0, dot);
        return Problem.builder().withStatus(status).withType(slug).withDetail(dot < 0 ? null : id.substring(dot + 1), values);
    }

    /** The record {@code id} of a kind ({@code not-found.detail.<what>}: "Inmate {0} does not exist …"). */
    public static Problem notFound(String what, Object id) {
        return problem(404, ProblemTypes.NOT_FOUND + "." + what, id).build();
    }

    /** A path that no route answers. */
    public static Problem noSuchPath(String path) {
        return problem(404, "not-found.path", path).build();
    }

    public static Problem badRequest(String variant, Object... values) {
        return problem(400, ProblemTypes.BAD_REQUEST + "." + variant, values).build();
    }

    /**
     * A query parameter whose value is not what the operation takes; {@code field} names it. The
     * detail is {@code invalid-query-parameter.detail.<variant>}, with the parameter's name as
     * {@code {0}} and {@code values} from {@code {1}} on.
     */
    public static Problem invalidQueryParameter(String name, String variant, Object... values) {
        Object[] all = new Object[values.length + 1];
        all[0] = name;
        System.arraycopy(values, 0, all, 1, values.length);
        return problem(400, ProblemTypes.INVALID_QUERY_PARAMETER + "." + variant, all).with("field", name).build();
    }

    public static Problem unauthorized() {
        return problem(401, ProblemTypes.UNAUTHORIZED)
                .withHeader("WWW-Authenticate", "Bearer realm=\"sinergi\"")
                .build();
    }

    public static Problem forbidden(String variant, Object... values) {
        return problem(403, ProblemTypes.FORBIDDEN + "." + variant, values).build();
    }

    public static Problem preconditionRequired() {
        return problem(428, ProblemTypes.PRECONDITION_REQUIRED).build();
    }

    public static Problem preconditionFailed(String currentEtag) {
        return problem(412, "precondition-failed.stale")
                .with("currentEtag", currentEtag)
                .build();
    }

    public static Problem concurrentUpdate() {
        return problem(412, "precondition-failed.concurrent").build();
    }

    /** A state-machine action that the resource's current state does not allow. */
    public static Problem transitionNotAllowed(String action, String state, Collection<String> allowedActions) {
        return problem(409, ProblemTypes.TRANSITION_NOT_ALLOWED, action, state)
                .with("state", state)
                .with("allowedActions", allowedActions)
                .build();
    }

    /** The state-machine's refusal of an action that none of the caller's roles may take. */
    public static Problem actionForbidden(String action, Collection<String> roles) {
        return roles.isEmpty() ? problem(403, "forbidden.action-of-the-service", action).build()
                : problem(403, "forbidden.action-roles", action, roles).build();
    }

    /** The state-machine's refusal of an action that needs a reason without one ({@code field} {@code reason}). */
    public static Problem reasonRequired(String action) {
        return problem(422, ProblemTypes.REASON_REQUIRED, action).with("field", "reason").build();
    }

    public static Problem conflict(String id, Object... values) {
        return problem(409, id, values).build();
    }

    /** A rule about one field of the request that Bean Validation cannot express. */
    public static Problem invalidField(String id, String field, Object... values) {
        return problem(422, id, values).with("field", field).build();
    }

    public static Problem unprocessable(String id, Object... values) {
        return problem(422, id, values).build();
    }

    /** A body over the limit of a service ({@code who} "service") or the gateway ("gateway"), checked on its declared length. */
    public static Problem bodyTooLarge(long limit, String who) {
        return problem(413, ProblemTypes.BODY_TOO_LARGE + "." + who, limit)
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem uriTooLong(int limit) {
        return problem(414, ProblemTypes.URI_TOO_LONG, limit)
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem headersTooLarge(long limit) {
        return problem(431, ProblemTypes.HEADERS_TOO_LARGE, limit)
                .withHeader("Connection", "close")
                .build();
    }

    public static Problem overloaded(String service, long retryAfterSeconds) {
        return problem(503, ProblemTypes.OVERLOADED, service, retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }

    public static Problem tooManyRequests(long retryAfterSeconds) {
        return problem(429, ProblemTypes.TOO_MANY_REQUESTS, retryAfterSeconds)
                .withHeader("Retry-After", Long.toString(retryAfterSeconds))
                .build();
    }

    /** A service too slow to answer, seen by the gateway. */
    public static Problem upstreamTimeout(String service) {
        return problem(504, ProblemTypes.UPSTREAM_TIMEOUT, service).build();
    }

    /** A service with nothing listening, seen by the gateway. */
    public static Problem upstreamUnavailable(String service) {
        return problem(503, ProblemTypes.UPSTREAM_UNAVAILABLE, service).withHeader("Retry-After", "5").build();
    }

    /** Any other broken exchange with a service, seen by the gateway. */
    public static Problem upstreamFailed(String service) {
        return problem(502, ProblemTypes.UPSTREAM_FAILED, service).build();
    }
}
