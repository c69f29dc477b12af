package id.sinergi.liaison.event;

import id.sinergi.liaison.domain.DataCategory;
import id.sinergi.liaison.domain.DetentionRequest;
import id.sinergi.liaison.domain.Finding;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.domain.ReintegrationSummary;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The events liaison-service publishes on {@code liaison.events.v1}, keyed by the aggregate's id
 * (the notification's, the request's, the loan's or the incident's). Schemas and an example per type:
 * {@code src/main/resources/META-INF/resources/asyncapi/liaison-events.yaml}.
 */
public final class LiaisonEvents {

    public static final String NOTIFICATION_ISSUED = "liaison.notification-issued";
    public static final String NOTIFICATION_ACKNOWLEDGED = "liaison.notification-acknowledged";
    public static final String NOTIFICATION_ESCALATED = "liaison.notification-escalated";
    public static final String INFO_REQUEST_DECIDED = "liaison.info-request-decided";
    public static final String POLICE_LOAN_CHANGED = "liaison.police-loan-changed";
    public static final String DETENTION_REQUEST_CHANGED = "liaison.detention-request-changed";
    public static final String INCIDENT_REPORTED = "liaison.incident-reported";
    public static final String INCIDENT_CHANGED = "liaison.incident-changed";
    public static final String FINDING_RECORDED = "liaison.finding-recorded";
    public static final String OTHER_CASE_CHANGED = "liaison.other-case-changed";
    /** A unit of the Polres directory was created or replaced (issue 22); keyed by the unit's code. */
    public static final String POLRES_UNIT_CHANGED = "liaison.polres-unit-changed";

    private LiaisonEvents() {
    }

    /** A notification as every notification event carries it. */
    public record NotificationRef(UUID notificationId, Notification.Kind kind, Notification.Audience audience,
                                  String recipient, UUID inmateId, String registerNumber, String threshold,
                                  int daysBefore, LocalDate dueOn, String reason, Notification.State state,
                                  OffsetDateTime issuedAt, OffsetDateTime acknowledgeBy, Notification.Routing routing) {

        /** {@code routing}: why the recipient is the Polres unit it is ({@code service.Recipients}); null for a detaining authority. */
        public static NotificationRef of(Notification n) {
            return new NotificationRef(n.id, n.kind, n.audience, n.recipient, n.inmateId, n.registerNumber,
                    n.threshold(), n.thresholdDays, n.dueOn, n.reason, n.state, n.issuedAt, n.acknowledgeBy, n.routing);
        }
    }

    /** The unit as it is now, every regency it covers, and who changed it. */
    public record PolresUnitChanged(PolresUnit unit) {
    }

    public record NotificationIssued(NotificationRef notification, ReintegrationSummary summary) {
    }

    public record NotificationAcknowledged(NotificationRef notification, String acknowledgedBy, String unit,
                                           OffsetDateTime acknowledgedAt, String note) {

        public static NotificationAcknowledged of(Notification n) {
            return new NotificationAcknowledged(NotificationRef.of(n), n.acknowledgedBy, n.acknowledgedUnit,
                    n.acknowledgedAt, n.acknowledgementNote);
        }
    }

    public record NotificationEscalated(NotificationRef notification, String escalatedTo, OffsetDateTime escalatedAt) {

        public static NotificationEscalated of(Notification n) {
            return new NotificationEscalated(NotificationRef.of(n), n.escalatesTo(), n.escalatedAt);
        }
    }

    /**
     * The shape inmate-service consumes: an approval grants the officer the sections of the record
     * named by {@code categories} (what was requested, and so granted) until {@code accessExpiresAt}.
     */
    public record InfoRequestDecided(UUID requestId, UUID inmateId, String officer, String unit, String decision,
                                     OffsetDateTime accessExpiresAt, String reason, List<DataCategory> categories) {

        public static InfoRequestDecided of(InfoRequest request) {
            return new InfoRequestDecided(request.id, request.inmateId, request.officer, request.polresUnit,
                    request.state.name(), request.accessExpiresAt, request.reason, request.categories());
        }
    }

    /** The shape inmate-service consumes: CHECKED_OUT and RETURNED move the WBP out and back. */
    public record PoliceLoanChanged(UUID loanId, UUID inmateId, PoliceLoan.State state, String unit, String letterNumber,
                                    OffsetDateTime dueBackAt) {

        public static PoliceLoanChanged of(PoliceLoan loan) {
            return new PoliceLoanChanged(loan.id, loan.inmateId, loan.state, loan.borrowingUnit, loan.letterNumber,
                    loan.plannedBackAt);
        }
    }

