package id.sinergi.program.rest;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.sinergi.platform.error.JsonProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A value in the wrong format (a time that is not HH:mm, an unknown enumeration value) answers like
 * any other bad JSON value: the field and what it should be, never the parser's message with its
 * class names. resteasy-problem maps this exception type itself, more specifically than the
 * platform's mapper for its supertypes and at a higher priority (999) than any USER-level one, so
 * without this its raw message would reach the caller.
 */
public class InvalidFormatProblem {

    @Inject
    JsonProblemMapper json;

    @ServerExceptionMapper(priority = 900)
    public Response invalidFormat(InvalidFormatException e) {
        return json.invalidJson(e);
    }
}
