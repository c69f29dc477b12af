package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.EscapeDetails;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.Notification.Audience;
import id.sinergi.liaison.domain.Notification.Kind;
import id.sinergi.liaison.domain.ReintegrationSummary;
import id.sinergi.liaison.domain.ReleasePlan;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.liaison.event.LiaisonEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Release, detention-expiry and escape notifications: issued from inmate events, once per WBP, kind,
 * threshold and date (an escape: once per escape), each with its reintegration summary and event in the same transaction;
 * acknowledged by the addressee; listed for each side.
 */
@ApplicationScoped
public class Notifications {

    private static final Logger LOG = Logger.getLogger(Notifications.class);
    private static final String BEFORE_RELEASE = "END_OF_SENTENCE";
    private static final String DETENTION_ENDS = "DETENTION_ENDS";
    private static final String ESCAPED = "ESCAPED";

    @Inject
    FacilityClock clock;

    @Inject
    LiaisonConfig config;

    @Inject
    Outbox outbox;

    @Inject
    JsonColumns json;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    ActionGuard guard;

    @Inject
    Recipients recipients;

    /**
     * @param issuedFrom   issued on or after this date of the facility's calendar
     * @param acknowledged true: acknowledged (also those an escape's recapture closed after); false: not
     */
    public record Criteria(Notification.State state, Boolean overdue, Kind kind, RiskLevel riskLevel, UUID inmateId,
                           LocalDate dueFrom, LocalDate dueTo, String facility, LocalDate issuedFrom, LocalDate issuedTo,
                           Boolean acknowledged) {

        public Criteria(Notification.State state, Boolean overdue, Kind kind, RiskLevel riskLevel, UUID inmateId,
                        LocalDate dueFrom, LocalDate dueTo) {
            this(state, overdue, kind, riskLevel, inmateId, dueFrom, dueTo, null, null, null, null);
        }
    }

    /** Release notices go to the unit covering the release plan's regency ({@link Recipients#release}). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseDue(InmateSnapshot inmate, LocalDate releaseOn, int daysBefore, Optional<ReleasePlan> plan) {
        if (meetsRule(inmate)) {
            issueRouted(inmate, Kind.RELEASE_DUE, daysBefore, releaseOn, BEFORE_RELEASE, null, plan);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void released(InmateSnapshot inmate, LocalDate releasedOn, String reason, Optional<ReleasePlan> plan) {
        if (meetsRule(inmate)) {
            issueRouted(inmate, Kind.RELEASED, 0, releasedOn, reason, null, plan);
        }
    }

    /**
     * Out on PB, CB or CMB the WBP is in the community, as after a release: Polres is told the same
     * way (a RELEASED notification on the first day outside, reason the programme), with the Bapas
     * that supervises them. The end of the sentence later is a release of its own (another date).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void integrationStarted(InmateSnapshot inmate, LocalDate startsOn, String kind, String bapas,
                                   Optional<ReleasePlan> plan) {
        if (meetsRule(inmate)) {
            issueRouted(inmate, Kind.RELEASED, 0, startsOn, kind, bapas, plan);
        }
    }

    private void issueRouted(InmateSnapshot inmate, Kind kind, int thresholdDays, LocalDate dueOn, String reason,
                             String supervisingBapas, Optional<ReleasePlan> plan) {
        Recipients.Recipient route = recipients.release(inmate.facility, plan);
        if (Notification.count("inmateId = ?1 and kind = ?2 and thresholdDays = ?3 and dueOn = ?4",
                inmate.inmateId, kind, thresholdDays, dueOn) > 0) {
            LOG.debugf("%s D-%d for inmate %s on %s was issued before", kind, thresholdDays, inmate.inmateId, dueOn);
            return;
        }
        issue(inmate, kind, Audience.POLRES, route.unit(), thresholdDays, dueOn, reason, supervisingBapas,
                plan.orElse(null), config.escalateAfter(), n -> n.routing = route.routing());
    }

    /**
     * Every detainee's detaining authority is told; Polres itself for the detainees of its investigators
     * (A.I): the detaining unit, or the facility's ({@link Recipients#detention}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void detentionExpiring(InmateSnapshot inmate, LocalDate endsOn, int daysBefore, String detainingAuthority) {
        if (InmateSnapshot.POLICE_DETAINEE_CLASS.equals(inmate.registerClass)) {
            Recipients.Recipient to = recipients.detention(inmate.facility, detainingAuthority);
            issue(inmate, Kind.DETENTION_EXPIRING, Audience.POLRES, to.unit(), daysBefore, endsOn, DETENTION_ENDS, null,
                    to.routing());
        } else {
            issue(inmate, Kind.DETENTION_EXPIRING, Audience.DETAINING_AUTHORITY, detainingAuthority, daysBefore, endsOn,
                    DETENTION_ENDS, null, null);
        }
    }

    /**
     * An escape: an urgent notice to the Polres unit of the facility's regency ({@link Recipients#forFacility}),
     * whatever the notification rule, to be acknowledged
     * within {@code sinergi.liaison.escape-ack-minutes}, with the escape and what helps find the person.
     * Once per escape.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void escaped(InmateSnapshot inmate, EscapeDetails escape) {
        if (Notification.count("escapeId", escape.escapeId()) > 0) {
            LOG.debugf("the notice of escape %s was issued before", escape.escapeId());
            return;
        }
        Recipients.Recipient to = recipients.forFacility(inmate.facility);
        Notification notification = issue(inmate, Kind.ESCAPED, Audience.POLRES, to.unit(), 0,
                clock.dateOf(escape.escapedAt().toInstant()), ESCAPED, null, null,
                Duration.ofMinutes(config.escapeAckMinutes()), n -> {
                    n.routing = to.routing();
                    n.escapeId = escape.escapeId();
                    n.escape = json.write(escape);
                });
        LOG.warnf("URGENT notification %s: inmate %s escaped at %s", notification.id, inmate.inmateId, escape.escapedAt());
    }

    /**
     * The recapture closes the escape's notice, whatever its state, and erases from it the identifying
     * features and contacts that were only needed to find the person (UU 27/2022).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recaptured(UUID escapeId, OffsetDateTime recapturedAt, String by, String place) {
        Notification notification = Notification.<Notification>find("escapeId", escapeId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        if (notification == null || !Notification.MACHINE.allowsSystem(Notification.CLOSE, notification.state, notification)) {
            LOG.debugf("escape %s: no open notice to close", escapeId);
            return;
        }
        notification.state = Notification.MACHINE.systemTransition(Notification.CLOSE, notification.state, notification)
                .target(notification.state);
        notification.closedAt = recapturedAt;
        EscapeDetails escape = json.read(notification.escape, new TypeReference<>() {
        });
        notification.escape = json.write(escape.recaptured(recapturedAt, by, place));
        LOG.infof("notification %s closed: escape %s recaptured", notification.id, escapeId);
    }

    /**
     * The escapes Polres is working on, within the caller's scope: not closed, newest escape first.
     * The summary lists them first.
     */
    public List<Notification> escapesAtLarge() {
        Filter filter = new Filter().and("kind = :kind", "kind", Kind.ESCAPED)
                .and("state <> :closed", "closed", Notification.State.CLOSED);
        scope.restrict(filter, "audience = :polres and recipient = :unit", Map.of("polres", Audience.POLRES));
        return Notification.find(filter.query(), Sort.by("issuedAt", Sort.Direction.Descending).and("id"),
                filter.parameters()).list();
    }

