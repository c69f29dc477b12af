package id.sinergi.program.consumer;

import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.Snapshots;
import id.sinergi.program.config.ProgramConfig;
import id.sinergi.program.domain.KnownInmate;
import id.sinergi.program.domain.RiskLevel;
import id.sinergi.program.domain.SystemReason;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Reviews;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * What program-service learns from {@code inmate.events.v1}. Every inmate event carries the WBP's
 * snapshot, so each one may refresh {@link KnownInmate} (eligibility and scope read it); a release, a
 * transfer (out of the region or inside it: a programme belongs to its facility) or the start of an
 * integration (PB, CB, CMB) also ends the WBP's open enrolments, an arrival in another facility moves
 * the WBP there, and a risk raised to HIGH puts their enrolments in the review queue. Each event is applied once, in the transaction that records it as processed.
 *
 * <p>Events of one WBP arrive in order, but an old one can come late: re-driven from the
 * dead-letter topic, or replayed. Two rules keep such an event from undoing newer facts:
 * <ul>
 *   <li>the snapshot replaces the one held only when its version is greater
 *       ({@link Snapshots#isNewer});</li>
 *   <li>what the event causes beside the snapshot follows the facts now held: an ending happens
 *       while the WBP is still in the status the event put them in (a WBP admitted again since an
 *       old release keeps their enrolments), a review while their risk is still HIGH, and a late
 *       raise queues no enrolment a newer one already queued.</li>
 * </ul>
 * A current event passes both rules by itself, so it acts as it always did.
 */
@ApplicationScoped
public class InmateEventsConsumer {

    static final String CONSUMER = "program-service.inmate-events";
    private static final Logger LOG = Logger.getLogger(InmateEventsConsumer.class);

    @Inject
    IdempotentConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Inject
    Enrolments enrolments;

    @Inject
    Reviews reviews;

    @Inject
    ProgramConfig config;

    @Incoming("inmate-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, CONSUMER, Map.ofEntries(
                Map.entry("inmate.admitted", this::refresh),
                Map.entry("inmate.updated", this::refresh),
                Map.entry("inmate.class-changed", this::refresh),
                Map.entry("inmate.moved", this::refresh),
                Map.entry("inmate.fine-paid", this::refresh),
                Map.entry("inmate.sentence-commuted", this::refresh),
                Map.entry("inmate.detention-extended", this::refresh),
                Map.entry("inmate.detention-handed-over", this::refresh),
                Map.entry("inmate.risk-changed", this::riskChanged),
                Map.entry("inmate.transferred", this::transferred),
                Map.entry("inmate.transfer-arrived", this::transferArrived),
                Map.entry("inmate.released", this::released),
                Map.entry("inmate.integration-started", this::integrationStarted),
                Map.entry("inmate.integration-revoked", this::refresh)));
    }

    void refresh(IncomingEvent event) {
        refresh(event, event.data(InmateEvent.class).inmate());
    }

    void riskChanged(IncomingEvent event) {
        InmateEvent.RiskChanged change = event.data(InmateEvent.RiskChanged.class);
        Held held = refresh(event, change.inmate());
        if (!change.raisedToHigh()) {
            return;
        }
        if (!RiskLevel.HIGH.name().equals(held.inmate().riskLevel)) {
            LOG.infof("inmate %s: risk raised to HIGH at version %d, but version %d says %s: no review",
                    held.inmate().inmateId, change.inmate().version(), held.inmate().snapshotVersion, held.inmate().riskLevel);
            return;
        }
        reviews.riskRaisedToHigh(held.inmate().inmateId, change.previousLevel(), event.id(), event.time(), !held.applied());
    }

    /**
     * Out of the region or to another facility of it, the WBP leaves the facility's programmes: their
     * enrolments end (the participation history keeps them). Inside the region the WBP is IN_TRANSIT,
     * still of the sending facility, and the receiving one's staff see them too.
     */
    void transferred(IncomingEvent event) {
        InmateEvent.Transferred transfer = event.data(InmateEvent.Transferred.class);
        Held held = refresh(event, transfer.inmate());
        if (held.applied() && held.inmate().isInTransit()) {
            held.inmate().transferredTo = transfer.toFacility();
        }
        end(held, transfer.inmate(), SystemReason.TRANSFERRED);
    }

    /**
     * The receiving facility confirmed the arrival: the WBP is of it now. Enrolments in another
     * facility's programmes normally ended with the transfer; should the transfer have failed and come
     * after this (re-driven), it ends nothing (the WBP is no longer in transit), so they end here.
     */
    void transferArrived(IncomingEvent event) {
        InmateEvent.Inmate snapshot = event.data(InmateEvent.class).inmate();
        KnownInmate inmate = refresh(event, snapshot).inmate();
        if (snapshot.facility() == null || !snapshot.facility().equals(inmate.facility)) {
            LOG.infof("inmate %s arrived in %s at version %d, but version %d says %s: enrolments kept",
                    inmate.inmateId, snapshot.facility(), snapshot.version(), inmate.snapshotVersion, inmate.facility);
            return;
        }
        int ended = enrolments.endAllOutside(inmate.inmateId, inmate.facility, SystemReason.TRANSFERRED.name());
        LOG.infof("inmate %s arrived in %s: %d open enrolments elsewhere ended", inmate.inmateId, inmate.facility, ended);
    }

    /**
     * Out on PB, CB or CMB, the WBP takes part in no programme of the facility: the Bapas guides them
     * now. Their enrolments end as on a release, with reason INTEGRATION; a revocation brings them back
     * IN_CUSTODY (the snapshot of {@code inmate.integration-revoked}), able to enrol again.
     */
    void integrationStarted(IncomingEvent event) {
        InmateEvent.Inmate snapshot = event.data(InmateEvent.class).inmate();
        end(refresh(event, snapshot), snapshot, SystemReason.INTEGRATION);
    }

    void released(IncomingEvent event) {
        InmateEvent.Released release = event.data(InmateEvent.Released.class);
        end(refresh(event, release.inmate()), release.inmate(),
                InmateEvent.Released.DECEASED.equals(release.reason()) ? SystemReason.DIED : SystemReason.RELEASED);
    }

    /** Ends the WBP's open enrolments while the WBP is still as the event left them. */
    private void end(Held held, InmateEvent.Inmate snapshot, SystemReason reason) {
        KnownInmate inmate = held.inmate();
        if (!snapshot.status().equals(inmate.status)) {
            LOG.infof("inmate %s left (%s) at version %d, but version %d says %s: enrolments kept",
                    inmate.inmateId, reason, snapshot.version(), inmate.snapshotVersion, inmate.status);
            return;
        }
        int ended = enrolments.endAllOf(inmate.inmateId, reason.name());
        LOG.infof("inmate %s left (%s): %d open enrolments ended", inmate.inmateId, reason, ended);
    }

    /** The WBP as the read model holds them after an event, and whether the event's snapshot was the newer one. */
    private record Held(KnownInmate inmate, boolean applied) {
    }

    /** Takes the WBP's snapshot from the event when it is newer than the one held. */
    private Held refresh(IncomingEvent event, InmateEvent.Inmate snapshot) {
        KnownInmate inmate = entityManager.find(KnownInmate.class, snapshot.inmateId(), LockModeType.PESSIMISTIC_WRITE);
        if (inmate != null && !Snapshots.isNewer(snapshot.version(), inmate.snapshotVersion)) {
            LOG.debugf("inmate %s: %s %s carries version %d, the read model holds %d: snapshot not applied",
                    inmate.inmateId, event.type(), event.id(), snapshot.version(), inmate.snapshotVersion);
            return new Held(inmate, false);
        }
        boolean known = inmate != null;
        if (!known) {
            inmate = new KnownInmate();
            inmate.inmateId = snapshot.inmateId();
        }
        inmate.snapshotVersion = snapshot.version();
        inmate.registerNumber = snapshot.registerNumber();
        inmate.registerClass = snapshot.registerClass();
        inmate.riskLevel = snapshot.riskLevel().name();
        inmate.status = snapshot.status();
        inmate.location = snapshot.location();
        if (snapshot.facility() != null) {
            inmate.facility = snapshot.facility();
        } else if (!known) {
            inmate.facility = config.facility();
        }
        if (!inmate.isInTransit()) {
            inmate.transferredTo = null;
        }
        inmate.updatedAt = event.time();
        if (!known) {
            entityManager.persist(inmate);
        }
        return new Held(inmate, true);
    }
}
