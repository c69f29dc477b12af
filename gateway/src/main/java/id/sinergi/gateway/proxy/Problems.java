package id.sinergi.gateway.proxy;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers, in the same problem+json shape (and type URIs) as the services'. */
final class Problems {

    static final String CONTENT_TYPE = "application/problem+json";
    private static final String BASE = "https://sinergi.id/problems/";

    private Problems() {
    }

    static Buffer body(int status, String slug, String title, String detail, String instance) {
        JsonObject problem = new JsonObject()
                .put("type", BASE + slug)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            problem.put("instance", instance);
        }
        return problem.toBuffer();
    }

    static void send(RoutingContext ctx, int status, String slug, String title, String detail) {
        if (ctx.response().headWritten()) {
            ctx.response().close();
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", CONTENT_TYPE)
                .end(body(status, slug, title, detail, ctx.request().path()));
    }
}
