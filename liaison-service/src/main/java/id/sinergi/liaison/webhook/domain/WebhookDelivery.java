package id.sinergi.liaison.webhook.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One event for one subscription: the minimised CloudEvent as it is POSTed, and how its attempts
 * went. {@code seq} orders a subscription's deliveries; the dispatcher sends the next one only when
 * every earlier one is delivered or abandoned.
 */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    /**
     * PENDING: not tried yet; FAILED: the last attempt failed and another is due at
     * {@code nextAttemptAt}; DELIVERED: the receiver answered 2xx; ABANDONED: older than the
     * retention, or its subscription was cancelled.
     */
    public enum Status { PENDING, DELIVERED, FAILED, ABANDONED }

    /** Still to be sent. */
    public static final List<Status> OPEN = List.of(Status.PENDING, Status.FAILED);

    @Id
    public Long seq;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    /** The CloudEvent id: the {@code webhook-id} of every attempt. */
    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
