package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemReplies;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * Writes a thrown {@link Problem} as problem+json, the way resteasy-problem writes its own: with
 * the request's path as {@code instance} and the request id from the MDC, its title and detail in
 * the language of the request's {@code Accept-Language}, named in {@code Content-Language}.
 */
@Provider
public class ProblemMapper extends ExceptionMapperBase<Problem> {

    @Override
    protected HttpProblem toProblem(Problem problem) {
        return httpProblem(problem);
    }

    /** The problem as resteasy-problem's type, which its JSON writers know. */
    public static HttpProblem httpProblem(Problem problem) {
        Locale language = RequestLanguage.current();
        HttpProblem.Builder http = HttpProblem.builder()
                .withStatus(problem.getStatusCode())
                .withType(problem.getType())
                .withTitle(problem.getTitle(language))
                .withDetail(problem.getDetail(language));
        ProblemReplies.languageHeaders(language).forEach(http::withHeader);
        problem.getParameters().forEach(http::with);
        problem.getHeaders().forEach(http::withHeader);
        return http.build();
    }

    /** The answer for a problem that another exception mapper arrived at. */
    public static Response response(Problem problem) {
        return httpProblem(problem).toResponse();
    }
}
