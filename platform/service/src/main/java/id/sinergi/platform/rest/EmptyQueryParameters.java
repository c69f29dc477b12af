package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Map;

/**
 * A query parameter given with no value ({@code ?page=}, {@code ?overdue=}, {@code ?q}) is bad
 * input, 400 {@code invalid-query-parameter} naming it: JAX-RS would take it as absent (or as its
 * default), so the caller would get an answer to a question they did not ask. To leave a filter
 * out, leave the parameter out. No operation gives an empty value a meaning of its own.
 */
public class EmptyQueryParameters {

    @ServerRequestFilter
    public void refuseEmptyValues(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getKey().isEmpty()) {
                continue; // a stray '&' or '?': no parameter at all
            }
            for (String value : parameter.getValue()) {
                if (value == null || value.isEmpty()) {
                    throw Problems.invalidQueryParameter(parameter.getKey(), "empty");
                }
            }
        }
    }
}
