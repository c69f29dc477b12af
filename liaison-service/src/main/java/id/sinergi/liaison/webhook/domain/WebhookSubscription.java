package id.sinergi.liaison.webhook.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An agency system's webhook (issue 22 point 5): the event types it wants, the HTTPS endpoint they
 * are POSTed to, and the secret they are signed with. The owner is the unit the token named when it
 * was created (with the subscribing role and agency); the events delivered are those of that unit's
 * scope. The dispatcher pauses it after too many failed deliveries in a row; events keep being
 * queued while it is paused and go out in order once the owner resumes it.
 */
@Entity
@Audited(ignore = {"secret", "consecutiveFailures"})
@Table(name = "webhook_subscription")
public class WebhookSubscription extends PanacheEntityBase implements Stateful<WebhookSubscription.State> {

    public enum State { ACTIVE, PAUSED, CANCELLED }

    public static final String CREATE = "create";
    public static final String PAUSE = "pause";
    public static final String RESUME = "resume";
    public static final String CANCEL = "cancel";
    /** The dispatcher's pause after too many failures in a row, or when the receiver answers 410 Gone. */
    public static final String SUSPEND = "suspend";

    /** The roles that may subscribe: the heads of a facility and of a Polres unit, and the regional office. */
    public static final Set<String> SUBSCRIBERS = Set.of(Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER);

    public static final StateMachine<State, WebhookSubscription> MACHINE = new StateMachine<>("webhook-subscription",
            State.class, List.of(
            Transition.<State>creation().on(CREATE).to(State.ACTIVE).by(SUBSCRIBERS).because(
                    "Subscribe a unit's system to event types of its scope"),
            Transition.from(State.ACTIVE).on(PAUSE).to(State.PAUSED).by(SUBSCRIBERS).because(
                    "Stop sending for a while; events keep being queued within the retention"),
            Transition.from(State.ACTIVE).on(SUSPEND).to(State.PAUSED).bySystem().because(
                    "Scheduled: too many failed deliveries in a row, or the receiver answered 410 Gone"),
            Transition.from(State.PAUSED).on(RESUME).to(State.ACTIVE).by(SUBSCRIBERS).because(
                    "Send again: the queued deliveries go out in order"),
            Transition.from(State.ACTIVE).on(CANCEL).to(State.CANCELLED).by(SUBSCRIBERS).because(
                    "End the subscription; what is still queued is abandoned"),
            Transition.from(State.PAUSED).on(CANCEL).to(State.CANCELLED).by(SUBSCRIBERS).because(
                    "End the subscription; what is still queued is abandoned")));

    @Id
    public UUID id;

    @Column(name = "owner_subject", nullable = false)
    public String ownerSubject;

    @Column(name = "owner_role", nullable = false)
    public String ownerRole;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    /** The facility, Polres unit or region whose scope the deliveries follow. */
    @Column(name = "owner_unit", nullable = false)
    public String ownerUnit;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types", nullable = false, columnDefinition = "text[]")
    public List<String> eventTypes;

    @Column(nullable = false)
    public String url;

    @Column(nullable = false)
    public String secret;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Column(name = "paused_reason")
    public String pausedReason;

    @Column(name = "paused_at")
    public OffsetDateTime pausedAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;

    @Version
    @Column(nullable = false)
    public long version;

    public long version() {
        return version;
    }

    @Override
    public State currentState() {
        return state;
    }
}
