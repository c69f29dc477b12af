package id.sinergi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.error.ProblemTypes;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON reader reports a body that does not parse as a bare 400 WebApplicationException; this
 * unwraps it so the answer says where the JSON broke. Other WebApplicationExceptions keep their
 * status and become problem+json of type {@code http-<status>}, with the texts of that status
 * (not the exception's message, which can name the framework's internals).
 */
@Provider
@Priority(1)
public class WebApplicationProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Inject
    JsonProblemMapper json;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException cause) {
            return json.invalidJson(cause);
        }
        int status = e.getResponse().getStatus();
        String slug = ProblemTypes.forStatus(status);
        Problem.Builder problem = Problem.builder().withStatus(status).withType(slug);
        if (ProblemTexts.find(slug + ".title", ProblemTexts.ENGLISH).isEmpty()) {
            // A status without texts of its own shares the family's: "HTTP 418".
            problem.withTexts(ProblemTypes.HTTP_STATUS).withDetail(null, status);
        } else {
            problem.withDetail(null);
        }
        return ProblemMapper.response(problem.build());
    }
}
