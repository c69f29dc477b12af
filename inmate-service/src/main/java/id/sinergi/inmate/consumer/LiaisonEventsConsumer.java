package id.sinergi.inmate.consumer;

import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.service.FullRecordGrants;
import id.sinergi.inmate.service.InmateActions;
import id.sinergi.inmate.service.InmateActions.LoanMovement;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

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

    @Inject
    IdempotentConsumer consumer;

    @Inject
    FullRecordGrants grants;

    @Inject
    InmateActions actions;

    @Incoming("liaison-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, CONSUMER, Map.of(
                INFO_REQUEST_DECIDED, this::informationRequestDecided,
                POLICE_LOAN_CHANGED, this::policeLoanChanged));
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
}
