package id.sinergi.liaison.domain;

import id.sinergi.platform.audit.Audited;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.statemachine.Transition;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A security and order incident (kamtib) in the facility. Security staff record it and may share it
 * with Polres, which then follows it up: receipt, investigation under a police report number,
 * charges, closure. One state machine covers both sides; the Lapas alone closes an incident it
 * never shared.
 */
@Entity
@Audited(ignore = "updatedAt")
@Table(name = "incident")
public class Incident extends CoordinationRecord implements Stateful<Incident.State> {

    public enum Type { CONTRABAND_PHONE, NARCOTICS, FIGHT, ESCAPE, ESCAPE_ATTEMPT, RIOT, EXTORTION, WITNESS_THREAT, OTHER }

    public enum Severity { LOW, MEDIUM, HIGH, CRITICAL }

    public enum State { REPORTED, SHARED, RECEIVED, UNDER_INVESTIGATION, CHARGED, CLOSED }

    /** How a WBP was involved. */
    public enum InvolvementRole { PERPETRATOR, SUSPECT, VICTIM, WITNESS }

    public static final String REPORT = "report";
    public static final String AMEND = "amend";
    public static final String SHARE = "share";
    public static final String RECEIVE = "receive";
    public static final String INVESTIGATE = "investigate";
    public static final String CHARGE = "charge";
    public static final String CLOSE = "close";

    private static final Set<String> SECURITY = Set.of(Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD);
    private static final Set<String> POLRES = Set.of(Roles.POLRES_OFFICER, Roles.POLRES_HEAD);

    public static final StateMachine<State, Incident> MACHINE = new StateMachine<>("incident", State.class, List.of(
            Transition.<State>creation().on(REPORT).to(State.REPORTED).by(SECURITY).because(
                    "Recorded by the Lapas's security staff (with shareWithPolres, shared at once)"),
            Transition.from(State.REPORTED).on(AMEND).stays().by(SECURITY).because(
                    "Correct the record before it is shared or closed"),
            Transition.from(State.REPORTED).on(SHARE).to(State.SHARED).by(SECURITY).because(
                    "Share with Polres (also when recorded with shareWithPolres): publishes liaison.incident-reported"),
            Transition.from(State.REPORTED).on(CLOSE).to(State.CLOSED).by(SECURITY).withReason().because(
                    "Handled within the Lapas (e.g. disciplinary measures) without Polres, saying how"),
            Transition.from(State.SHARED).on(RECEIVE).to(State.RECEIVED).by(POLRES).because(
                    "Polres confirms it has the report"),
            Transition.from(State.RECEIVED).on(INVESTIGATE).to(State.UNDER_INVESTIGATION).by(POLRES).because(
                    "Polres investigates under a police report number (laporan polisi)"),
            Transition.from(State.RECEIVED).on(CLOSE).to(State.CLOSED).by(POLRES).withReason().because(
                    "Polres takes no case up, saying why"),
            Transition.from(State.UNDER_INVESTIGATION).on(CHARGE).to(State.CHARGED).by(POLRES).because(
                    "Suspects charged; the case file goes to the prosecutor"),
            Transition.from(State.UNDER_INVESTIGATION).on(CLOSE).to(State.CLOSED).by(POLRES).withReason().because(
                    "Investigation stopped (SP3) or settled (restorative justice), saying why"),
            Transition.from(State.CHARGED).on(CLOSE).to(State.CLOSED).by(POLRES).withReason().because(
                    "Polres closes the case once it is finished (verdict, SP3, restorative justice), saying how; "
                    + "inmate-service keeps the WBP's pending case open until then")));

    /** States Polres follows up; the incident's police status is its state from there on. */
    public static final List<State> FOLLOWED_UP = List.of(State.RECEIVED, State.UNDER_INVESTIGATION, State.CHARGED);

    /** The values of {@link #policeStatus()}: what the {@code policeStatus} filter and the summary count. */
    public static final List<State> POLICE_STATUSES = List.of(State.RECEIVED, State.UNDER_INVESTIGATION, State.CHARGED,
            State.CLOSED);

    /** A WBP involved, as known from inmate events when recorded. */
    @Embeddable
    public static class Involvement {

        @Column(name = "inmate_id", nullable = false)
        public java.util.UUID inmateId;

        @Column(name = "register_number", nullable = false)
        public String registerNumber;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        public InvolvementRole role;
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Severity severity;

    @Column(name = "occurred_at", nullable = false)
    public OffsetDateTime occurredAt;

    @Column(nullable = false)
    public String place;

    @Column(nullable = false)
    public String description;

    /** References to evidence kept elsewhere (photos, seizure reports, CCTV exports). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> evidence = new ArrayList<>();

    /** Read for a whole page of incidents in one query (a page has at most 100). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "incident_inmate", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    public List<Involvement> involved = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public State state;

    @Column(name = "shared_by")
    public String sharedBy;

    @Column(name = "shared_at")
    public OffsetDateTime sharedAt;

    @Column(name = "police_report_number")
    public String policeReportNumber;

    @Column(name = "followed_up_by")
    public String followedUpBy;

    @Column(name = "followed_up_at")
    public OffsetDateTime followedUpAt;

    @Column(name = "follow_up_note")
    public String followUpNote;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    @Column(name = "closing_reason")
    public String closingReason;

    public boolean isShared() {
        return sharedAt != null;
    }

    /** Polres's follow-up status: RECEIVED, UNDER_INVESTIGATION, CHARGED or CLOSED; null before Polres has it. */
    public State policeStatus() {
        if (FOLLOWED_UP.contains(state) || (state == State.CLOSED && isShared())) {
            return state;
        }
        return null;
    }

    @Override
    public State currentState() {
        return state;
    }
}
