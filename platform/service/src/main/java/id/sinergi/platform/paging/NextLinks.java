package id.sinergi.platform.paging;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a page's {@code next} link, and the same link as an RFC 8288 {@code Link: <…>; rel="next"}
 * header, when items follow the page: the request's own path and query (its filters, order and
 * size kept as the caller wrote them), without {@code page} and with the cursor after the page.
 * The link is relative (an absolute path), so it works through the gateway as it does at the
 * service. Only a GET's page gets one: a search by body ({@code POST …/search}) pages by number,
 * as a link cannot carry its body.
 */
public class NextLinks {

    @ServerResponseFilter
    public void linkNextPage(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Page<?> page) || !page.more() || page.cursor() == null
                || !HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String link = next(request.getUriInfo().getRequestUri(), page.cursor());
        response.setEntity(page.withNext(link));
        response.getHeaders().add("Link", "<" + link + ">; rel=\"next\"");
    }

    /** {@code request}'s path and query, {@code page} and {@code cursor} replaced by {@code cursor}. */
    static String next(URI request, String cursor) {
        List<String> kept = new ArrayList<>();
        if (request.getRawQuery() != null) {
            for (String parameter : request.getRawQuery().split("&")) {
                String name = URLDecoder.decode(parameter.split("=", 2)[0], StandardCharsets.UTF_8);
                if (!parameter.isEmpty() && !name.equals(PageRequest.PAGE) && !name.equals(Cursor.PARAMETER)) {
                    kept.add(parameter);
                }
            }
        }
        kept.add(Cursor.PARAMETER + "=" + cursor);
        return request.getRawPath() + "?" + String.join("&", kept);
    }
}
