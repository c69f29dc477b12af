package id.sinergi.platform.error;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link Problem} written straight onto a Vert.x response, for the answers made outside JAX-RS:
 * every answer the gateway makes itself, and a service's refusal of a body before it is read.
 * Same members as the services' JAX-RS answers: type, title, status, detail, instance (the path)
 * and the problem's own members, in the language of the request's {@code Accept-Language}
 * (English unless it asks for Indonesian), named in {@code Content-Language}.
 */
public final class ProblemReplies {

    public static final String CONTENT_TYPE = "application/problem+json";
    public static final String ACCEPT_LANGUAGE = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";

    private ProblemReplies() {
    }

    /**
     * The headers of a problem's language: {@code Content-Language}, and {@code Vary: Accept-Language}
     * because the texts depend on it (a 404 may be cached, and a cache must keep one per language).
     */
    public static Map<String, String> languageHeaders(Locale language) {
        return Map.of(CONTENT_LANGUAGE, ProblemTexts.tag(language), "Vary", ACCEPT_LANGUAGE);
    }

    public static Buffer body(Problem problem, String instance, Locale language) {
        JsonObject json = new JsonObject()
                .put("type", problem.getType() == null ? null : problem.getType().toString())
                .put("title", problem.getTitle(language))
                .put("status", problem.getStatusCode())
                .put("detail", problem.getDetail(language));
        if (instance != null) {
            json.put("instance", instance);
        }
        problem.getParameters().forEach((name, value) ->
                json.put(name, value instanceof Collection<?> values ? new JsonArray(new ArrayList<>(values)) : value));
        return json.toBuffer();
    }

    /** Answers the request with the problem, unless an answer has begun: then the connection is closed. */
    public static void send(RoutingContext ctx, Problem problem) {
        send(ctx.response(), problem, ctx.request().path(), language(ctx));
    }

    public static void send(HttpServerResponse response, Problem problem, String instance, Locale language) {
        if (response.headWritten()) {
            response.close();
            return;
        }
        response.setStatusCode(problem.getStatusCode()).putHeader("Content-Type", CONTENT_TYPE);
        languageHeaders(language).forEach(response::putHeader);
        problem.getHeaders().forEach((name, value) -> response.putHeader(name, String.valueOf(value)));
        response.end(body(problem, instance, language));
    }

    /** The language the request asks its answers in. */
    public static Locale language(RoutingContext ctx) {
        return ProblemTexts.language(ctx.request().getHeader(ACCEPT_LANGUAGE));
    }
}
