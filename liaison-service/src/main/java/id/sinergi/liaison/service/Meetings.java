package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.domain.Meeting;
import id.sinergi.liaison.domain.Meeting.State;
import id.sinergi.liaison.command.MeetingRequests;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.function.Predicate;

/**
 * Coordination meetings (rapat koordinasi): scheduled by the Lapas's liaison with a Polres unit,
 * then held (attendees present, minutes, decisions, action items) or cancelled.
 */
@ApplicationScoped
public class Meetings {

    private static final Logger LOG = Logger.getLogger(Meetings.class);
    private static final String WHAT = "meeting";
    private static final Predicate<Meeting> ANY = meeting -> true;

    @Inject
    FacilityClock clock;

    @Inject
    Coordination coordination;

    @Inject
    Scope scope;

    @Inject
    JsonColumns json;

    public record Criteria(State state, LocalDate from, LocalDate to, String text) {
    }

    /**
     * A meeting with what is shown with it: its attendees (kept as JSON) and its action items, and
     * the facility's date it was read on, by which its action items are overdue.
     */
    public record Details(Meeting meeting, List<Meeting.Attendee> attendees, List<ActionItem> actionItems, LocalDate today) {
    }

    @Transactional
    public Details schedule(MeetingRequests.Schedule schedule) {
        Meeting meeting = coordination.create(new Meeting(), coordination.polresUnitOrDefault(schedule.polresUnit()));
        meeting.state = coordination.created(Meeting.MACHINE, Meeting.SCHEDULE, meeting);
        describe(meeting, schedule);
        meeting.persist();
        LOG.infof("meeting %s scheduled for %s", meeting.id, meeting.startsAt);
        return details(coordination.flushed(meeting));
    }

    @Transactional
    public Details amend(UUID id, String ifMatch, MeetingRequests.Schedule schedule) {
        Meeting meeting = take(id, Meeting.AMEND, ifMatch, null);
        meeting.polresUnit = coordination.polresUnitOrDefault(schedule.polresUnit());
        describe(meeting, schedule);
        return details(coordination.flushed(meeting));
    }

    @Transactional
    public Details recordMinutes(UUID id, String ifMatch, MeetingRequests.Minutes minutes) {
        Meeting meeting = take(id, Meeting.RECORD_MINUTES, ifMatch, null);
        if (meeting.startsAt.isAfter(clock.timestamp())) {
            throw Problems.invalidField("meeting-not-held-yet", "minutes", meeting.startsAt);
        }
        meeting.attendees = json.write(minutes.attendees());
        meeting.minutes = minutes.minutes().strip();
        meeting.decisions = new ArrayList<>(minutes.decisions() == null ? List.of()
                : minutes.decisions().stream().map(String::strip).toList());
        meeting.recordedBy = coordination.subject();
        meeting.recordedAt = clock.timestamp();
        List<MeetingRequests.NewActionItem> items = minutes.actionItems() == null ? List.of() : minutes.actionItems();
        for (int i = 0; i < items.size(); i++) {
            addActionItem(meeting, items.get(i), "actionItems[" + i + "].dueOn");
        }
        LOG.infof("meeting %s held: %d decisions, %d action items", id, meeting.decisions.size(), items.size());
        return details(coordination.flushed(meeting));
    }

    @Transactional
    public ActionItem addActionItem(UUID id, String ifMatch, MeetingRequests.NewActionItem item) {
        Meeting meeting = take(id, Meeting.ADD_ACTION_ITEM, ifMatch, null);
        ActionItem added = addActionItem(meeting, item, "dueOn");
        coordination.flushed(meeting);
        return added;
    }

    @Transactional
    public Details cancel(UUID id, String ifMatch, String reason) {
        Meeting meeting = take(id, Meeting.CANCEL, ifMatch, reason);
        meeting.reason = reason.strip();
        LOG.infof("meeting %s cancelled", id);
        return details(coordination.flushed(meeting));
    }

    public Details get(UUID id) {
        return details(coordination.get(Meeting.class, id, WHAT, ANY));
    }