    public EscapeDetails escapeOf(Notification notification) {
        return notification.escape == null ? null : json.read(notification.escape, new TypeReference<>() {
        });
    }

    private boolean meetsRule(InmateSnapshot inmate) {
        return config.notificationRule().applies(inmate.risk(), inmate.categories());
    }

    private void issue(InmateSnapshot inmate, Kind kind, Audience audience, String recipient, int thresholdDays,
                       LocalDate dueOn, String reason, String supervisingBapas, Notification.Routing routing) {
        if (Notification.count("inmateId = ?1 and kind = ?2 and thresholdDays = ?3 and dueOn = ?4",
                inmate.inmateId, kind, thresholdDays, dueOn) > 0) {
            LOG.debugf("%s D-%d for inmate %s on %s was issued before", kind, thresholdDays, inmate.inmateId, dueOn);
            return;
        }
        issue(inmate, kind, audience, recipient, thresholdDays, dueOn, reason, supervisingBapas, null,
                config.escalateAfter(), n -> n.routing = routing);
    }

    /** @param details what a kind adds to the notice before it is stored and announced */
    private Notification issue(InmateSnapshot inmate, Kind kind, Audience audience, String recipient, int thresholdDays,
                               LocalDate dueOn, String reason, String supervisingBapas, ReleasePlan plan,
                               Duration acknowledgeWithin, Consumer<Notification> details) {
        ReintegrationSummary summary = ReintegrationSummary.of(inmate, dueOn, reason, supervisingBapas, plan);
        OffsetDateTime now = clock.timestamp();
        Notification notification = new Notification();
        notification.id = UUID.randomUUID();
        notification.kind = kind;
        notification.audience = audience;
        notification.recipient = recipient;
        notification.inmateId = inmate.inmateId;
        notification.facility = inmate.facility;
        notification.registerNumber = inmate.registerNumber;
        notification.riskLevel = inmate.riskLevel;
        notification.offenceCategories = List.copyOf(inmate.offenceCategories);
        notification.thresholdDays = thresholdDays;
        notification.dueOn = dueOn;
        notification.reason = reason;
        notification.summary = json.write(summary);
        notification.state = Notification.MACHINE.creation(Notification.ISSUE, notification).to();
        notification.issuedAt = now;
        notification.acknowledgeBy = now.plus(acknowledgeWithin);
        details.accept(notification);
        notification.persist();
        outbox.record(LiaisonEvents.NOTIFICATION_ISSUED, notification.id.toString(),
                new LiaisonEvents.NotificationIssued(LiaisonEvents.NotificationRef.of(notification), summary));
        LOG.infof("notification %s issued: %s %s for inmate %s", notification.id, kind, notification.threshold(),
                inmate.inmateId);
        return notification;
    }

