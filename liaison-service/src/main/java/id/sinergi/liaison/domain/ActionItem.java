package id.sinergi.liaison.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.Condition;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
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

    public static final String ADD = "add";
    public static final String START = "start";
    public static final String COMPLETE = "complete";
    public static final String CANCEL = "cancel";

    private static final Set<String> LIAISON = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);
    private static final Set<String> POLRES = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);

    /** Polres progresses the items its own agency owns; the Lapas every item. */
    public static final Condition<ActionItem> OWNED_BY_POLRES = Condition.of("OWNED_BY_POLRES",
            "the item's owner agency is " + POLRES_AGENCY, item -> POLRES_AGENCY.equals(item.ownerAgency));

    public static final StateMachine<State, ActionItem> MACHINE = new StateMachine<>("action-item", State.class, List.of(
            Transition.<State>creation().on(ADD).to(State.OPEN).by(LIAISON).because(
                    "Agreed at a held meeting: with its minutes (record-minutes) or after them (add-action-item)"),
            Transition.from(State.OPEN).on(START).to(State.IN_PROGRESS).by(LIAISON).because("Work has begun"),
            Transition.from(State.OPEN).on(START).to(State.IN_PROGRESS).by(POLRES).when(OWNED_BY_POLRES,
                    "Work has begun on an item Polres owns"),
            Transition.from(State.OPEN).on(COMPLETE).to(State.DONE).by(LIAISON).because("Done, with an optional note"),
            Transition.from(State.OPEN).on(COMPLETE).to(State.DONE).by(POLRES).when(OWNED_BY_POLRES,
                    "Polres has done an item it owns, with an optional note"),
            Transition.from(State.IN_PROGRESS).on(COMPLETE).to(State.DONE).by(LIAISON).because("Done, with an optional note"),
            Transition.from(State.IN_PROGRESS).on(COMPLETE).to(State.DONE).by(POLRES).when(OWNED_BY_POLRES,
                    "Polres has done an item it owns, with an optional note"),
            Transition.from(State.OPEN).on(CANCEL).to(State.CANCELLED).by(LIAISON).withReason().because(
                    "No longer needed, saying why"),
            Transition.from(State.IN_PROGRESS).on(CANCEL).to(State.CANCELLED).by(LIAISON).withReason().because(
                    "No longer needed, saying why")));

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
    public State currentState() {
        return state;
    }
}
