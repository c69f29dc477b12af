package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.domain.ActionItem.State;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Action items of coordination meetings: progressed by the owning agency (the Lapas for every
 * agency it minutes for, Polres for its own), cancelled by the Lapas; overdue ones listed per
 * agency.
 */
@ApplicationScoped
public class ActionItems {

    private static final Logger LOG = Logger.getLogger(ActionItems.class);
    private static final String WHAT = "action-item";
    private static final Predicate<ActionItem> ANY = item -> true;

    @Inject
    FacilityClock clock;

    @Inject
    Coordination coordination;

    @Inject
    Scope scope;

    @Inject
    EntityManager entityManager;

    public record Criteria(State state, Boolean overdue, String ownerAgency, UUID meetingId, LocalDate dueFrom,
                           LocalDate dueTo, String text) {

        public static final Criteria OVERDUE = new Criteria(null, true, null, null, null, null, null);
    }

    @Transactional
    public ActionItem start(UUID id, String ifMatch) {
        return progressed(take(id, ActionItem.START, ifMatch, null), null);
    }

    @Transactional
    public ActionItem complete(UUID id, String ifMatch, String note) {
        ActionItem item = take(id, ActionItem.COMPLETE, ifMatch, null);
        item.completedBy = coordination.subject();
        item.completedAt = clock.timestamp();
        return progressed(item, note);
    }

    @Transactional
    public ActionItem cancel(UUID id, String ifMatch, String reason) {
        return progressed(take(id, ActionItem.CANCEL, ifMatch, reason), reason);
    }

    public ActionItem get(UUID id) {
        return coordination.get(ActionItem.class, id, WHAT, ANY);
    }

    /** Ordered by owner agency, then due date: the overdue list reads agency by agency. */
    /** Action items: by owner agency, then due date, unless the request names another order. */
    public static final ListOrder<ActionItem> ORDER = ListOrder.<ActionItem>byId("id", UUID.class, item -> item.id)
            .key("ownerAgency", List.of(ListOrder.column("ownerAgency", String.class, (ActionItem item) -> item.ownerAgency),
                    ListOrder.column("dueOn", LocalDate.class, (ActionItem item) -> item.dueOn)))
            .key("dueOn", "dueOn", LocalDate.class, item -> item.dueOn)
            .key("createdAt", "createdAt", OffsetDateTime.class, item -> item.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, item -> item.updatedAt)
            .changes("changePosition", item -> item.changePosition)
            .sortedBy("ownerAgency");

    public Page<ActionItem> list(Criteria criteria, PageRequest page) {
        return ORDER.read(page).read(filter(criteria), ActionItem.class);
    }

    /** How many items each agency has overdue, within the caller's scope, agencies in alphabetical order. */
    public Map<String, Long> overdueByAgency() {
        Filter filter = filter(Criteria.OVERDUE);
        var query = entityManager.createQuery("select ownerAgency, count(*) from ActionItem where " + filter.query()
                + " group by ownerAgency order by ownerAgency", Object[].class);
        filter.parameters().map().forEach(query::setParameter);
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    private Filter filter(Criteria criteria) {
        LocalDate today = clock.today();
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("ownerAgency = :agency", "agency", criteria.ownerAgency())
                .and("meetingId = :meetingId", "meetingId", criteria.meetingId())
                .and("dueOn >= :dueFrom", "dueFrom", criteria.dueFrom())
                .and("dueOn <= :dueTo", "dueTo", criteria.dueTo())
                .andIf(Boolean.TRUE.equals(criteria.overdue()), "(state in :pending and dueOn < :today)",
                        Map.of("pending", ActionItem.PENDING, "today", today))
                .andIf(Boolean.FALSE.equals(criteria.overdue()), "(state not in :pending or dueOn >= :today)",
                        Map.of("pending", ActionItem.PENDING, "today", today))
                .search(criteria.text(), "description", "assignee");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        return filter;
    }

    /** Loads the item for an action; Polres acts only on the items its own agency owns (the table's condition). */
    private ActionItem take(UUID id, String action, String ifMatch, String reason) {
        var checked = coordination.check(ActionItem.MACHINE, ActionItem.class, id, WHAT, ANY, action, ifMatch, reason);
        ActionItem item = checked.record();
        item.state = checked.target(item.state);
        return item;
    }

    private ActionItem progressed(ActionItem item, String note) {
        item.note = InfoRequests.blankToNull(note);
        LOG.infof("action item %s of meeting %s is %s", item.id, item.meetingId, item.state);
        return coordination.flushed(item);
    }
}
