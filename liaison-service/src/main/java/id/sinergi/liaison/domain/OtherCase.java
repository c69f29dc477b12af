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

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Another case (issue 21 point 2): Polres reports, under its police report number (laporan polisi),
 * that a WBP in custody is a suspect in a case other than the one they are held for. inmate-service
 * records it on the WBP as a pending case, which integration eligibility reads, until Polres closes
 * it with the outcome. The facility is the WBP's, so the Lapas holding them sees it; the reporting
 * unit is the only Polres unit that does.
 */
@Entity
@Audited(ignore = "updatedAt", inmate = "inmateId")
@Table(name = "other_case")
public class OtherCase extends CoordinationRecord implements Stateful<OtherCase.State> {

    public enum State { OPEN, CLOSED }

    /** How the case ended for the WBP. */
    public enum Outcome {
        /** Investigation stopped (SP3, Surat Perintah Penghentian Penyidikan, KUHAP art. 109(2)). */
        DROPPED_SP3,
        /** Settled by restorative justice (Perpol 8/2021). */
        RESTORATIVE_JUSTICE,
        ACQUITTED,
        CONVICTED,
        OTHER
    }

    public static final String REPORT = "report";
    public static final String CLOSE = "close";

    private static final Set<String> POLRES = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);

    public static final StateMachine<State, OtherCase> MACHINE = new StateMachine<>("other-case", State.class, List.of(
            Transition.<State>creation().on(REPORT).to(State.OPEN).by(POLRES).because(
                    "Polres names a WBP in custody as suspect in another case under its police report number: "
                            + "publishes liaison.other-case-changed, and inmate-service records a pending case"),
            Transition.from(State.OPEN).on(CLOSE).to(State.CLOSED).by(POLRES).withReason().because(
                    "The case is finished for the WBP (SP3, restorative justice, verdict), with its outcome and why: "
                            + "publishes liaison.other-case-changed, and the pending case ends")));

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "police_report_number", nullable = false)
    public String policeReportNumber;

    /** The article suspected, e.g. "Pasal 114 ayat (1) UU 35/2009". */
    @Column(nullable = false)
    public String article;

    @Column(nullable = false)
    public String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Enumerated(EnumType.STRING)
    public Outcome outcome;

    /** Why it was closed so. */
    public String reason;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Override
    public State currentState() {
        return state;
    }
}
