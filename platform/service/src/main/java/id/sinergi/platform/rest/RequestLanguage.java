package id.sinergi.platform.rest;

import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.ProblemTexts;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;

/**
 * The language the current request asks its answers in ({@code Accept-Language}, see
 * {@link ProblemTexts#language}), for the exception mappers, which run inside the request but are
 * not handed its headers. English outside a request.
 */
final class RequestLanguage {

    private RequestLanguage() {
    }

    static Locale current() {
        ArcContainer container = Arc.container();
        if (container == null || !container.requestContext().isActive()) {
            return ProblemTexts.ENGLISH;
        }
        RoutingContext request = container.instance(CurrentVertxRequest.class).get().getCurrent();
        return request == null ? ProblemTexts.ENGLISH : ProblemReplies.language(request);
    }
}
