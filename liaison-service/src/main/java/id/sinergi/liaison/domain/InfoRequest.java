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
 * A Polres officer's request for information about a WBP (purpose-bound access): the Lapas
 * approves it with an access expiry, which grants that officer the sections of the record it asked for in inmate-service
 * until then, or rejects it with a reason; what was handed over is recorded as the fulfilment.
 */
@Entity
@Audited(inmate = "inmateId")
@Table(name = "info_request")
public class InfoRequest extends PolresRequest implements Stateful<InfoRequest.State> {

    public enum State { SUBMITTED, APPROVED, REJECTED, FULFILLED, WITHDRAWN }

    public static final String SUBMIT = "submit";
    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";
    public static final String FULFIL = "fulfil";
    public static final String WITHDRAW = "withdraw";

    private static final Set<String> DECIDERS = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);
    private static final Set<String> REQUESTERS = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);

    public static final StateMachine<State, InfoRequest> MACHINE = new StateMachine<>("info-request", State.class, List.of(
            Transition.<State>creation().on(SUBMIT).to(State.SUBMITTED).by(REQUESTERS).because(
                    "Polres asks for data about a WBP known to the liaison, with the letter and purpose"),
            Transition.from(State.SUBMITTED).on(APPROVE).to(State.APPROVED).by(DECIDERS).because(
                    "Approve with an access expiry: the officer may read the sections of the WBP's record it asked for until then"),
            Transition.from(State.SUBMITTED).on(REJECT).to(State.REJECTED).by(DECIDERS).withReason().because(
                    "Reject, saying why"),
            Transition.from(State.SUBMITTED).on(WITHDRAW).to(State.WITHDRAWN).by(REQUESTERS).because(
                    "The requesting unit no longer needs it"),
            Transition.from(State.APPROVED).on(FULFIL).to(State.FULFILLED).by(DECIDERS).because(
                    "Record what was handed over")));

    /** The requesting officer's token subject. */
    @Column(nullable = false)
    public String officer;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "letter_number", nullable = false)
    public String letterNumber;

    @Column(name = "police_report_number")
    public String policeReportNumber;

    /** {@link DataCategory} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "requested_data", nullable = false, columnDefinition = "text[]")
    public List<String> requestedData = new ArrayList<>();

    @Column(name = "needed_by", nullable = false)
    public LocalDate neededBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Column(name = "answer_due_at", nullable = false)
    public OffsetDateTime answerDueAt;

    @Column(name = "access_expires_at")
    public OffsetDateTime accessExpiresAt;

    @Column(name = "fulfilled_by")
    public String fulfilledBy;

    @Column(name = "fulfilled_at")
    public OffsetDateTime fulfilledAt;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "provided_data", columnDefinition = "text[]")
    public List<String> providedData;

    @Column(name = "fulfilment_note")
    public String fulfilmentNote;

    /** What it asks for, in the order asked. */
    public List<DataCategory> categories() {
        return requestedData.stream().map(DataCategory::valueOf).toList();
    }

    /** The requesting officer may read the data now: approved and the access not yet expired. */
    public boolean grantsAccessNow(OffsetDateTime now) {
        return state == State.APPROVED && accessExpiresAt != null && accessExpiresAt.isAfter(now);
    }

    /** Still waiting for the Lapas's answer after the answer deadline. */
    public boolean isOverdue(OffsetDateTime now) {
        return state == State.SUBMITTED && answerDueAt.isBefore(now);
    }

    @Override
    public State currentState() {
        return state;
    }
}
