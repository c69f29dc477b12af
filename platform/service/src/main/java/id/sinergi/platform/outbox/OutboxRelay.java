package id.sinergi.platform.outbox;

import id.sinergi.platform.cloudevents.EventNames;
import id.sinergi.platform.cloudevents.LegacyNames;
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
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Publishes outbox rows to the service's topic as CloudEvents, keyed by aggregate id, each
 * aggregate's events in id order.
 *
 * <p>One replica at a time publishes: the relay holds a PostgreSQL session advisory lock on a
 * dedicated connection, so events keep their order and are not sent twice by two replicas. On that
 * connection it LISTENs for the outbox trigger's NOTIFY, which arrives when a transaction that
 * wrote events commits; it wakes at once for those and sweeps at {@code sweep-interval} anyway.
 *
 * <p>The leader publishes in {@code lanes} threads, each with its own connection: a row's lane is a
 * hash of its aggregate id, so every event of one aggregate goes out through the same lane, in id
 * order, while the lanes send and wait for the broker side by side. Rows of different aggregates
 * may leave in another order than they were written, which no consumer relies on (Kafka orders
 * per key only). The number of lanes may change between deployments: a new leader starts only
 * after the old one let go of the lock, so two lane layouts never publish at once.
 *
 * <p>A row is marked published only after the broker acknowledged it ({@code acks=all}). When
 * Kafka is away, rows wait and the relay retries; writers never notice. A crash between the
 * acknowledgement and the mark re-sends the event: consumers deduplicate by event id.
 *
 * <p>A row holds the event's name ({@code inmate.admitted}); the envelope's {@code type} and {@code source}
 * are made from it and from the service's name by {@link EventNames}
 * ({@code id.sinergi.inmate.admitted}, {@code https://sinergi.id/services/inmate-service}), when the row is
 * sent: rows recorded before an upgrade go out with the names of the release that sends them. With
 * {@code sinergi.events.legacy-names=publish} both stay as they were before issue 24, for the first
 * rollout of an upgrade (docs/events.md, "Transition").
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
    private static final int EMITTER_BUFFER = 1024;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = EMITTER_BUFFER)
    Emitter<JsonObject> emitter;

    @ConfigProperty(name = "quarkus.application.name")
    String serviceName;

    @ConfigProperty(name = "sinergi.events.legacy-names", defaultValue = "accept")
    LegacyNames legacyNames;

    @ConfigProperty(name = "sinergi.outbox.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "sinergi.outbox.sweep-interval", defaultValue = "PT1S")
    Duration sweepInterval;

    @ConfigProperty(name = "sinergi.outbox.batch-size", defaultValue = "200")
    int batchSize;

    @ConfigProperty(name = "sinergi.outbox.ack-timeout", defaultValue = "PT40S")
    Duration ackTimeout;

    @ConfigProperty(name = "sinergi.outbox.lanes", defaultValue = "4")
    int lanes;

    @Inject
    MeterRegistry registry;

    private Counter published;

    private volatile boolean running;
    private Thread worker;
    private ExecutorService laneWorkers;

    void start(@Observes StartupEvent startup) {
        if (!enabled) {
            LOG.info("outbox relay disabled (sinergi.outbox.enabled=false)");
            return;
        }
        published = Counter.builder("sinergi.outbox.published")
                .description("Outbox events the broker acknowledged (counted on the replica that relays)")
                .register(registry);
        if (lanes < 1 || lanes * batchSize > EMITTER_BUFFER) {
            // Every lane may have a whole batch waiting for the broker at once.
            throw new IllegalStateException("sinergi.outbox.lanes (" + lanes + ") must be at least 1 and, times "
                    + "sinergi.outbox.batch-size (" + batchSize + "), at most " + EMITTER_BUFFER);
        }
        running = true;
        AtomicInteger laneNumber = new AtomicInteger();
        laneWorkers = Executors.newFixedThreadPool(lanes, task -> {
            Thread thread = new Thread(task, "outbox-relay-lane-" + laneNumber.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        });
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        if (worker != null) {
            worker.join(sweepInterval.toMillis() + 5_000);
            laneWorkers.shutdownNow();
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
                LOG.infof("outbox relay is publishing from this replica, in %d lanes", lanes);
                try (Statement listen = connection.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    if (publishPendingInEveryLane()) {
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
     * Every lane sends its unpublished rows, the lanes side by side.
     *
     * @return false when a lane could not send everything (Kafka or the database away): the caller backs off
     */
    private boolean publishPendingInEveryLane() {
        List<Callable<Boolean>> work = new ArrayList<>(lanes);
        for (int lane = 0; lane < lanes; lane++) {
            int own = lane;
            work.add(() -> publishPending(own));
        }
        boolean everything = true;
        try {
            for (Future<Boolean> lane : laneWorkers.invokeAll(work)) {
                everything &= lane.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        } catch (ExecutionException e) {
            LOG.warnf("an outbox relay lane failed (%s); retrying", e.getCause().getMessage());
            return false;
        }
        return everything;
    }

    /** Sends the lane's unpublished rows, batch by batch, on a connection of its own. */
    private boolean publishPending(int lane) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            while (running) {
                List<PendingEvent> batch = nextBatch(connection, lane);
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
    }

    private List<PendingEvent> nextBatch(Connection connection, int lane) throws SQLException {
        List<PendingEvent> batch = new ArrayList<>();
        // hashtext can be negative; the mask keeps the lane's number in [0, lanes).
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, event_id, event_type, aggregate_id, payload::text, occurred_at, trace_parent
                FROM outbox_event WHERE published_at IS NULL AND (hashtext(aggregate_id) & 2147483647) % ? = ?
                ORDER BY id LIMIT ?""")) {
            select.setInt(1, lanes);
            select.setInt(2, lane);
            select.setInt(3, batchSize);
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
                .withType(legacyNames == LegacyNames.PUBLISH ? event.name() : EventNames.type(event.name()))
                .withSource(URI.create(legacyNames == LegacyNames.PUBLISH ? serviceName : EventNames.source(serviceName)))
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

    private record PendingEvent(long id, UUID eventId, String name, String aggregateId, String payload,
                                OffsetDateTime occurredAt, String traceParent) {
    }
}
