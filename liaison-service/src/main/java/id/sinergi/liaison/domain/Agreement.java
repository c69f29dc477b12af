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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A cooperation agreement (MoU, or the PKS that implements one) between the Lapas and Polres or
 * another partner: drafted, in force from its signing, expired at the end of its validity (the
 * scheduled job), or terminated early.
 */
@Entity
@Audited(ignore = "updatedAt")
@Table(name = "agreement")
public class Agreement extends CoordinationRecord implements Stateful<Agreement.State> {

    /** MoU (nota kesepahaman) or PKS (perjanjian kerja sama). */
    public enum Kind { MOU, PKS }

    public enum State { DRAFT, ACTIVE, EXPIRED, TERMINATED }

    public static final String DRAFT = "draft";
    public static final String AMEND = "amend";
    public static final String ACTIVATE = "activate";
    public static final String TERMINATE = "terminate";
    public static final String EXPIRE = "expire";

    private static final Set<String> LIAISON = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);

    public static final StateMachine<State, Agreement> MACHINE = new StateMachine<>("agreement", State.class, List.of(
            Transition.<State>creation().on(DRAFT).to(State.DRAFT).by(LIAISON).because(
                    "Drafted with its number (unique), parties, scope and validity"),
            Transition.from(State.DRAFT).on(AMEND).stays().by(LIAISON).because("Change the draft"),
            Transition.from(State.DRAFT).on(ACTIVATE).to(State.ACTIVE).by(LIAISON).because(
                    "Signed: in force until validTo (which must not have passed)"),
            Transition.from(State.ACTIVE).on(TERMINATE).to(State.TERMINATED).by(LIAISON).withReason().because(
                    "Ended early, saying why"),
            Transition.from(State.ACTIVE).on(EXPIRE).to(State.EXPIRED).bySystem().because(
                    "Scheduled: the day after validTo")));

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The agreement's own number, unique. */
    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> parties = new ArrayList<>();

    @Column(name = "scope", nullable = false)
    public String scopeOfWork;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "activated_by")
    public String activatedBy;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** Why it was terminated. */
    public String reason;

    @Override
    public State currentState() {
        return state;
    }
}
