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
import java.util.List;
import java.util.Set;

/**
 * A police loan (bon / peminjaman): Polres borrows a WBP for investigation. The Lapas approves or
 * rejects it, records the check-out and the return; a loan not back in time turns overdue and is
 * escalated. inmate-service follows each change to show where the WBP is.
 */
@Entity
@Audited(inmate = "inmateId")
@Table(name = "police_loan")
public class PoliceLoan extends PolresRequest implements Stateful<PoliceLoan.State> {

    public enum State { REQUESTED, APPROVED, REJECTED, CHECKED_OUT, RETURNED, OVERDUE, CANCELLED }

    public static final String REQUEST = "request";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String CHECK_OUT = "check-out";
    public static final String RETURN = "return";
    public static final String MARK_OVERDUE = "mark-overdue";
    public static final String CANCEL = "cancel";

    private static final Set<String> REQUESTERS = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);
    private static final Set<String> DECIDERS = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);
    private static final Set<String> GATE = Set.of(Roles.LAPAS_REGISTRAR, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);
    private static final Set<String> CANCELLERS = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD);

    public static final StateMachine<State, PoliceLoan> MACHINE = new StateMachine<>("police-loan", State.class, List.of(
            Transition.<State>creation().on(REQUEST).to(State.REQUESTED).by(REQUESTERS).because(
                    "Polres asks to borrow a WBP in custody, in the facility and on no other loan"),
            Transition.from(State.REQUESTED).on(APPROVE).to(State.APPROVED).by(DECIDERS).because("Approve the loan"),
            Transition.from(State.REQUESTED).on(REJECT).to(State.REJECTED).by(DECIDERS).withReason().because(
                    "Reject, saying why"),
            Transition.from(State.REQUESTED).on(CANCEL).to(State.CANCELLED).by(CANCELLERS).withReason().because(
                    "Call the loan off, saying why"),
            Transition.from(State.APPROVED).on(CANCEL).to(State.CANCELLED).by(CANCELLERS).withReason().because(
                    "Call the loan off, saying why"),
            Transition.from(State.APPROVED).on(CHECK_OUT).to(State.CHECKED_OUT).by(GATE).because(
                    "The WBP leaves with the escorting officers (the WBP must be in custody, in the facility, on no other loan)"),
            Transition.from(State.CHECKED_OUT).on(RETURN).to(State.RETURNED).by(GATE).because(
                    "The WBP is back in the facility"),
            Transition.from(State.CHECKED_OUT).on(MARK_OVERDUE).to(State.OVERDUE).bySystem().because(
                    "Scheduled: not back by the planned time; escalated to polres-head and lapas-head"),
            Transition.from(State.OVERDUE).on(RETURN).to(State.RETURNED).by(GATE).because("The WBP is back, late")));

    /** States in which the WBP is away with Polres. */
    public static final List<State> OUT = List.of(State.CHECKED_OUT, State.OVERDUE);

    /** An escorting officer: name, rank (pangkat) and NRP (the officer's registration number). */
    public record Escort(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String rank,
                         @NotBlank @Size(max = 20) String nrp) {
    }

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    /** The borrowing police unit, e.g. Satreskrim Polres Hulu Sungai Utara. */
    @Column(name = "borrowing_unit", nullable = false)
    public String borrowingUnit;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "case_number", nullable = false)
    public String caseNumber;

    /** The loan letter (surat bon). */
    @Column(name = "letter_number", nullable = false)
    public String letterNumber;

    @Column(name = "planned_out_at", nullable = false)
    public OffsetDateTime plannedOutAt;

    @Column(name = "planned_back_at", nullable = false)
    public OffsetDateTime plannedBackAt;

    /** The escorting officers, JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String escorts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "requested_at", nullable = false)
    public OffsetDateTime requestedAt;

    @Column(name = "checked_out_by")
    public String checkedOutBy;

    @Column(name = "checked_out_at")
    public OffsetDateTime checkedOutAt;

    @Column(name = "returned_by")
    public String returnedBy;

    @Column(name = "returned_at")
    public OffsetDateTime returnedAt;

    @Column(name = "overdue_since")
    public OffsetDateTime overdueSince;

    /** Out past the planned return, whether or not the scheduled job has marked it yet. */
    public boolean isOverdue(OffsetDateTime now) {
        return state == State.OVERDUE || (state == State.CHECKED_OUT && plannedBackAt.isBefore(now));
    }

    @Override
    public State currentState() {
        return state;
    }
}
