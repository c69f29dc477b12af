package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateMachine.Subject;
import id.sinergi.inmate.domain.InmateState;
import id.sinergi.inmate.domain.Integration;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The end of the sentence ends integration: every stay IN_INTEGRATION whose expiry has been reached
 * (the expiry is the first day no longer served) is released with {@link ReleaseReason#SERVED_UNDER_INTEGRATION},
 * its integration closed on the expiry, and {@code inmate.released} published, each stay in a
 * transaction of its own. A stay revoked or ended since it was selected is left as it is (the state
 * machine's system row no longer applies), so a second run, or a second replica, changes nothing.
 */
@ApplicationScoped
public class IntegrationJob {

    private static final Logger LOG = Logger.getLogger(IntegrationJob.class);
    private static final String SYSTEM = "system:integration";

    @Inject
    EntityManager entityManager;

    @Inject
    InmateChanges changes;

    @Inject
    FacilityClock clock;

    @Scheduled(cron = "${sinergi.inmate.integration-cron:0 20 0 * * ?}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        endServed(clock.today());
    }

    /** @return how many integrations ended on {@code today} */
    public int endServed(LocalDate today) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                        "SELECT id FROM inmate WHERE status = 'IN_INTEGRATION' AND expires_on <= ?1 ORDER BY id", UUID.class)
                .setParameter(1, today).getResultList());
        int ended = 0;
        for (UUID id : ids) {
            ended += QuarkusTransaction.requiringNew().call(() -> end(id)) ? 1 : 0;
        }
        LOG.infof("integrations served by %s: %d ended", today, ended);
        return ended;
    }

    private boolean end(UUID id) {
        Inmate inmate = Inmate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        InmateState state = inmate.currentState();
        Subject subject = Subject.of(inmate);
        if (!InmateMachine.MACHINE.allowsSystem(InmateMachine.END_INTEGRATION, state, subject)) {
            return false;
        }
        Integration integration = Integration.openOf(id).orElseThrow(() -> new IllegalStateException(
                "inmate " + id + " is IN_INTEGRATION without an open integration"));
        LocalDate servedOn = inmate.expiresOn;
        integration.endedOn = servedOn;
        inmate.moveTo(InmateMachine.MACHINE.systemTransition(InmateMachine.END_INTEGRATION, state, subject).target(state));
        inmate.leftOn = servedOn;
        inmate.releaseReason = ReleaseReason.SERVED_UNDER_INTEGRATION;
        inmate.updatedAt = clock.timestamp();
        changes.record(inmate, InmateEvents.RELEASED,
                snapshot -> new InmateEvents.Released(snapshot, servedOn, ReleaseReason.SERVED_UNDER_INTEGRATION,
                        InmateEvents.ReleasePlanData.ofStay(inmate.id)),
                "Sentence served under " + integration.kind + " (" + integration.bapas + "): released on " + servedOn, SYSTEM);
        return true;
    }
}
