package id.sinergi.liaison.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A coordination meeting (rapat koordinasi): scheduled with its agenda and invited attendees, then
 * held, when its minutes, decisions and action items are recorded, or cancelled.
 */
@Entity
@Audited(ignore = "updatedAt")
@Table(name = "meeting")
public class Meeting extends CoordinationRecord implements Stateful<Meeting.State> {

    public enum State { SCHEDULED, HELD, CANCELLED }

    public static final String SCHEDULE = "schedule";
    public static final String AMEND = "amend";
    public static final String RECORD_MINUTES = "record-minutes";
    public static final String ADD_ACTION_ITEM = "add-action-item";
    public static final String CANCEL = "cancel";

    private static final Set<String> LIAISON = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);

    public static final StateMachine<State, Meeting> MACHINE = new StateMachine<>("meeting", State.class, List.of(
            Transition.<State>creation().on(SCHEDULE).to(State.SCHEDULED).by(LIAISON).because(
                    "Scheduled with its agenda, invited attendees and the Polres unit taking part"),
            Transition.from(State.SCHEDULED).on(AMEND).stays().by(LIAISON).because(
                    "Change the date, place, agenda or invited attendees"),
            Transition.from(State.SCHEDULED).on(RECORD_MINUTES).to(State.HELD).by(LIAISON).because(
                    "Held: the attendees present, minutes, decisions and action items (not before it starts)"),
            Transition.from(State.SCHEDULED).on(CANCEL).to(State.CANCELLED).by(LIAISON).withReason().because(
                    "Called off, saying why"),
            Transition.from(State.HELD).on(ADD_ACTION_ITEM).stays().by(LIAISON).because(
                    "An action item agreed after the minutes were recorded")));

    /** A person at the meeting: name, agency (e.g. Polres Hulu Sungai Utara) and position. */
    public record Attendee(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 200) String agency,
                           @Size(max = 200) String position) {
    }

    @Column(nullable = false)
    public String title;

    @Column(name = "starts_at", nullable = false)
    public OffsetDateTime startsAt;

    @Column(nullable = false)
    public String place;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> agenda = new ArrayList<>();

    /** Invited, then those present once held; JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String attendees;

    public String minutes;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> decisions = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    /** Why it was cancelled. */
    public String reason;

    @Override
    public State currentState() {
        return state;
    }
}
