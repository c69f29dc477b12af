package id.sinergi.inmate.domain;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.Condition;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The life of a WBP's record as data: every action, from which {@link InmateState} it may be
 * taken, where it leads, who may take it and what must hold beside the state. The platform's
 * engine applies it (403 role, 404, 428/412 {@code If-Match}, 409 state, 422 rules) and
 * {@code GET /api/v1/inmates/state-machine} shows it. The rows are grouped by action, in the order
 * a record's {@code allowedActions} lists them.
 */
public final class InmateMachine {

    public static final String ADMIT = "admit";
    public static final String UPDATE_PERSONAL_DETAILS = "update-personal-details";
    public static final String ASSESS_RISK = "assess-risk";
    public static final String MOVE_OUT = "move-out";
    public static final String RETURN = "return";
    public static final String MOVE_CELL = "move-cell";
    public static final String TRANSFER = "transfer";
    /** The receiving facility of a transfer within the region confirms the WBP arrived. */
    public static final String CONFIRM_ARRIVAL = "confirm-arrival";
    public static final String GRANT_REMISSION = "grant-remission";
    public static final String CHANGE_CLASS = "change-class";
    public static final String EXTEND_DETENTION = "extend-detention";
    public static final String HAND_OVER_DETENTION = "hand-over-detention";
    public static final String RELEASE = "release";
    /** Record where the WBP will live after release, who receives them and the Bapas (issue 21). */
    public static final String PLAN_RELEASE = "plan-release";
    public static final String RECORD_FINE_PAYMENT = "record-fine-payment";
    public static final String COMMUTE_SENTENCE = "commute-sentence";
    /** PB, CB or CMB by decree: out under a Bapas's supervision until the sentence ends. */
    public static final String START_INTEGRATION = "start-integration";
    /** The integration is revoked by decree: back into custody in the same stay. */
    public static final String REVOKE_INTEGRATION = "revoke-integration";
    /** The service's own: the sentence ended while in integration (the integration job). */
    public static final String END_INTEGRATION = "end-integration";
    public static final String RECORD_ESCAPE = "record-escape";
    public static final String RECAPTURE = "recapture";
    /** The service's own: liaison-service reports a police loan checked out. */
    public static final String LOAN_CHECKED_OUT = "loan-checked-out";
    /** The service's own: liaison-service reports a police loan returned. */
    public static final String LOAN_RETURNED = "loan-returned";

    static final Set<String> REGISTRY = Set.of(Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD);
    static final Set<String> SECURITY = Set.of(Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD);
    /** An escape is noticed by the guards (security) or the registry; either records it and the recapture. */
    static final Set<String> CUSTODY = Set.of(Roles.LAPAS_REGISTRAR, Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD);

    /** The states of a WBP the facility holds (in it, or away for a while). */
    public static final List<InmateState> IN_CUSTODY = List.of(InmateState.IN_FACILITY, InmateState.AT_COURT,
            InmateState.ON_POLICE_LOAN, InmateState.AT_MEDICAL);
    /** The states of a WBP away for a while, who comes back with {@code return}. */
    public static final List<InmateState> AWAY = List.of(InmateState.AT_COURT, InmateState.ON_POLICE_LOAN,
            InmateState.AT_MEDICAL);

    /**
     * What the rows' conditions test: the record, and for a movement out, where to (null when only
     * asking what the state allows: every destination is open then).
     */
    public record Subject(Inmate inmate, MovementKind movement, Boolean withinRegion) {

        public Subject(Inmate inmate, MovementKind movement) {
            this(inmate, movement, null);
        }

        public static Subject of(Inmate inmate) {
            return new Subject(inmate, null, null);
        }

        /** A transfer, to a facility of the region's directory or not. */
        public static Subject transfer(Inmate inmate, boolean withinRegion) {
            return new Subject(inmate, null, withinRegion);
        }
    }

    static final Condition<Subject> HAS_SENTENCE = Condition.of("HAS_SENTENCE",
            "the WBP has a sentence (a convict)", s -> s.inmate().hasSentence());
    static final Condition<Subject> DETAINEE = Condition.of("DETAINEE",
            "the WBP is a detainee (A class)", s -> s.inmate().registerClass.isDetainee());
    static final Condition<Subject> UNPAID_FINE = Condition.of("UNPAID_FINE",
            "the sentence has a fine whose payment is not recorded", s -> s.inmate().hasSentence() && s.inmate().hasUnpaidFine());
    static final Condition<Subject> LIFE_OR_DEATH = Condition.of("LIFE_OR_DEATH",
            "the sentence is for life or death", s -> s.inmate().hasSentence() && s.inmate().sentenceKind().isWithoutEnd());

    static final Condition<Subject> WITHIN_REGION = Condition.of("WITHIN_REGION",
            "the receiving facility is in the region's facility directory", s -> s.withinRegion() == null || s.withinRegion());
    static final Condition<Subject> OUT_OF_REGION = Condition.of("OUT_OF_REGION",
            "the receiving facility is not in the region's facility directory", s -> s.withinRegion() == null || !s.withinRegion());

    private static Condition<Subject> movingTo(MovementKind kind, String where) {
        return Condition.of("TO_" + kind.name(), "the movement is " + where,
                s -> s.movement() == null || s.movement() == kind);
    }

    public static final StateMachine<InmateState, Subject> MACHINE = new StateMachine<>("inmate", InmateState.class, rows());

    private InmateMachine() {
    }

