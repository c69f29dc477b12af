package id.sinergi.platform.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Every problem has a {@code type}: the ones the problem library builds itself without one (a
 * request that breaks a Bean Validation rule, a role that is not allowed, …) get theirs here:
 * {@code validation-failed} for 400 with {@code violations}, {@code forbidden} for 403,
 * {@code unauthorized} for 401, {@code not-found} for 404 and {@code http-<status>} otherwise.
 */
@ApplicationScoped
public class ProblemTypeDefaults implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (problem.getType() != null && !"about:blank".equals(problem.getType().toString())) {
            return problem;
        }
        return HttpProblem.builder(problem).withType(Problems.type(slug(problem))).build();
    }

    static String slug(HttpProblem problem) {
        return switch (problem.getStatusCode()) {
            case 400 -> problem.getParameters().containsKey("violations") ? "validation-failed" : "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            default -> "http-" + problem.getStatusCode();
        };
    }

    @Override
    public int priority() {
        // Higher runs first: before the library's own (logging 101, MDC 100, instance 99), so they see the type.
        return 1000;
    }
}