    /**
     * A Polres unit's detention order (issue 20 point 2) submitted, rejected by the registrar, or
     * confirmed because the register recorded it ({@code recordedEndsOn}).
     */
    public record DetentionRequestChanged(UUID requestId, UUID inmateId, String registerNumber, String unit,
                                          DetentionRequest.Kind kind, String stage, String orderNumber, LocalDate orderDate,
                                          String issuedBy, LocalDate endsOn, DetentionRequest.State state,
                                          LocalDate recordedEndsOn, String reason) {

        public static DetentionRequestChanged of(DetentionRequest r) {
            return new DetentionRequestChanged(r.id, r.inmateId, r.registerNumber, r.polresUnit, r.kind, r.stage,
                    r.orderNumber, r.orderDate, r.issuedBy, r.endsOn, r.state, r.recordedEndsOn, r.reason);
        }
    }

    /**
     * A security incident shared with Polres: what, when, where, how serious, and the WBP involved by
     * id, register number and role (never a name or NIK).
     */
    public record IncidentReported(UUID incidentId, String facility, String polresUnit, Incident.Type type,
                                   Incident.Severity severity, OffsetDateTime occurredAt, String place, String description,
                                   List<Involved> involved, List<String> evidence, String reportedBy, String sharedBy,
                                   OffsetDateTime sharedAt) {

        public record Involved(UUID inmateId, String registerNumber, Incident.InvolvementRole role) {
        }

        public static IncidentReported of(Incident i) {
            return new IncidentReported(i.id, i.facility, i.polresUnit, i.type, i.severity, i.occurredAt, i.place,
                    i.description, i.involved.stream().map(w -> new Involved(w.inmateId, w.registerNumber, w.role)).toList(),
                    List.copyOf(i.evidence), i.createdBy, i.sharedBy, i.sharedAt);
        }
    }

    /**
     * Any action on an incident (issue 21 point 2): the state it left the incident in, Polres's
     * status and report number, and the WBP involved, so inmate-service can open a risk review and
     * a pending case (charge) and close it (close) without polling. {@code reason} is the closing
     * reason or the follow-up note.
     */
    public record IncidentChanged(UUID incidentId, String facility, String polresUnit, Incident.Type type,
                                  Incident.Severity severity, OffsetDateTime occurredAt, Incident.State state, String action,
                                  Incident.State policeStatus, String policeReportNumber, List<IncidentReported.Involved> involved,
                                  String actedBy, OffsetDateTime actedAt, String reason) {

        public static IncidentChanged of(Incident i, String action, String actedBy, OffsetDateTime actedAt, String reason) {
            return new IncidentChanged(i.id, i.facility, i.polresUnit, i.type, i.severity, i.occurredAt, i.state, action,
                    i.policeStatus(), i.policeReportNumber,
                    i.involved.stream().map(w -> new IncidentReported.Involved(w.inmateId, w.registerNumber, w.role)).toList(),
                    actedBy, actedAt, reason);
        }
    }

    /** A joint-operation finding (issue 21 point 1); a named WBP may get a risk review in inmate-service. */
    public record FindingRecorded(UUID findingId, UUID operationId, Finding.Kind kind, String description, int quantity,
                                  String block, UUID inmateId, String registerNumber, UUID incidentId, String polresUnit,
                                  String recordedBy, OffsetDateTime recordedAt) {

        public static FindingRecorded of(Finding f, String polresUnit) {
            return new FindingRecorded(f.id, f.operationId, f.kind, f.description, f.quantity, f.block, f.inmateId,
                    f.registerNumber, f.incidentId, polresUnit, f.recordedBy, f.recordedAt);
        }
    }

    /** A Polres "other case" naming a WBP in custody as suspect, reported or closed (issue 21 point 2). */
    public record OtherCaseChanged(UUID caseId, UUID inmateId, String registerNumber, String polresUnit,
                                   String policeReportNumber, String article, String description, OtherCase.State state,
                                   OtherCase.Outcome outcome, String reportedBy, OffsetDateTime reportedAt, String closedBy,
                                   OffsetDateTime closedAt) {

        public static OtherCaseChanged of(OtherCase c) {
            return new OtherCaseChanged(c.id, c.inmateId, c.registerNumber, c.polresUnit, c.policeReportNumber, c.article,
                    c.description, c.state, c.outcome, c.createdBy, c.createdAt, c.closedBy, c.closedAt);
        }
    }
}
