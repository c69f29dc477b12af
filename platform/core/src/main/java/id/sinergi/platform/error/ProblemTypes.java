package id.sinergi.platform.error;

import java.net.URI;

/**
 * The catalogue of problem types that the platform and the gateway answer with: one list of slugs,
 * each the last segment of a {@code type} URI under {@value #BASE}. A service's own domain types
 * (a rule of the register, a conflict of a programme) are named where they are raised.
 */
public final class ProblemTypes {

    public static final String BASE = "https://sinergi.id/problems/";

    public static final String BAD_REQUEST = "bad-request";
    /** Fields break the request's rules (Bean Validation); {@code violations} lists them. */
    public static final String VALIDATION_FAILED = "validation-failed";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String INVALID_JSON_VALUE = "invalid-json-value";
    public static final String INVALID_QUERY_PARAMETER = "invalid-query-parameter";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String FORBIDDEN = "forbidden";
    public static final String NOT_FOUND = "not-found";
    public static final String TRANSITION_NOT_ALLOWED = "transition-not-allowed";
    public static final String DUPLICATE = "duplicate";
    public static final String CONSTRAINT_VIOLATED = "constraint-violated";
    /** The state machine requires a reason for the action and none was given. */
    public static final String REASON_REQUIRED = "reason-required";
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency-key-reused";
    public static final String PRECONDITION_FAILED = "precondition-failed";
    public static final String PRECONDITION_REQUIRED = "precondition-required";
    public static final String BODY_TOO_LARGE = "body-too-large";
    public static final String URI_TOO_LONG = "uri-too-long";
    public static final String HEADERS_TOO_LARGE = "headers-too-large";
    public static final String TOO_MANY_REQUESTS = "too-many-requests";
    public static final String DATABASE_UNAVAILABLE = "database-unavailable";
    public static final String UPSTREAM_FAILED = "upstream-failed";
    public static final String UPSTREAM_UNAVAILABLE = "upstream-unavailable";
    public static final String UPSTREAM_TIMEOUT = "upstream-timeout";
    /** The gateway has as many requests with a service as it lets wait at once; retry after {@code Retry-After}. */
    public static final String OVERLOADED = "overloaded";

    /**
     * Not a type: the texts ({@code http-status.title}, {@code http-status.detail}) of an
     * {@code http-<status>} answer whose status has none of its own.
     */
    public static final String HTTP_STATUS = "http-status";

    private ProblemTypes() {
    }

    /** The type of an answer no more specific type fits: {@code http-405}, {@code http-500}. */
    public static String forStatus(int status) {
        return "http-" + status;
    }

    public static URI uri(String slug) {
        return URI.create(BASE + slug);
    }
}
