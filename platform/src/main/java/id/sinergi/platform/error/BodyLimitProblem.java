package id.sinergi.platform.error;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A declared body larger than {@code quarkus.http.limits.max-body-size} answers 413 as
 * problem+json before any of it is read. (Quarkus would answer an empty 413 itself; bodies sent
 * without a length are still cut off by Quarkus at the same limit.)
 */
@ApplicationScoped
public class BodyLimitProblem {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        String body = new JsonObject()
                .put("type", Problems.BASE + "body-too-large")
                .put("title", "Content Too Large")
                .put("status", 413)
                .put("detail", "the body is larger than the " + limit + " bytes this service accepts")
                .encode();
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(body);
                return;
            }
            ctx.next();
        });
    }

    private static boolean isOver(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
