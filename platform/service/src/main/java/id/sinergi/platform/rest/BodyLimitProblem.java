package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.ProblemReplies;
import id.sinergi.platform.error.Problems;
import io.quarkus.runtime.configuration.MemorySize;
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
        Problem tooLarge = Problems.bodyTooLarge(limit, "service");
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            if (length != null && isOver(length, limit)) {
                ProblemReplies.send(ctx, tooLarge);
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
