package id.sinergi.liaison.webhook.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.webhook.command.SubscriptionRequests;
import id.sinergi.liaison.webhook.domain.DeliveredFields;
import id.sinergi.liaison.webhook.domain.WebhookDelivery;
import id.sinergi.liaison.webhook.domain.WebhookSignature;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.liaison.webhook.domain.WebhookSubscription.State;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.cloudevents.EventNames;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Webhook subscriptions of agency systems. A subscription belongs to the unit whose token created
 * it, with the subscribing role: every caller of that role and unit manages it (a head and the
 * unit's system account alike), nobody else sees it, except auditors (the regional auditor all, a
 * facility's auditor those of its facility). Outside that, 404.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);
    private static final String WHAT = "webhook-subscription";
    /** Which subscribing role a caller holding several subscribes as. */
    private static final List<String> SUBSCRIBING_ROLES = List.of(Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    @Inject
    Caller caller;

    @Inject
    ActionGuard guard;

    @Inject
    FacilityClock clock;

    @Inject
    LiaisonConfig config;

    @Inject
    EntityManager entityManager;

    /** A subscription just created, with its secret: the only answer that carries it. */
    public record Created(WebhookSubscription subscription, String secret) {
    }

    @Transactional
    public Created create(SubscriptionRequests.Create request) {
        State first = guard.checkCreation(WebhookSubscription.MACHINE, WebhookSubscription.CREATE, null, null).to();
        String role = SUBSCRIBING_ROLES.stream().filter(caller::hasAnyRole).findFirst().orElseThrow();
        if (caller.unit() == null || caller.unit().isBlank()) {
            throw Problems.unprocessable("no-unit");
        }
        // A type may be named as today (id.sinergi.inmate.released) or as before issue 24 (inmate.released);
        // it is stored as today's.
        List<String> requested = request.eventTypes().stream().map(String::strip).distinct().toList();
        List<String> unknown = requested.stream().filter(type -> !DeliveredFields.knows(EventNames.eventName(type))).toList();
        if (!unknown.isEmpty()) {
            throw Problems.problem(422, "unknown-event-type", unknown,
                            DeliveredFields.eventNames().stream().map(EventNames::type).toList())
                    .with("field", "eventTypes").with("unknown", unknown).build();
        }
        List<String> types = requested.stream().map(EventNames::normalisedType).distinct().toList();
        String url = requireAllowedUrl(request.url().strip());
        String secret = request.secret() == null || request.secret().isBlank()
                ? WebhookSignature.generateSecret() : request.secret().strip();
        if (!WebhookSignature.isValidSecret(secret)) {
            throw Problems.invalidField("invalid-webhook-secret", "secret");
        }
        OffsetDateTime now = clock.timestamp();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.ownerSubject = caller.subject();
        subscription.ownerRole = role;
        subscription.ownerAgency = caller.agency() != null ? caller.agency() : agencyOf(role);
        subscription.ownerUnit = caller.unit();
        subscription.eventTypes = types;
        subscription.url = url;
        subscription.secret = secret;
        subscription.description = request.description() == null || request.description().isBlank()
                ? null : request.description().strip();
        subscription.state = first;
        subscription.createdAt = now;
        changed(subscription, now);
        subscription.persist();
        LOG.infof("webhook subscription %s of %s %s for %d event types", subscription.id, role, subscription.ownerUnit,
                types.size());
        return new Created(subscription, secret);
    }

    private static String agencyOf(String role) {
        return switch (role) {
            case Roles.LAPAS_HEAD -> Caller.LAPAS;
            case Roles.POLRES_HEAD -> Caller.POLRES;
            default -> Caller.KANWIL;
        };
    }

    /**
     * Deliveries leave the cluster: https only. Plain http only to a loopback address, and only
     * where {@code sinergi.liaison.webhooks.allow-loopback-http} says so (dev and tests). No user
     * and password in the URL: the signature authenticates, credentials in a URL end up in logs.
     */
    String requireAllowedUrl(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw Problems.invalidField("webhook-url-not-allowed.not-a-url", "url", e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || host.isEmpty()) {
            throw Problems.invalidField("webhook-url-not-allowed.not-absolute", "url");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw Problems.invalidField("webhook-url-not-allowed.user-or-fragment", "url");
        }
        boolean https = scheme.equals("https");
        boolean loopbackHttp = scheme.equals("http") && config.webhooks().allowLoopbackHttp() && LOOPBACK_HOSTS.contains(host);
        if (!https && !loopbackHttp) {
            throw Problems.invalidField("webhook-url-not-allowed.not-https", "url");
        }
        return uri.toString();
    }

    /** Subscriptions: the oldest first unless the request names another order. */
    public static final ListOrder<WebhookSubscription> ORDER = ListOrder.<WebhookSubscription>byId("id", UUID.class,
                    subscription -> subscription.id)
            .key("createdAt", "createdAt", OffsetDateTime.class, subscription -> subscription.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, subscription -> subscription.updatedAt)
            .changes("changePosition", subscription -> subscription.changePosition)
            .sortedBy("createdAt");

    /** A subscription's deliveries: the latest first (by sequence, as the events were consumed). */
    public static final ListOrder<WebhookDelivery> DELIVERY_ORDER = ListOrder.<WebhookDelivery>byId("seq", Long.class, delivery -> delivery.seq)
            .key("seq", "seq", Long.class, delivery -> delivery.seq)
            .key("createdAt", "createdAt", OffsetDateTime.class, delivery -> delivery.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, delivery -> delivery.updatedAt)
            .changes("changePosition", delivery -> delivery.changePosition)
            .sortedBy("-seq");

    public Page<WebhookSubscription> list(State state, PageRequest page) {
        Filter filter = new Filter().and("state = :state", "state", state)
                .andIf(!readsAll(), "ownerRole in :roles and ownerUnit = :unit", Map.of("roles", ownRoles(), "unit", unit()));
        return ORDER.read(page).read(filter, WebhookSubscription.class);
    }

    public WebhookSubscription get(UUID id) {
        return visible(WebhookSubscription.findById(id), id);
    }

    public Page<WebhookDelivery> deliveries(UUID id, WebhookDelivery.Status status, PageRequest page) {
        WebhookSubscription subscription = get(id);
        Filter filter = new Filter().and("subscriptionId = :subscription", "subscription", subscription.id)
                .and("status = :status", "status", status);
        return DELIVERY_ORDER.read(page).read(filter, WebhookDelivery.class);
    }

    @Transactional
    public WebhookSubscription pause(UUID id, String ifMatch) {
        WebhookSubscription subscription = take(id, WebhookSubscription.PAUSE, ifMatch);
        subscription.pausedReason = "paused by " + caller.subject();
        subscription.pausedAt = clock.timestamp();
        return changed(subscription, subscription.pausedAt);
    }

    /** Active again, the failure count cleared; what waited goes out now, in order. */
    @Transactional
    public WebhookSubscription resume(UUID id, String ifMatch) {
        WebhookSubscription subscription = take(id, WebhookSubscription.RESUME, ifMatch);
        OffsetDateTime now = clock.timestamp();
        subscription.pausedReason = null;
        subscription.pausedAt = null;
        subscription.consecutiveFailures = 0;
        openDeliveries("next_attempt_at = ?1", now, subscription.id);
        return changed(subscription, now);
    }

    /** Ended; what is still queued is abandoned. */
    @Transactional
    public WebhookSubscription cancel(UUID id, String ifMatch) {
        WebhookSubscription subscription = take(id, WebhookSubscription.CANCEL, ifMatch);
        OffsetDateTime now = clock.timestamp();
        openDeliveries("status = 'ABANDONED', last_error = 'subscription cancelled', next_attempt_at = ?1", now,
                subscription.id);
        return changed(subscription, now);
    }

    /**
     * Changes the subscription's deliveries still to be sent, skipping the one the dispatcher is
     * sending right now: it records that attempt itself, and waiting for it could deadlock.
     */
    private void openDeliveries(String set, OffsetDateTime now, UUID subscription) {
        entityManager.createNativeQuery("UPDATE webhook_delivery SET " + set + " " + """
                         WHERE seq IN (SELECT seq FROM webhook_delivery
                                      WHERE subscription_id = ?2 AND status IN ('PENDING', 'FAILED')
                                      FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, now).setParameter(2, subscription).executeUpdate();
    }

    private WebhookSubscription changed(WebhookSubscription subscription, OffsetDateTime now) {
        subscription.changedBy = caller.subject();
        subscription.changedAt = now;
        return subscription;
    }

    /** Checks the action in the one order (role, scope, If-Match, state) and moves the subscription. */
    private WebhookSubscription take(UUID id, String action, String ifMatch) {
        var checked = guard.check(WebhookSubscription.MACHINE, action,
                () -> owned(WebhookSubscription.findById(id, LockModeType.PESSIMISTIC_WRITE), id), ifMatch, null);
        WebhookSubscription subscription = checked.record();
        subscription.state = checked.target(subscription.state);
        LOG.infof("webhook subscription %s is %s (%s)", subscription.id, subscription.state, action);
        return subscription;
    }

    private WebhookSubscription owned(WebhookSubscription subscription, UUID id) {
        if (subscription == null || !owns(subscription)) {
            throw Problems.notFound(WHAT, id);
        }
        return subscription;
    }

    private WebhookSubscription visible(WebhookSubscription subscription, UUID id) {
        if (subscription == null || !(owns(subscription) || readsAll() || auditsFacilityOf(subscription))) {
            throw Problems.notFound(WHAT, id);
        }
        return subscription;
    }

    private boolean owns(WebhookSubscription subscription) {
        return caller.hasAnyRole(subscription.ownerRole) && subscription.ownerUnit.equals(caller.unit());
    }

    /** The regional auditor reads every subscription. */
    private boolean readsAll() {
        return caller.hasAnyRole(Roles.AUDITOR) && caller.isRegional();
    }

    private boolean auditsFacilityOf(WebhookSubscription subscription) {
        return caller.hasAnyRole(Roles.AUDITOR) && caller.facilityScope().map(subscription.ownerUnit::equals).orElse(false);
    }

    /** The roles whose subscriptions a caller lists: its subscribing roles, or every one for a facility's auditor. */
    private List<String> ownRoles() {
        if (caller.hasAnyRole(Roles.AUDITOR)) {
            return SUBSCRIBING_ROLES;
        }
        return SUBSCRIBING_ROLES.stream().filter(caller::hasAnyRole).toList();
    }

    private String unit() {
        return caller.unit() == null ? "" : caller.unit();
    }
}
