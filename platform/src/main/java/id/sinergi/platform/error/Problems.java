package id.sinergi.platform.error;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.Collection;

/**
 * The problem types Sinergi answers with, each with a stable {@code type} URI that integrators can
 * switch on (documented in the README). Every error a service raises on purpose is built here.
 */
public final class Problems {

    public static final String BASE = "https://sinergi.id/problems/";

    private Problems() {
    }

    public static URI type(String slug) {
        return URI.create(BASE + slug);
    }

    public static HttpProblem.Builder problem(int status, String slug, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withType(type(slug)).withTitle(title).withDetail(detail);
    }

    public static HttpProblem notFound(String what, Object id) {
        return problem(404, "not-found", "Not Found", what + " " + id + " does not exist or is not yours to see").build();
    }

    public static HttpProblem badRequest(String detail) {
        return problem(400, "bad-request", "Bad Request", detail).build();
    }

    public static HttpProblem preconditionRequired() {
        return problem(428, "precondition-required", "Precondition Required",
                "this update needs an If-Match header with the ETag you last read").build();
    }

    public static HttpProblem preconditionFailed(String currentEtag) {
        return problem(412, "precondition-failed", "Precondition Failed",
                "the resource changed since you read it; read it again and retry with its new ETag")
                .with("currentEtag", currentEtag)
                .build();
    }

    public static HttpProblem concurrentUpdate() {
        return problem(412, "precondition-failed", "Precondition Failed",
                "someone else changed the resource at the same time; read it again and retry").build();
    }

    /** A state-machine action that the resource's current state does not allow. */
    public static HttpProblem transitionNotAllowed(String action, String state, Collection<String> allowedActions) {
        return problem(409, "transition-not-allowed", "Conflict",
                "'" + action + "' is not allowed while the resource is " + state)
                .with("state", state)
                .with("allowedActions", allowedActions)
                .build();
    }

    public static HttpProblem conflict(String slug, String detail) {
        return problem(409, slug, "Conflict", detail).build();
    }

    /** A rule about one field of the request that Bean Validation cannot express. */
    public static HttpProblem invalidField(String slug, String field, String detail) {
        return problem(422, slug, "Unprocessable Content", detail).with("field", field).build();
    }

    public static HttpProblem forbidden(String detail) {
        return problem(403, "forbidden", "Forbidden", detail).build();
    }

    public static HttpProblem unprocessable(String slug, String detail) {
        return problem(422, slug, "Unprocessable Content", detail).build();
    }
}
