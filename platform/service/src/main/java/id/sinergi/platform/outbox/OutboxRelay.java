package id.sinergi.platform.outbox;

import id.sinergi.platform.observability.TraceContext;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadataBuilder;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes outbox rows to the service's topic as CloudEvents, in id order, keyed by aggregate id.
 *
 * <p>One replica at a time publishes: the relay holds a PostgreSQL session advisory lock on a
 * dedicated connection, so events keep their order and are not sent twice by two replicas. On that
 * connection it LISTENs for the outbox trigger's NOTIFY, which arrives when a transaction that
 * wrote events commits; it wakes at once for those and sweeps at {@code sweep-interval} anyway.
 *
 * <p>A row is marked published only after the broker acknowledged it ({@code acks=all}). When
 * Kafka is away, rows wait and the relay retries; writers never notice. A crash between the
 * acknowledgement and the mark re-sends the event: consumers deduplicate by event id.
 *
 * <p>The trace context stored with a row goes out twice: as the CloudEvents {@code traceparent}
 * extension inside the envelope (it travels with the event wherever it is copied, a dead-letter
 * topic included) and as the Kafka {@code traceparent} header that Kafka tooling reads. The
 * channel's own tracing is off, because it would replace that header with the relay's context.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final String CHANNEL = "sinergi_outbox";
    private static final String LOCK_KEY = "SELECT pg_try_advisory_lock(hashtext('sinergi_outbox_relay'))";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    Emitter<JsonObject> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String source;

    @ConfigProperty(name = "sinergi.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "sinergi.outbox.sweep-interval", defaultValue = "PT1S")
    Duration sweepInterval;

    @ConfigProperty(name = "sinergi.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "sinergi.outbox.ack-timeout", defaultValue = "PT40S")
    Duration ackTimeout;

    @Inject
    MeterRegistry registry;

    private Counter published;

    private volatile boolean running;
    private Thread worker;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("outbox relay disabled (sinergi.outbox.enabled=false)");
            return;
        }
        published = Counter.builder("sinergi.outbox.published")
                .description("Outbox events the broker acknowledged (counted on the replica that relays)")
                .register(registry);
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(sweepInterval.toMillis() + 5_000);
        }
    }

    private void run() {
        Duration backoff = sweepInterval;
        while (running) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(true);
                if (!becomeLeader(connection)) {
                    pause(sweepInterval);
                    continue;
                }
                LOG.info("outbox relay is publishing from this replica");
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    if (publishPending(connection)) {
                        backoff = sweepInterval;
                        notifications.getNotifications((int) sweepInterval.toMillis());
                    } else {
                        pause(backoff);
                        backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(10)) > 0
                                ? Duration.ofSeconds(10) : backoff.multipliedBy(2);
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.warnf("outbox relay lost its database connection (%s); retrying", e.getMessage());
                    pause(sweepInterval);
                }
            }
        }
    }

    private boolean becomeLeader(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(LOCK_KEY)) {
            return result.next() && result.getBoolean(1);
        }
    }

    /**
     * Sends every unpublished row, batch by batch.
     *
     * @return false when a batch was not fully acknowledged (Kafka away): the caller backs off
     */
    private boolean publishPending(Connection connection) throws SQLException {
        while (running) {
            List<PendingEvent> batch = nextBatch(connection);
            if (batch.isEmpty()) {
                return true;
            }
            List<Long> acknowledged = send(batch);
            markPublished(connection, acknowledged);
            published.increment(acknowledged.size());
            if (acknowledged.size() < batch.size()) {
                return false;
            }
        }
        return true;
    }

    private List<PendingEvent> nextBatch(Connection connection) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, event_id, event_type, aggregate_id, payload::text, occurred_at, trace_parent
                FROM outbox_event WHERE published_at IS NULL ORDER BY id LIMIT ?""")) {
            select.setInt(1, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    batch.add(new PendingEvent(rows.getLong(1), rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class), rows.getString(7)));
                }
            }
        }
        return batch;
    }

    /** Sends a batch and waits for the broker; returns the ids it acknowledged, a prefix of the batch. */
    private List<Long> send(List<PendingEvent> batch) {
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (PendingEvent event : batch) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            acks.add(ack);
            emitter.send(Message.of(new JsonObject(event.payload()), Metadata.of(cloudEvent(event), kafkaRecord(event)),
                    () -> complete(ack, null),
                    failure -> complete(ack, failure)));
        }
        List<Long> acknowledged = new ArrayList<>(batch.size());
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (int i = 0; i < batch.size(); i++) {
            try {
                acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                acknowledged.add(batch.get(i).id());
            } catch (ExecutionException | TimeoutException e) {
                LOG.warnf("outbox event %s not acknowledged by Kafka (%s); it stays in the outbox",
                        batch.get(i).eventId(), e instanceof ExecutionException ? e.getCause().getMessage() : "timeout");
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return acknowledged;
    }

    private OutgoingCloudEventMetadata<Object> cloudEvent(PendingEvent event) {
        OutgoingCloudEventMetadataBuilder<Object> builder = OutgoingCloudEventMetadata.builder()
                .withId(event.eventId().toString())
                .withType(event.type())
                .withSource(URI.create(source))
                .withSubject(event.aggregateId())
                .withTimestamp(event.occurredAt().toZonedDateTime())
                .withDataContentType("application/json");
        if (event.traceParent() != null) {
            builder.withExtension(TraceContext.TRACEPARENT, event.traceParent());
        }
        return builder.build();
    }

    private static OutgoingKafkaRecordMetadata<String> kafkaRecord(PendingEvent event) {
        var builder = OutgoingKafkaRecordMetadata.<String>builder().withKey(event.aggregateId());
        if (event.traceParent() != null) {
            builder.addHeaders(new RecordHeader(TraceContext.TRACEPARENT, event.traceParent().getBytes(StandardCharsets.UTF_8)));
        }
        return builder.build();
    }

    private static CompletionStage<Void> complete(CompletableFuture<Void> ack, Throwable failure) {
        if (failure == null) {
            ack.complete(null);
        } else {
            ack.completeExceptionally(failure);
        }
        return CompletableFuture.completedFuture(null);
    }

    private static void markPublished(Connection connection, List<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("bigint", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private record PendingEvent(long id, UUID eventId, String type, String aggregateId, String payload,
                                OffsetDateTime occurredAt, String traceParent) {
    }
}
