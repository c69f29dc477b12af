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
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A notice to the authority that must know about a WBP: Polres before and on the release of a WBP
 * who meets the notification rule, the detaining authority before a detention ends, and Polres at
 * once, urgently, when a WBP escapes. The addressee acknowledges it; one not acknowledged in time
 * escalates to the addressee's head. The recapture closes an escape's notice.
 */
@Entity
@Audited(inmate = "inmateId")
@Table(name = "notification")
public class Notification extends WbpRecord implements Stateful<Notification.State> {

    /** ESCAPED: urgent, acknowledged within minutes ({@code sinergi.liaison.escape-ack-minutes}). */
    public enum Kind { RELEASE_DUE, RELEASED, DETENTION_EXPIRING, ESCAPED }

    /**
     * Who the notice is for: Polres (releases, and detentions ordered by a police investigator) or a
     * detaining authority outside Sinergi (prosecutor, court), to whom the Lapas delivers it.
     */
    public enum Audience { POLRES, DETAINING_AUTHORITY }

    /**
     * Why a notice to Polres went to its unit ({@code service.Recipients}). Release notices (release due,
     * released, integration started): the unit covering the release plan's regency; without a plan, or
     * for a regency no unit covers, the unit covering the regency of the WBP's facility (FACILITY_UNIT_…).
     * Escapes and police detainees' detentions: the detaining unit (detentions), else the facility's unit.
     * HOME_UNIT…: liaison does not know the facility, its regency or a unit covering it, so the configured
     * unit ({@code sinergi.liaison.polres-unit}). Null on notices to a detaining authority outside Sinergi.
     */
    public enum Routing {
        REGENCY_UNIT, FACILITY_UNIT_NO_PLAN, FACILITY_UNIT_NO_UNIT_FOR_REGENCY, HOME_UNIT_NO_PLAN,
        HOME_UNIT_NO_UNIT_FOR_REGENCY, DETAINING_UNIT, FACILITY_UNIT, HOME_UNIT
    }

    /** CLOSED: an escape's notice once the WBP is recaptured. */
    public enum State { OPEN, ESCALATED, ACKNOWLEDGED, CLOSED }

    public static final String ISSUE = "issue";
    public static final String ACKNOWLEDGE = "acknowledge";
    public static final String ESCALATE = "escalate";
    public static final String CLOSE = "close";

