package id.sinergi.platform.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import id.sinergi.platform.error.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON reader reports a body that does not parse as a bare 400 WebApplicationException; this
 * unwraps it so the answer says where the JSON broke. Other WebApplicationExceptions keep their
 * status and become problem+json.
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
        Response.StatusType status = e.getResponse().getStatusInfo();
        return ProblemMapper.response(Problems.problem(status.getStatusCode(), "http-" + status.getStatusCode(),
                status.getReasonPhrase(), e.getMessage()).build());
    }
}