    /**
     * Polres acknowledges the notices addressed to it, the Lapas those for a detaining authority
     * outside Sinergi (the table's conditions); an escalated one, the addressee's head.
     */
    @Transactional
    public Notification acknowledge(UUID id, String ifMatch, String note) {
        var checked = guard.check(Notification.MACHINE, Notification.ACKNOWLEDGE, () -> {
            Notification found = Notification.findById(id, LockModeType.PESSIMISTIC_WRITE);
            requireVisible(found, id);
            return found;
        }, ifMatch, null);
        Notification notification = checked.record();
        notification.state = checked.target(notification.state);
        notification.acknowledgedBy = caller.subject();
        notification.acknowledgedUnit = caller.unit();
        notification.acknowledgedAt = clock.timestamp();
        notification.acknowledgementNote = note;
        Notification.flush();
        outbox.record(LiaisonEvents.NOTIFICATION_ACKNOWLEDGED, id.toString(),
                LiaisonEvents.NotificationAcknowledged.of(notification));
        LOG.infof("notification %s acknowledged", id);
        return notification;
    }

    public Notification get(UUID id) {
        Notification notification = Notification.findById(id);
        requireVisible(notification, id);
        return notification;
    }

    /** Notifications: by due date unless the request names another order. */
    public static final ListOrder<Notification> ORDER = ListOrder.<Notification>byId("id", UUID.class, notification -> notification.id)
            .key("dueOn", "dueOn", LocalDate.class, notification -> notification.dueOn)
            .key("issuedAt", "issuedAt", OffsetDateTime.class, notification -> notification.issuedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, notification -> notification.updatedAt)
            .changes("changePosition", notification -> notification.changePosition)
            .sortedBy("dueOn");

    public Page<Notification> list(Criteria criteria, PageRequest page) {
        Filter filter = filter(criteria, clock.timestamp())
                .and("facility = :facility", "facility", scope.facilityFilter(criteria.facility()))
                .and("issuedAt >= :issuedFrom", "issuedFrom", InfoRequests.startOf(criteria.issuedFrom(), clock))
                .and("issuedAt < :issuedTo", "issuedTo", InfoRequests.startOf(criteria.issuedTo() == null ? null
                        : criteria.issuedTo().plusDays(1), clock))
                .andIf(Boolean.TRUE.equals(criteria.acknowledged()), "acknowledgedAt is not null")
                .andIf(Boolean.FALSE.equals(criteria.acknowledged()), "acknowledgedAt is null");
        scope.restrict(filter, "audience = :polres and recipient = :unit", Map.of("polres", Audience.POLRES));
        return ORDER.read(page).read(filter, Notification.class);
    }

    /** The acknowledged notifications of a list's criteria: how long each took, in minutes, shortest first. */
    public List<Long> minutesToAcknowledge(Criteria criteria) {
        Criteria acknowledged = new Criteria(criteria.state(), criteria.overdue(), criteria.kind(), criteria.riskLevel(),
                criteria.inmateId(), criteria.dueFrom(), criteria.dueTo(), criteria.facility(), criteria.issuedFrom(),
                criteria.issuedTo(), true);
        Page<Notification> all = list(acknowledged, PageRequest.of(0, Integer.MAX_VALUE));
        return all.items().stream().map(n -> Duration.between(n.issuedAt, n.acknowledgedAt).toMinutes()).sorted().toList();
    }

    /** The list's conditions before the caller's scope: the gauges count with them across every scope. */
    static Filter filter(Criteria criteria, OffsetDateTime now) {
        return new Filter()
                .and("state = :state", "state", criteria.state())
                .and("kind = :kind", "kind", criteria.kind())
                .and("riskLevel = :risk", "risk", criteria.riskLevel() == null ? null : criteria.riskLevel().name())
                .and("inmateId = :inmateId", "inmateId", criteria.inmateId())
                .and("dueOn >= :dueFrom", "dueFrom", criteria.dueFrom())
                .and("dueOn <= :dueTo", "dueTo", criteria.dueTo())
                .andIf(Boolean.TRUE.equals(criteria.overdue()),
                        "(state = :escalated or (state = :open and acknowledgeBy < :now))",
                        Map.of("escalated", Notification.State.ESCALATED, "open", Notification.State.OPEN, "now", now))
                .andIf(Boolean.FALSE.equals(criteria.overdue()),
                        "(state = :acknowledged or (state = :open and acknowledgeBy >= :now))",
                        Map.of("acknowledged", Notification.State.ACKNOWLEDGED, "open", Notification.State.OPEN, "now", now));
    }

    public ReintegrationSummary summaryOf(Notification notification) {
        return json.read(notification.summary, new TypeReference<>() {
        });
    }

    private void requireVisible(Notification notification, UUID id) {
        if (notification == null) {
            throw Problems.notFound("notification", id);
        }
        scope.require(notification.audience == Audience.POLRES && scope.isPolresUnit(notification.recipient),
                notification.facility, "notification", id);
    }
}
