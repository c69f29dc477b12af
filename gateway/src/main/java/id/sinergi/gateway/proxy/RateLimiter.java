package id.sinergi.gateway.proxy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.sinergi.gateway.config.GatewayConfig;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A token bucket per client (the token's subject): {@code requests-per-second} on average with
 * bursts up to {@code burst}. Buckets live in this gateway replica's memory and are forgotten after
 * ten idle minutes, so with N replicas a client may get up to N times the rate.
 */
@ApplicationScoped
public class RateLimiter {

    @Inject
    GatewayConfig config;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            // Upkeep on the calling event loop rather than waking a common-pool thread for it.
            .executor(Runnable::run)
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(100_000)
            .build();

    /** Empty when the request may go on; otherwise the seconds to wait before retrying. */
    public OptionalLong tryAcquire(String client) {
        ConsumptionProbe probe = buckets.get(client, ignored -> newBucket()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }

    private Bucket newBucket() {
        GatewayConfig.RateLimit limit = config.rateLimit();
        return Bucket.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                        .build())
                .build();
    }
}
