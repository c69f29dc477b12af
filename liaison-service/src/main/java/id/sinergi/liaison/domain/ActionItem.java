package id.sinergi.liaison.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.auth.Roles;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An action item agreed at a coordination meeting: what, which agency owns it, who does it, by
 * when. The owning agency reports progress; one still open after its due date is overdue.
 */
@Entity
@Audited(ignore = "updatedAt")
@Table(name = "action_item")
public class ActionItem extends CoordinationRecord implements Stateful<ActionItem.State> {

    public enum State { OPEN, IN_PROGRESS, DONE, CANCELLED }

    /** The owner agency of items Polres itself progresses; the Lapas progresses every item. */
    public static final String POLRES_AGENCY = "POLRES";

    public static final String START = "start";
    public static final String COMPLETE = "complete";
    public static final String CANCEL = "cancel";

    private static final Set<String> PROGRESS = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD);
    private static final Set<String> LIAISON = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);

    public static final StateMachine<State> MACHINE = new StateMachine<>("action-item", State.class,
            new Transition<>(START, State.OPEN, State.IN_PROGRESS, PROGRESS, false,
                    "Work has begun (Polres: on the items its agency owns)"),
            new Transition<>(COMPLETE, State.OPEN, State.DONE, PROGRESS, false, "Done, with an optional note"),
            new Transition<>(COMPLETE, State.IN_PROGRESS, State.DONE, PROGRESS, false, "Done, with an optional note"),
            new Transition<>(CANCEL, State.OPEN, State.CANCELLED, LIAISON, true, "No longer needed, saying why"),
            new Transition<>(CANCEL, State.IN_PROGRESS, State.CANCELLED, LIAISON, true, "No longer needed, saying why"));

    /** States in which an item can be overdue. */
    public static final List<State> PENDING = List.of(State.OPEN, State.IN_PROGRESS);

    @Column(name = "meeting_id", nullable = false)
    public UUID meetingId;

    @Column(nullable = false)
    public String description;

    /** LAPAS, POLRES, or another agency's code (e.g. BNNK-HSU). */
    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    @Column(nullable = false)
    public String assignee;

    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "completed_by")
    public String completedBy;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** The completion's note, or why it was cancelled. */
    public String note;

    public boolean isOverdue(LocalDate today) {
        return PENDING.contains(state) && dueOn.isBefore(today);
    }

    @Override
    public StateMachine<State> machine() {
        return MACHINE;
    }

    @Override
    public State currentState() {
        return state;
    }

    @Override
    public void moveTo(State next) {
        state = next;
    }
}