    private static List<Transition<InmateState, Subject>> rows() {
        List<Transition<InmateState, Subject>> rows = new ArrayList<>();
        rows.add(Transition.<InmateState>creation().on(ADMIT).to(InmateState.IN_FACILITY).by(REGISTRY)
                .because("Admit a WBP into the register with the next register number of their class"));
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(UPDATE_PERSONAL_DETAILS).stays().by(REGISTRY)
                    .because("Correct identity data"));
        }
        // While at large the identifying features and contacts are what Polres searches with: kept up to date.
        rows.add(Transition.from(InmateState.ESCAPED).on(UPDATE_PERSONAL_DETAILS).stays().by(REGISTRY)
                .because("Correct identity data, identifying features and contacts of a WBP at large"));
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(ASSESS_RISK).stays().by(SECURITY).because("Record a risk assessment"));
        }
        rows.add(Transition.from(InmateState.IN_FACILITY).on(MOVE_OUT).to(InmateState.AT_COURT).by(REGISTRY)
                .when(movingTo(MovementKind.COURT, "to court (kind COURT)"), "Leave the facility for a court hearing"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(MOVE_OUT).to(InmateState.ON_POLICE_LOAN).by(REGISTRY)
                .when(movingTo(MovementKind.POLICE_LOAN, "a police loan (kind POLICE_LOAN)"), "Leave the facility on a police loan"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(MOVE_OUT).to(InmateState.AT_MEDICAL).by(REGISTRY)
                .when(movingTo(MovementKind.MEDICAL, "for medical care (kind MEDICAL)"), "Leave the facility for medical care"));
        for (InmateState state : AWAY) {
            rows.add(Transition.from(state).on(RETURN).to(InmateState.IN_FACILITY).by(REGISTRY)
                    .because("Come back to the facility"));
        }
        rows.add(Transition.from(InmateState.IN_FACILITY).on(MOVE_CELL).stays().by(REGISTRY)
                .because("Move to another cell block"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(TRANSFER).to(InmateState.IN_TRANSIT).by(REGISTRY)
                .when(WITHIN_REGION, "Transfer to another facility of the region (mutasi): the stay stays open until it arrives"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(TRANSFER).to(InmateState.TRANSFERRED).by(REGISTRY)
                .when(OUT_OF_REGION, "Transfer to a facility outside the region (mutasi): the stay ends here"));
        rows.add(Transition.from(InmateState.IN_TRANSIT).on(CONFIRM_ARRIVAL).to(InmateState.IN_FACILITY).by(REGISTRY)
                .because("The receiving facility confirms the arrival: the same stay goes on there, with its register number"));
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(GRANT_REMISSION).stays().by(REGISTRY)
                    .when(HAS_SENTENCE, "Record a remission (remisi): the expiry moves earlier"));
        }
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(CHANGE_CLASS).stays().by(REGISTRY)
                    .when(DETAINEE, "Record the verdict: the detainee becomes a convict"));
        }
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(RECORD_FINE_PAYMENT).stays().by(REGISTRY)
                    .when(UNPAID_FINE, "Record the fine paid: its substitute custody no longer counts, the expiry moves earlier"));
        }
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(COMMUTE_SENTENCE).stays().by(REGISTRY)
                    .when(LIFE_OR_DEATH, "Record a decree changing a life or death sentence (to a term, or death to life)"));
        }
        // Detention orders are paper: they reach the register wherever the detainee is at that moment.
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(EXTEND_DETENTION).stays().by(REGISTRY)
                    .when(DETAINEE, "Record an extension of the detention of the current stage"));
        }
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(HAND_OVER_DETENTION).stays().by(REGISTRY)
                    .when(DETAINEE, "Record the handover of the detention to the next stage (A.I → A.II → … → A.V)"));
        }
        // Planned while the facility holds the WBP, wherever they are that day (Permenkumham 3/2018: the
        // guarantor and the Bapas's litmas come before the release or the integration).
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(PLAN_RELEASE).stays().by(REGISTRY)
                    .because("Record the release plan: address, regency, who receives the WBP, the Bapas"));
        }
        rows.add(Transition.from(InmateState.IN_FACILITY).on(RELEASE).to(InmateState.RELEASED).by(REGISTRY)
                .because("Release from the register"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(START_INTEGRATION).to(InmateState.IN_INTEGRATION).by(REGISTRY)
                .because("Start an integration (PB, CB, CMB) under a Bapas, when the WBP is eligible"));
        rows.add(Transition.from(InmateState.IN_INTEGRATION).on(REVOKE_INTEGRATION).to(InmateState.IN_FACILITY).by(REGISTRY)
                .because("Revoke the integration: back into custody; the time outside is not counted as served"));
        rows.add(Transition.from(InmateState.IN_INTEGRATION).on(END_INTEGRATION).to(InmateState.RELEASED).bySystem()
                .because("Scheduled: the sentence has ended while in integration (released, SERVED_UNDER_INTEGRATION)"));
        for (InmateState state : IN_CUSTODY) {
            rows.add(Transition.from(state).on(RECORD_ESCAPE).to(InmateState.ESCAPED).by(CUSTODY)
                    .because("Record an escape (melarikan diri): Polres is told at once (inmate.escaped)"));
        }
        rows.add(Transition.from(InmateState.ESCAPED).on(RECAPTURE).to(InmateState.IN_FACILITY).by(CUSTODY)
                .because("Record the recapture: back in custody in the same stay; the days at large are not served "
                        + "(UU 1/2023 Pasal 63)"));
        rows.add(Transition.from(InmateState.IN_FACILITY).on(LOAN_CHECKED_OUT).to(InmateState.ON_POLICE_LOAN).bySystem()
                .because("liaison-service reports the police loan checked out (liaison.police-loan-changed)"));
        rows.add(Transition.from(InmateState.ON_POLICE_LOAN).on(LOAN_RETURNED).to(InmateState.IN_FACILITY).bySystem()
                .because("liaison-service reports the police loan returned (liaison.police-loan-changed)"));
        return rows;
    }
}
