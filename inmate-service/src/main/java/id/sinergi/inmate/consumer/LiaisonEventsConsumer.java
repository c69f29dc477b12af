package id.sinergi.inmate.consumer;

import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.PendingCase;
import id.sinergi.inmate.domain.RiskReview;
import id.sinergi.inmate.service.FullRecordGrants;
import id.sinergi.inmate.service.InmateActions;
import id.sinergi.inmate.service.InmateActions.LoanMovement;
import id.sinergi.inmate.service.PendingCases;
import id.sinergi.inmate.service.RiskReviews;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What inmate-service learns from liaison-service: approved information requests grant an officer
 * the categories of the record they asked for until they expire; police loans checked out and returned move the WBP out and
 * back, so the register shows where they are. Each payload is decoded into a record; one that does
 * not decode, or lacks what its decision needs, is a poison event for the dead-letter topic.
 */
@ApplicationScoped
public class LiaisonEventsConsumer {

    static final String CONSUMER = "inmate-service.liaison-events";
    public static final String INFO_REQUEST_DECIDED = "liaison.info-request-decided";
    public static final String POLICE_LOAN_CHANGED = "liaison.police-loan-changed";
    public static final String INCIDENT_CHANGED = "liaison.incident-changed";
    public static final String FINDING_RECORDED = "liaison.finding-recorded";
    public static final String OTHER_CASE_CHANGED = "liaison.other-case-changed";

    /** The {@code data} of {@code liaison.info-request-decided}, as far as this service reads it. */
    public record InformationRequestDecided(UUID requestId, String decision, UUID inmateId, String officer,
                                            OffsetDateTime accessExpiresAt, List<String> categories) {
        public InformationRequestDecided {
            Objects.requireNonNull(requestId, "requestId");
            Objects.requireNonNull(decision, "decision");
        }

        boolean approved() {
            return "APPROVED".equals(decision);
        }

        /**
         * The categories the approval opens: those of the request this service serves. A decision
         * from before requests named categories opens IDENTITY only, the narrowest reading; a
         * category this service does not know opens nothing here.
         */
        Set<DataCategory> grantedCategories() {
            if (categories == null) {
                return EnumSet.of(DataCategory.IDENTITY);
            }
            Set<DataCategory> granted = EnumSet.noneOf(DataCategory.class);
            for (String category : categories) {
                Arrays.stream(DataCategory.values()).filter(known -> known.name().equals(category)).forEach(granted::add);
            }
            return granted;
        }
    }

    /** The {@code data} of {@code liaison.police-loan-changed}, as far as this service reads it. */
    public record PoliceLoanChanged(UUID loanId, UUID inmateId, String state, String unit) {
        public PoliceLoanChanged {
            Objects.requireNonNull(loanId, "loanId");
            Objects.requireNonNull(inmateId, "inmateId");
            Objects.requireNonNull(state, "state");
        }
    }

    /** One WBP named in an incident, with the part they had. */
    public record Involved(UUID inmateId, String registerNumber, String role) {

        /** Perpetrators and suspects are the ones whose risk an incident may change and against whom a case runs. */
        boolean accused() {
            return "PERPETRATOR".equals(role) || "SUSPECT".equals(role);
        }
    }

    /** The {@code data} of {@code liaison.incident-changed}, as far as this service reads it. */
    public record IncidentChanged(UUID incidentId, String facility, String polresUnit, String type, String severity,
                                  OffsetDateTime occurredAt, String state, String action, String policeStatus,
                                  String policeReportNumber, List<Involved> involved, String actedBy, OffsetDateTime actedAt,
                                  String reason) {
        public IncidentChanged {
            Objects.requireNonNull(incidentId, "incidentId");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(involved, "involved");
        }

        /** The risk review's summary: what happened, how grave, when, and the police report if any. */
        String summary() {
            return "Incident " + type + ", severity " + severity + ", occurred " + occurredAt
                    + (policeReportNumber == null ? "" : ", police report " + policeReportNumber);
        }
    }

    /** The {@code data} of {@code liaison.finding-recorded}, as far as this service reads it. */
    public record FindingRecorded(UUID findingId, UUID operationId, String kind, String description, Integer quantity,
                                  String block, UUID inmateId, String registerNumber, UUID incidentId, String polresUnit,
                                  String recordedBy, OffsetDateTime recordedAt) {
        public FindingRecorded {
            Objects.requireNonNull(findingId, "findingId");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(recordedAt, "recordedAt");
        }

        String summary() {
            return "Finding " + kind + (quantity == null ? "" : " x" + quantity) + (description == null ? "" : ": " + description)
                    + (block == null ? "" : ", block " + block) + ", recorded " + recordedAt
                    + (polresUnit == null ? "" : " with " + polresUnit);
        }
    }

    /** The {@code data} of {@code liaison.other-case-changed}, as far as this service reads it. */
    public record OtherCaseChanged(UUID caseId, UUID inmateId, String registerNumber, String polresUnit,
                                   String policeReportNumber, String article, String description, String state,
                                   String outcome, String reportedBy, OffsetDateTime reportedAt, String closedBy,
                                   OffsetDateTime closedAt) {
        public OtherCaseChanged {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(inmateId, "inmateId");
            Objects.requireNonNull(state, "state");
            Objects.requireNonNull(reportedAt, "reportedAt");
        }
    }

    @Inject
    IdempotentConsumer consumer;

    @Inject
    RiskReviews reviews;

    @Inject
    PendingCases pendingCases;

