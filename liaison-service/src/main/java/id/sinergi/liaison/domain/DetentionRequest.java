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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * A detention order a Polres unit sends for a WBP it detains (issue 20 point 2): an extension of the
 * current stage, or the handover to the next stage. The Lapas registrar confirms it by recording the
 * order in the register (inmate-service), whose {@code inmate.detention-extended} or
 * {@code inmate.detention-handed-over} carries this request's id and confirms it here; or rejects it,
 * saying why. The register changes only through the Lapas.
 */
@Entity
@Audited(inmate = "inmateId")
@Table(name = "detention_request")
public class DetentionRequest extends PolresRequest implements Stateful<DetentionRequest.State> {

    public enum State { SUBMITTED, CONFIRMED, REJECTED }

    public enum Kind { EXTENSION, HANDOVER }

    public static final String SUBMIT = "submit";
    public static final String REJECT = "reject";
    /** The service's own: inmate-service recorded the order with this request's id. */
    public static final String CONFIRM = "confirm";

    private static final Set<String> SENDERS = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);
    private static final Set<String> REGISTRY = Set.of(Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD);

    public static final StateMachine<State, DetentionRequest> MACHINE = new StateMachine<>("detention-request", State.class,
            List.of(
                    Transition.<State>creation().on(SUBMIT).to(State.SUBMITTED).by(SENDERS).because(
                            "The detaining Polres unit sends an extension or handover order of a detainee in custody"),
                    Transition.from(State.SUBMITTED).on(REJECT).to(State.REJECTED).by(REGISTRY).withReason().because(
                            "The registrar does not record the order, saying why"),
                    Transition.from(State.SUBMITTED).on(CONFIRM).to(State.CONFIRMED).bySystem().because(
                            "inmate-service recorded the order (inmate.detention-extended / inmate.detention-handed-over "
                                    + "with this request's id)")));

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    public OffsetDateTime submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The next stage, for a handover (A.II–A.V). */
    public String stage;

    @Column(name = "order_number", nullable = false)
    public String orderNumber;

    @Column(name = "order_date", nullable = false)
    public LocalDate orderDate;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    /** The first day of a handover's order. */
    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    /** The detention end the register recorded when it confirmed the order. */
    @Column(name = "recorded_ends_on")
    public LocalDate recordedEndsOn;

    @Override
    public State currentState() {
        return state;
    }
}