    /** Meetings: the latest first unless the request names another order. */
    public static final ListOrder<Meeting> ORDER = ListOrder.<Meeting>byId("id", UUID.class, meeting -> meeting.id)
            .key("startsAt", "startsAt", OffsetDateTime.class, meeting -> meeting.startsAt)
            .key("createdAt", "createdAt", OffsetDateTime.class, meeting -> meeting.createdAt)
            .updatedAt("updatedAt", OffsetDateTime.class, meeting -> meeting.updatedAt)
            .changes("changePosition", meeting -> meeting.changePosition)
            .sortedBy("-startsAt");

    public Page<Details> list(Criteria criteria, PageRequest page) {
        Filter filter = new Filter()
                .and("state = :state", "state", criteria.state())
                .and("startsAt >= :from", "from", InfoRequests.startOf(criteria.from(), clock))
                .and("startsAt < :to", "to", InfoRequests.startOf(criteria.to() == null ? null : criteria.to().plusDays(1), clock))
                .search(criteria.text(), "title", "place", "minutes");
        scope.restrict(filter, "polresUnit = :unit", Map.of());
        Page<Meeting> found = ORDER.read(page).read(filter, Meeting.class);
        Map<UUID, List<ActionItem>> items = actionItemsOf(found.items().stream().map(m -> m.id).toList());
        return found.map(meeting -> new Details(meeting, attendeesOf(meeting), items.getOrDefault(meeting.id, List.of()), clock.today()));
    }

    private Details details(Meeting meeting) {
        return new Details(meeting, attendeesOf(meeting), actionItemsOf(List.of(meeting.id)).getOrDefault(meeting.id, List.of()),
                clock.today());
    }

    private List<Meeting.Attendee> attendeesOf(Meeting meeting) {
        return json.read(meeting.attendees, new TypeReference<>() {
        });
    }

    /** The action items of the meetings, in one query, by meeting. */
    private static Map<UUID, List<ActionItem>> actionItemsOf(List<UUID> meetingIds) {
        if (meetingIds.isEmpty()) {
            return Map.of();
        }
        return ActionItem.<ActionItem>list("meetingId in ?1 order by dueOn, id", meetingIds).stream()
                .collect(Collectors.groupingBy(item -> item.meetingId, Collectors.toList()));
    }

    private Meeting take(UUID id, String action, String ifMatch, String reason) {
        var checked = coordination.check(Meeting.MACHINE, Meeting.class, id, WHAT, ANY, action, ifMatch, reason);
        Meeting meeting = checked.record();
        meeting.state = checked.target(meeting.state);
        return meeting;
    }

    private void describe(Meeting meeting, MeetingRequests.Schedule schedule) {
        meeting.title = schedule.title().strip();
        meeting.startsAt = schedule.startsAt().withOffsetSameInstant(ZoneOffset.UTC);
        meeting.place = schedule.place().strip();
        meeting.agenda = new ArrayList<>(schedule.agenda().stream().map(String::strip).toList());
        meeting.attendees = json.write(schedule.attendees() == null ? List.of() : schedule.attendees());
    }

    /** An action item of the meeting, due no earlier than the meeting's day. */
    private ActionItem addActionItem(Meeting meeting, MeetingRequests.NewActionItem item, String dueField) {
        if (item.dueOn().isBefore(clock.dateOf(meeting.startsAt.toInstant()))) {
            throw Problems.invalidField("due-before-meeting", dueField, clock.dateOf(meeting.startsAt.toInstant()));
        }
        ActionItem action = coordination.create(new ActionItem(), meeting.polresUnit);
        action.facility = meeting.facility;
        action.meetingId = meeting.id;
        action.description = item.description().strip();
        action.ownerAgency = item.ownerAgency();
        action.assignee = item.assignee().strip();
        action.dueOn = item.dueOn();
        action.state = coordination.created(ActionItem.MACHINE, ActionItem.ADD, action);
        action.persist();
        return action;
    }
}
