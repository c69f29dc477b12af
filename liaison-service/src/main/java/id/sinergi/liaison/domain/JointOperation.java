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
 * A joint search operation (razia gabungan) of the Lapas and Polres: planned for a date and blocks
 * with the participating units and officers, conducted, its findings recorded (each may point to
 * the incident it led to), then closed with a debrief.
 */
@Entity
@Audited(ignore = "updatedAt")
@Table(name = "joint_operation")
public class JointOperation extends CoordinationRecord implements Stateful<JointOperation.State> {

    public enum State { PLANNED, CONDUCTED, DEBRIEFED, CANCELLED }

    public static final String PLAN = "plan";
    public static final String AMEND = "amend";
    public static final String CONDUCT = "conduct";
    public static final String RECORD_FINDING = "record-finding";
    public static final String DEBRIEF = "debrief";
    public static final String CANCEL = "cancel";

    private static final Set<String> SECURITY = Set.of(Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD);

    public static final StateMachine<State, JointOperation> MACHINE = new StateMachine<>("joint-operation", State.class,
            List.of(
                    Transition.<State>creation().on(PLAN).to(State.PLANNED).by(SECURITY).because(
                            "Planned for a date and blocks, with the units and officers taking part"),
                    Transition.from(State.PLANNED).on(AMEND).stays().by(SECURITY).because(
                            "Change the date, blocks, units or officers"),
                    Transition.from(State.PLANNED).on(CONDUCT).to(State.CONDUCTED).by(SECURITY).because(
                            "Carried out (not before its planned time)"),
                    Transition.from(State.PLANNED).on(CANCEL).to(State.CANCELLED).by(SECURITY).withReason().because(
                            "Called off, saying why"),
                    Transition.from(State.CONDUCTED).on(RECORD_FINDING).stays().by(SECURITY).because(
                            "A finding: what, where, whose, and the incident it led to"),
                    Transition.from(State.CONDUCTED).on(DEBRIEF).to(State.DEBRIEFED).by(SECURITY).because(
                            "The debrief's notes; no findings after it")));

    /** An officer taking part: name, rank and unit. */
    public record Officer(@NotBlank @Size(max = 200) String name, @Size(max = 50) String rank,
                          @NotBlank @Size(max = 200) String unit) {
    }

    @Column(nullable = false)
    public String name;

    @Column(name = "planned_for", nullable = false)
    public OffsetDateTime plannedFor;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> blocks = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> units = new ArrayList<>();

    /** JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String officers;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "conducted_by")
    public String conductedBy;

    @Column(name = "conducted_at")
    public OffsetDateTime conductedAt;

    @Column(name = "debrief_notes")
    public String debriefNotes;

    @Column(name = "debriefed_by")
    public String debriefedBy;

    @Column(name = "debriefed_at")
    public OffsetDateTime debriefedAt;

    /** Why it was cancelled. */
    public String reason;

    @Override
    public State currentState() {
        return state;
    }
}
