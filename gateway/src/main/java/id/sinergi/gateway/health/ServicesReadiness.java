package id.sinergi.gateway.health;

import id.sinergi.gateway.config.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Reports each service's readiness in the gateway's. The gateway itself stays ready when a service
 * is not: it still answers the other services' routes, and a clear 503 for the missing one beats
 * taking the whole door away.
 */
@Readiness
@ApplicationScoped
public class ServicesReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(1);

    @Inject
    GatewayConfig config;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("services").up();
        config.upstreams().forEach((service, upstream) -> response.withData(service, status(upstream.url())));
        return response.build();
    }

    private String status(URI url) {
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(url.resolve("/q/health/ready")).timeout(TIMEOUT).build(),
                    HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200 ? "UP" : "DOWN";
        } catch (IOException e) {
            return "DOWN";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN";
        }
    }
}
