package id.sinergi.liaison.webhook.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.webhook.domain.WebhookDelivery;
import id.sinergi.liaison.webhook.domain.WebhookDelivery.Status;
import id.sinergi.liaison.webhook.domain.WebhookSignature;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.platform.audit.AuditScope;
import id.sinergi.platform.time.FacilityClock;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Sends queued deliveries. Each round claims the next delivery of up to {@code batch-size} active
 * subscriptions ({@code FOR UPDATE SKIP LOCKED}, so replicas share the work and never send one twice
 * at once) and POSTs them concurrently, each signed per Standard Webhooks
 * ({@link WebhookSignature}) with the CloudEvent id as {@code webhook-id} and this attempt's time as
 * {@code webhook-timestamp}. A subscription's next delivery is claimed only when every earlier one is
 * delivered or abandoned, so a receiver sees one aggregate's events in the order they happened.
 *
 * <p>2xx is delivered. Anything else (another status, a timeout, no connection) is retried after the
 * configured backoff, the last wait repeating, until the retention ends: then ABANDONED. After
 * {@code pause-after-failures} failures in a row, or a 410 Gone (the receiver asking to stop, as the
 * specification suggests), the subscription is paused; its deliveries keep being queued. Redirects
 * are not followed: the URL the owner registered is the only place events go.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String ACTOR = AuditScope.SYSTEM + ":liaison-service.webhooks";
    /** Rounds per run at most, so one run ends even while events keep arriving. */
    private static final int MAX_ROUNDS = 50;
    private static final int MAX_ERROR = 500;

    @Inject
    EntityManager entityManager;

    @Inject
    FacilityClock clock;

    @Inject
    LiaisonConfig config;

    @Inject
    MeterRegistry registry;

    private HttpClient http;

    /** How one attempt ended: a status code, or an error before any answer. */
    record Outcome(Integer statusCode, String error) {

        boolean delivered() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }

        String describe() {
            return error != null ? error : "HTTP " + statusCode;
        }
    }

    @PostConstruct
    void start() {
        http = HttpClient.newBuilder()
                .connectTimeout(config.webhooks().timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    @Scheduled(every = "${sinergi.liaison.webhooks.dispatch-interval}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Abandons what outlived the retention, then sends what is due; returns how many attempts were made. */
    public int run() {
        try (AuditScope.Opened ignored = AuditScope.open(ACTOR, WebhookSubscription.SUSPEND)) {
            QuarkusTransaction.requiringNew().run(this::abandonExpired);
            int attempts = 0;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                int sent = QuarkusTransaction.requiringNew()
                        .timeout((int) config.webhooks().timeout().multipliedBy(2).toSeconds() + 30)
                        .call(this::round);
                attempts += sent;
                if (sent == 0) {
                    break;
                }
            }
            return attempts;
        }
    }

    private void abandonExpired() {
        OffsetDateTime now = clock.timestamp();
        int abandoned = entityManager.createNativeQuery("""
                        UPDATE webhook_delivery SET status = 'ABANDONED',
                               last_error = left(coalesce(last_error || '; ', '') || 'not delivered within the retention', 500)
                        WHERE seq IN (SELECT seq FROM webhook_delivery
                                      WHERE status IN ('PENDING', 'FAILED') AND created_at < ?1
                                      FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, now.minus(config.webhooks().retention())).executeUpdate();
        // A delivery in flight when its subscription was cancelled was left to the attempt; it ends here.
        entityManager.createNativeQuery("""
                UPDATE webhook_delivery SET status = 'ABANDONED', last_error = 'subscription cancelled'
                WHERE seq IN (SELECT d.seq FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                              WHERE d.status IN ('PENDING', 'FAILED') AND s.state = 'CANCELLED'
                              FOR UPDATE OF d SKIP LOCKED)""").executeUpdate();
        entityManager.createNativeQuery("""
                        DELETE FROM webhook_delivery WHERE status IN ('DELIVERED', 'ABANDONED') AND created_at < ?1""")
                .setParameter(1, now.minus(config.webhooks().history())).executeUpdate();
        if (abandoned > 0) {
            LOG.warnf("abandoned %d webhook deliveries older than the retention", abandoned);
            registry.counter("sinergi.webhooks.deliveries", "outcome", "abandoned").increment(abandoned);
        }
    }

    private int round() {
        OffsetDateTime now = clock.timestamp();
        @SuppressWarnings("unchecked")
        List<Long> claimed = entityManager.createNativeQuery("""
                        SELECT d.seq FROM webhook_delivery d
                        JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.status IN ('PENDING', 'FAILED') AND s.state = 'ACTIVE' AND d.next_attempt_at <= ?1
                          AND NOT EXISTS (SELECT 1 FROM webhook_delivery e
                                          WHERE e.subscription_id = d.subscription_id
                                            AND e.status IN ('PENDING', 'FAILED') AND e.seq < d.seq)
                        ORDER BY d.next_attempt_at, d.seq
                        LIMIT ?2
                        FOR UPDATE OF d SKIP LOCKED""", Long.class)
                .setParameter(1, now).setParameter(2, config.webhooks().batchSize()).getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        List<WebhookDelivery> deliveries = claimed.stream()
                .map(seq -> entityManager.find(WebhookDelivery.class, seq)).toList();
        List<CompletableFuture<Outcome>> sending = deliveries.stream()
                .map(delivery -> send(delivery, entityManager.find(WebhookSubscription.class, delivery.subscriptionId)))
                .toList();
        CompletableFuture.allOf(sending.toArray(CompletableFuture[]::new)).join();
        OffsetDateTime after = clock.timestamp();
        for (int i = 0; i < deliveries.size(); i++) {
            record(deliveries.get(i), sending.get(i).join(), after);
        }
        return deliveries.size();
    }

    private CompletableFuture<Outcome> send(WebhookDelivery delivery, WebhookSubscription subscription) {
        long timestamp = clock.now().getEpochSecond();
        String messageId = delivery.eventId.toString();
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(subscription.url))
                    .timeout(config.webhooks().timeout())
                    .header("content-type", "application/json")
                    .header("webhook-id", messageId)
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", WebhookSignature.sign(subscription.secret, messageId, timestamp, delivery.body))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body, StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(new Outcome(null, "invalid request: " + e.getMessage()));
        }
        Duration limit = config.webhooks().timeout().multipliedBy(2).plusSeconds(1);
        return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                .orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> failure == null
                        ? new Outcome(response.statusCode(), null)
                        : new Outcome(null, describe(failure)));
    }

    private static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof HttpTimeoutException || cause instanceof TimeoutException) {
            return "timed out";
        }
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private void record(WebhookDelivery delivery, Outcome outcome, OffsetDateTime at) {
        delivery.attempts++;
        delivery.lastAttemptAt = at;
        delivery.lastStatusCode = outcome.statusCode();
        if (outcome.delivered()) {
            delivery.status = Status.DELIVERED;
            delivery.deliveredAt = at;
            delivery.lastError = null;
            entityManager.createNativeQuery("""
                            UPDATE webhook_subscription SET consecutive_failures = 0
                            WHERE id = ?1 AND consecutive_failures <> 0""")
                    .setParameter(1, delivery.subscriptionId).executeUpdate();
            registry.counter("sinergi.webhooks.deliveries", "outcome", "delivered").increment();
            LOG.debugf("webhook delivery %s (%s) delivered on attempt %s", (Object) delivery.seq, delivery.eventType, delivery.attempts);
            return;
        }
        String error = outcome.describe();
        delivery.lastError = error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
        List<Duration> backoff = config.webhooks().backoff();
        OffsetDateTime next = at.plus(backoff.get(Math.min(delivery.attempts, backoff.size()) - 1));
        if (next.isAfter(delivery.createdAt.plus(config.webhooks().retention()))) {
            delivery.status = Status.ABANDONED;
            registry.counter("sinergi.webhooks.deliveries", "outcome", "abandoned").increment();
        } else {
            delivery.status = Status.FAILED;
            delivery.nextAttemptAt = next;
            registry.counter("sinergi.webhooks.deliveries", "outcome", "failed").increment();
        }
        int failures = ((Number) entityManager.createNativeQuery("""
                        UPDATE webhook_subscription SET consecutive_failures = consecutive_failures + 1
                        WHERE id = ?1 RETURNING consecutive_failures""")
                .setParameter(1, delivery.subscriptionId).getSingleResult()).intValue();
        LOG.infof("webhook delivery %d (%s) to subscription %s failed on attempt %d (%s), %d in a row",
                delivery.seq, delivery.eventType, delivery.subscriptionId, delivery.attempts, error, failures);
        boolean gone = Integer.valueOf(410).equals(outcome.statusCode());
        if (gone || failures >= config.webhooks().pauseAfterFailures()) {
            suspend(delivery.subscriptionId, gone ? "the receiver answered 410 Gone"
                    : failures + " failed deliveries in a row, the last: " + error, at);
        }
    }

    /** Pauses the subscription as the system; the row is already locked by the failure count's update. */
    private void suspend(UUID id, String reason, OffsetDateTime at) {
        WebhookSubscription subscription = entityManager.find(WebhookSubscription.class, id);
        entityManager.refresh(subscription, LockModeType.PESSIMISTIC_WRITE);
        if (!WebhookSubscription.MACHINE.allowsSystem(WebhookSubscription.SUSPEND, subscription.state, subscription)) {
            return;
        }
        subscription.state = WebhookSubscription.MACHINE.systemTransition(WebhookSubscription.SUSPEND, subscription.state,
                subscription).target(subscription.state);
        subscription.pausedReason = reason.length() > MAX_ERROR ? reason.substring(0, MAX_ERROR) : reason;
        subscription.pausedAt = at;
        subscription.changedBy = ACTOR;
        subscription.changedAt = at;
        LOG.warnf("webhook subscription %s paused: %s", id, reason);
    }
}
