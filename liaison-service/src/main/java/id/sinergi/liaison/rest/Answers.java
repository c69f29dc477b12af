package id.sinergi.liaison.rest;

import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.QueryParameters;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.util.UUID;

/** How the liaison resources answer: the view with its version as ETag, 201 with Location for a new resource. */
final class Answers {

    static final String PROBLEM = "application/problem+json";
    static final String IF_MATCH = "The ETag last read: an action applies only to the version the client saw";

    private Answers() {
    }

    static Response ok(Object view, long version) {
        return Response.ok(view).tag(ETags.of(version)).build();
    }

    static Response created(UriInfo uriInfo, String collection, UUID id, Object view, long version) {
        return Response.created(uriInfo.getBaseUriBuilder().path(collection).path(id.toString()).build())
                .tag(ETags.of(version)).entity(view).build();
    }

    /** A number of days, 0 to {@code max}; anything else is a 400 that names the parameter. */
    static Integer days(String name, String value, int max) {
        if (value == null) {
            return null;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 0 && days <= max) {
                return days;
            }
        } catch (NumberFormatException e) {
            // answered below, like an out-of-range number
        }
        throw QueryParameters.invalid(name, value, "days", max);
    }
}