    private static final Set<String> POLRES = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);
    private static final Set<String> LAPAS = Set.of(Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD);

    /** Polres acknowledges what is addressed to it. */
    public static final Condition<Notification> TO_POLRES = Condition.of("ADDRESSED_TO_POLRES",
            "the notice is addressed to Polres", n -> n.audience == Audience.POLRES);
    /** The Lapas acknowledges, once delivered, a notice for a detaining authority outside Sinergi. */
    public static final Condition<Notification> TO_AUTHORITY = Condition.of("FOR_DETAINING_AUTHORITY",
            "the notice is for a detaining authority outside Sinergi, which the Lapas delivers",
            n -> n.audience == Audience.DETAINING_AUTHORITY);

    /** The notice of an escape, which the recapture closes. */
    public static final Condition<Notification> OF_ESCAPE = Condition.of("OF_ESCAPE",
            "the notice is of an escape", n -> n.kind == Kind.ESCAPED);

    public static final StateMachine<State, Notification> MACHINE = new StateMachine<>("notification", State.class, List.of(
            Transition.<State>creation().on(ISSUE).to(State.OPEN).bySystem().because(
                    "From inmate events: a release due or done of a WBP who meets the notification rule, or a detention "
                            + "ending; once per WBP, kind, threshold and date"),
            Transition.from(State.OPEN).on(ACKNOWLEDGE).to(State.ACKNOWLEDGED).by(POLRES).when(TO_POLRES,
                    "Polres confirms the notice addressed to it"),
            Transition.from(State.OPEN).on(ACKNOWLEDGE).to(State.ACKNOWLEDGED).by(LAPAS).when(TO_AUTHORITY,
                    "The Lapas confirms it delivered the notice to the detaining authority"),
            Transition.from(State.OPEN).on(ESCALATE).to(State.ESCALATED).bySystem().because(
                    "Scheduled: not acknowledged in time, so it goes to the addressee's head (polres-head, or lapas-head)"),
            Transition.from(State.ESCALATED).on(ACKNOWLEDGE).to(State.ACKNOWLEDGED).by(Set.of(Roles.POLRES_HEAD))
                    .when(TO_POLRES, "The Polres head the notice was escalated to acknowledges it"),
            Transition.from(State.ESCALATED).on(ACKNOWLEDGE).to(State.ACKNOWLEDGED).by(Set.of(Roles.LAPAS_HEAD))
                    .when(TO_AUTHORITY, "The Lapas head the notice was escalated to acknowledges its delivery"),
            Transition.from(State.OPEN).on(CLOSE).to(State.CLOSED).bySystem().when(OF_ESCAPE,
                    "From inmate.recaptured: the escaped WBP is back in custody before anyone acknowledged"),
            Transition.from(State.ESCALATED).on(CLOSE).to(State.CLOSED).bySystem().when(OF_ESCAPE,
                    "From inmate.recaptured: the escaped WBP is back in custody, the escalated notice is done"),
            Transition.from(State.ACKNOWLEDGED).on(CLOSE).to(State.CLOSED).bySystem().when(OF_ESCAPE,
                    "From inmate.recaptured: the escaped WBP Polres was looking for is back in custody")));

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    /** The Polres unit code, or the detaining authority's name. */
    @Column(nullable = false)
    public String recipient;

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    /** {@link OffenceCategory} names at issue: shown to the Lapas, never to Polres (beyond the basic view). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offence_categories", nullable = false, columnDefinition = "text[]")
    public List<String> offenceCategories = new ArrayList<>();

    /** Days before {@link #dueOn}; 0 for the notice on release. */
    @Column(name = "threshold_days", nullable = false)
    public int thresholdDays;

    /** The expected or actual release, or the end of the detention. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    /** Why the WBP leaves: END_OF_SENTENCE before a release, the release reason on release, DETENTION_ENDS. */
    @Column(nullable = false)
    public String reason;

    /** The reintegration summary as sent, JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    @Column(name = "acknowledge_by", nullable = false)
    public OffsetDateTime acknowledgeBy;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_unit")
    public String acknowledgedUnit;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "acknowledgement_note")
    public String acknowledgementNote;

    @Column(name = "escalated_at")
    public OffsetDateTime escalatedAt;

    /** The escape this notice is of (from inmate.escaped); null for other kinds. */
    @Column(name = "escape_id")
    public UUID escapeId;

    /** The escape as sent ({@link EscapeDetails}), JSON; null for other kinds. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "escape")
    public String escape;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /** Release notices only: why {@link #recipient} is the unit it is. */
    @Enumerated(EnumType.STRING)
    public Routing routing;

    /** Urgent: an escape, the first thing on the liaison summary. */
    public boolean isUrgent() {
        return kind == Kind.ESCAPED;
    }

    public String threshold() {
        return switch (kind) {
            case RELEASED -> "RELEASE";
            case ESCAPED -> "NOW";
            default -> "D-" + thresholdDays;
        };
    }

    /** Escalated, or still open past its acknowledgement deadline. */
    public boolean isOverdue(OffsetDateTime now) {
        return state == State.ESCALATED || (state == State.OPEN && acknowledgeBy.isBefore(now));
    }

    /** The role an unacknowledged notice escalates to. */
    public String escalatesTo() {
        return audience == Audience.POLRES ? Roles.POLRES_HEAD : Roles.LAPAS_HEAD;
    }

    @Override
    public State currentState() {
        return state;
    }
}
