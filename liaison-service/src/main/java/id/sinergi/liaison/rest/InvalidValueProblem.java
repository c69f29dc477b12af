package id.sinergi.liaison.rest;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.sinergi.platform.error.JsonProblemMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * An unknown enum value or a malformed date in a body answers the platform's
 * {@code invalid-json-value} problem. The platform maps {@code MismatchedInputException}, but the
 * problem extension's own mapper for the more specific {@link InvalidFormatException} is chosen
 * before it (the extension registers its mappers at priority 999) and echoes the parser's message,
 * internal class names included.
 */
public class InvalidValueProblem {

    @Inject
    JsonProblemMapper json;

    @ServerExceptionMapper(priority = 900)
    public Response invalidFormat(InvalidFormatException e) {
        return json.invalidJson(e);
    }
}