    @Inject
    FullRecordGrants grants;

    @Inject
    InmateActions actions;

    @Incoming("liaison-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, CONSUMER, Map.of(
                INFO_REQUEST_DECIDED, this::informationRequestDecided,
                POLICE_LOAN_CHANGED, this::policeLoanChanged,
                INCIDENT_CHANGED, this::incidentChanged,
                FINDING_RECORDED, this::findingRecorded,
                OTHER_CASE_CHANGED, this::otherCaseChanged));
    }

    void informationRequestDecided(IncomingEvent event) {
        InformationRequestDecided decided = event.data(InformationRequestDecided.class);
        if (!decided.approved()) {
            grants.revoke(decided.requestId());
            return;
        }
        if (decided.inmateId() == null || decided.officer() == null || decided.officer().isBlank()
                || decided.accessExpiresAt() == null) {
            throw new PoisonEventException("approved information request " + decided.requestId() + " in " + event.id()
                    + " lacks inmateId, officer or accessExpiresAt");
        }
        grants.grant(decided.requestId(), decided.inmateId(), decided.officer(), decided.accessExpiresAt(),
                decided.grantedCategories());
    }

    void policeLoanChanged(IncomingEvent event) {
        PoliceLoanChanged loan = event.data(PoliceLoanChanged.class);
        String loanId = loan.loanId().toString();
        String action = switch (loan.state()) {
            case "CHECKED_OUT" -> InmateMachine.LOAN_CHECKED_OUT;
            case "RETURNED" -> InmateMachine.LOAN_RETURNED;
            default -> null;
        };
        if (InmateMachine.LOAN_CHECKED_OUT.equals(action) && (loan.unit() == null || loan.unit().isBlank())) {
            throw new PoisonEventException("police loan " + loanId + " checked out without the borrowing unit in " + event.id());
        }
        LoanMovement movement = actions.policeLoanChanged(loan.inmateId(), action, loan.unit(), loanId);
        if (movement == LoanMovement.UNKNOWN_INMATE) {
            throw new PoisonEventException("police loan " + loanId + " names an unknown WBP");
        }
    }

    /**
     * Every transition of an incident: each perpetrator or suspect gets a risk review (once per
     * incident, from the first event that names them so); {@code charge} opens a pending case for each
     * of them, {@code close} closes the incident's cases.
     */
    void incidentChanged(IncomingEvent event) {
        IncidentChanged incident = event.data(IncidentChanged.class);
        List<Involved> accused = incident.involved().stream().filter(Involved::accused).toList();
        for (Involved named : accused) {
            if (named.inmateId() == null) {
                throw new PoisonEventException("incident " + incident.incidentId() + " names a " + named.role() + " without inmateId");
            }
        }
        OffsetDateTime at = incident.actedAt() != null ? incident.actedAt() : incident.occurredAt();
        for (Involved named : accused) {
            if (reviews.open(named.inmateId(), RiskReview.Source.INCIDENT, incident.incidentId(), incident.summary(), at)
                    == RiskReviews.Opened.UNKNOWN_INMATE) {
                throw new PoisonEventException("incident " + incident.incidentId() + " names an unknown WBP " + named.inmateId());
            }
            if ("charge".equals(incident.action())) {
                pendingCases.open(new PendingCases.Report(PendingCase.Source.INCIDENT, incident.incidentId(), named.inmateId(),
                        incident.policeReportNumber(), null, incident.polresUnit(), incident.summary()), at);
            }
        }
        if ("close".equals(incident.action())) {
            pendingCases.close(PendingCase.Source.INCIDENT, incident.incidentId(), at, incident.reason());
        }
    }

    /** A joint-operation finding that names a WBP opens a risk review for them (once per finding). */
    void findingRecorded(IncomingEvent event) {
        FindingRecorded finding = event.data(FindingRecorded.class);
        if (finding.inmateId() == null) {
            return;
        }
        if (reviews.open(finding.inmateId(), RiskReview.Source.FINDING, finding.findingId(), finding.summary(), finding.recordedAt())
                == RiskReviews.Opened.UNKNOWN_INMATE) {
            throw new PoisonEventException("finding " + finding.findingId() + " names an unknown WBP " + finding.inmateId());
        }
    }

    /** A Polres "other case" naming a WBP as suspect: OPEN records it pending, CLOSED closes it. */
    void otherCaseChanged(IncomingEvent event) {
        OtherCaseChanged otherCase = event.data(OtherCaseChanged.class);
        if (!"OPEN".equals(otherCase.state()) && !"CLOSED".equals(otherCase.state())) {
            throw new PoisonEventException("other case " + otherCase.caseId() + " in " + event.id() + " has state " + otherCase.state());
        }
        // A case first heard of as CLOSED is still recorded, closed, so the WBP's history shows it.
        boolean known = pendingCases.open(new PendingCases.Report(PendingCase.Source.OTHER_CASE, otherCase.caseId(),
                otherCase.inmateId(), otherCase.policeReportNumber(), otherCase.article(), otherCase.polresUnit(),
                otherCase.description()), otherCase.reportedAt());
        if (!known) {
            throw new PoisonEventException("other case " + otherCase.caseId() + " names an unknown WBP " + otherCase.inmateId());
        }
        if ("CLOSED".equals(otherCase.state())) {
            pendingCases.close(PendingCase.Source.OTHER_CASE, otherCase.caseId(),
                    otherCase.closedAt() != null ? otherCase.closedAt() : otherCase.reportedAt(), otherCase.outcome());
        }
    }
}
