package id.sinergi.platform.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An event waiting in the outbox; the relay publishes it and stamps {@code publishedAt}. */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    /** The event's name ({@code inmate.admitted}); the relay publishes it as the CloudEvents type {@code id.sinergi.inmate.admitted}. */
    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    @Column(name = "aggregate_id", nullable = false, updatable = false)
    public String aggregateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /** The W3C {@code traceparent} of the change that recorded the event; null outside any trace. */
    @Column(name = "trace_parent", updatable = false)
    public String traceParent;
}
