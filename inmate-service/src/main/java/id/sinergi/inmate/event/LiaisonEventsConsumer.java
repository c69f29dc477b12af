package id.sinergi.inmate.event;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.MovementKind;
import id.sinergi.inmate.service.InmateActions;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.PoisonEventException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * What inmate-service learns from liaison-service: approved information requests grant an officer
 * the full record until they expire; police loans checked out and returned move the WBP out and
 * back, so the register shows where they are.
 */
@ApplicationScoped
public class LiaisonEventsConsumer {

    static final String CONSUMER = "inmate-service.liaison-events";
    public static final String INFO_REQUEST_DECIDED = "liaison.info-request-decided";
    public static final String POLICE_LOAN_CHANGED = "liaison.police-loan-changed";
    private static final Logger LOG = Logger.getLogger(LiaisonEventsConsumer.class);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

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
        UUID requestId = event.uuid("requestId");
        if (!"APPROVED".equals(event.text("decision"))) {
            entityManager.createNativeQuery("DELETE FROM full_record_grant WHERE request_id = ?1")
                    .setParameter(1, requestId).executeUpdate();
            return;
        }
        OffsetDateTime expiresAt;
        try {
            expiresAt = OffsetDateTime.parse(event.text("accessExpiresAt"));
        } catch (DateTimeParseException e) {
            throw new PoisonEventException("data.accessExpiresAt is not a date-time in " + event.id(), e);
        }
        entityManager.createNativeQuery("""
                        INSERT INTO full_record_grant (request_id, inmate_id, officer, expires_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (request_id) DO UPDATE SET expires_at = excluded.expires_at""")
                .setParameter(1, requestId)
                .setParameter(2, event.uuid("inmateId"))
                .setParameter(3, event.text("officer"))
                .setParameter(4, expiresAt)
                .executeUpdate();
    }

    void policeLoanChanged(IncomingEvent event) {
        String state = event.text("state");
        Inmate inmate = entityManager.find(Inmate.class, event.uuid("inmateId"), LockModeType.PESSIMISTIC_WRITE);
        if (inmate == null) {
            throw new PoisonEventException("police loan " + event.optionalText("loanId") + " names an unknown WBP");
        }
        String loan = event.text("loanId");
        String actor = "liaison:loan:" + loan;
        if ("CHECKED_OUT".equals(state) && inmate.isInFacility()) {
            actions.moveOut(inmate, MovementKind.POLICE_LOAN, event.text("unit"), loan, actor);
        } else if ("RETURNED".equals(state) && inmate.isInCustody() && inmate.location == Location.POLICE_LOAN) {
            actions.returnToFacility(inmate, loan, actor);
        } else {
            LOG.debugf("police loan %s is %s; inmate %s is %s: nothing to move", loan, state, inmate.id, inmate.state());
        }
    }
}
