package id.sinergi.liaison.consumer;

import id.sinergi.liaison.consumer.InmateEventData.Admitted;
import id.sinergi.liaison.consumer.InmateEventData.Changed;
import id.sinergi.liaison.consumer.InmateEventData.DetentionExpiring;
import id.sinergi.liaison.consumer.InmateEventData.DetentionOrderRecorded;
import id.sinergi.liaison.consumer.InmateEventData.Escaped;
import id.sinergi.liaison.consumer.InmateEventData.FacilityChanged;
import id.sinergi.liaison.consumer.InmateEventData.TransferArrived;
import id.sinergi.liaison.consumer.InmateEventData.Inmate;
import id.sinergi.liaison.consumer.InmateEventData.IntegrationStarted;
import id.sinergi.liaison.consumer.InmateEventData.Recaptured;
import id.sinergi.liaison.consumer.InmateEventData.ReleaseDue;
import id.sinergi.liaison.consumer.InmateEventData.ReleasePlanned;
import id.sinergi.liaison.consumer.InmateEventData.ReArrested;
import id.sinergi.liaison.consumer.InmateEventData.Released;
import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.OffenceCategory;
import id.sinergi.liaison.domain.Reoffence;
import id.sinergi.liaison.service.Releases;
import id.sinergi.liaison.service.DetentionRequests;
import id.sinergi.liaison.service.Facilities;
import id.sinergi.liaison.service.ReportFacts;
import id.sinergi.liaison.service.Transfers;
import id.sinergi.platform.time.FacilityClock;
import id.sinergi.liaison.service.Notifications;
import id.sinergi.liaison.service.Recipients;
import id.sinergi.liaison.service.ReleasePlans;
import id.sinergi.platform.consumer.EventHandler;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import id.sinergi.platform.consumer.Snapshots;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link InmateSnapshot} up to date from every event on {@code inmate.events.v1} (each carries
 * the WBP's basic view as {@code data.inmate}, with the record's version), and turns release and
 * detention notices, releases, the start of an integration (PB, CB, CMB) and escapes into notifications (a recapture closes the escape's). A snapshot replaces the one held only when it is newer
 * ({@link Snapshots#isNewer}): an old event re-driven from the dead-letter topic changes nothing,
 * though a notice it carries is still issued (once, as every notice is). Every snapshot is also kept
 * as history from the event's time, for the population at a date ({@link ReportFacts}).
 *
 * <p>Within the region (issue 22): {@code inmate.transferred} leaves the WBP IN_TRANSIT at the sending
 * facility and ends nothing here; {@code inmate.transfer-arrived} moves the WBP's open liaison records
 * to the receiving facility ({@link Transfers}). {@code inmate.facility-changed} keeps the region's
 * facilities ({@link Facilities}).
 */
@ApplicationScoped
public class InmateEventsConsumer {

    static final String CONSUMER = "liaison-service.inmate-events";
    private static final Logger LOG = Logger.getLogger(InmateEventsConsumer.class);
    /** Who confirms a detention request: the register, where the registrar recorded its order. */
    static final String REGISTER = "inmate-service";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Notifications notifications;

    @Inject
    DetentionRequests detentionRequests;

    @Inject
    ReleasePlans releasePlans;

    @Inject
    Releases releases;

    @Inject
    Recipients recipients;

    @Inject
    Transfers transfers;

    @Inject
    Facilities facilities;

    @Inject
    ReportFacts facts;

    @Inject
    FacilityClock clock;

    // A revoked integration brings the WBP back into custody: the snapshot says so, and Polres needs no notice.
    private final Map<String, EventHandler> handlers = Map.ofEntries(
            Map.entry("inmate.admitted", this::admitted),
            Map.entry("inmate.updated", this::changed),
            Map.entry("inmate.class-changed", this::changed),
            Map.entry("inmate.risk-changed", this::changed),
            Map.entry("inmate.moved", this::changed),
            Map.entry("inmate.transferred", this::changed),
            Map.entry("inmate.transfer-arrived", this::transferArrived),
            Map.entry("inmate.facility-changed", this::facilityChanged),
            Map.entry("inmate.fine-paid", this::changed),
            Map.entry("inmate.sentence-commuted", this::changed),
            Map.entry("inmate.release-planned", this::releasePlanned),
            Map.entry("inmate.release-due", this::releaseDue),
            Map.entry("inmate.detention-expiring", this::detentionExpiring),
            Map.entry("inmate.released", this::released),
            Map.entry("inmate.integration-started", this::integrationStarted),
            Map.entry("inmate.integration-revoked", this::changed),
            Map.entry("inmate.detention-extended", this::detentionOrderRecorded),
            Map.entry("inmate.detention-handed-over", this::detentionOrderRecorded),
            Map.entry("inmate.detention-overdue", this::changed),
            Map.entry("inmate.escaped", this::escaped),
            Map.entry("inmate.recaptured", this::recaptured),
            Map.entry("inmate.re-arrested", this::reArrested));

    @Incoming("inmate-events")
    @Blocking
    public CompletionStage<Void> consume(KafkaRecordBatch<String, String> batch) {
        return consumer.consume(batch, CONSUMER, handlers);
    }

    /** The admission names the offences; they do not change after it, so an old admission is no less true. */
    void admitted(IncomingEvent event) {
        Admitted admitted = event.data(Admitted.class);
        InmateSnapshot inmate = apply(admitted.inmate(), event.time());
        Set<OffenceCategory> categories = EnumSet.noneOf(OffenceCategory.class);
        admitted.offences().forEach(offence -> OffenceCategory.named(offence.category()).ifPresent(categories::add));
        inmate.offenceCategories = categories.stream().map(Enum::name).toList();
        LocalDate admittedOn = admitted.admittedOn() != null ? admitted.admittedOn() : clock.dateOf(event.time().toInstant());
        facts.admitted(inmate, admitted.inmate().facility(), admitted.inmate().registerNumber(),
                admitted.inmate().registerClass(), admittedOn);
        if (admitted.previousStay() != null) {
            releases.reoffended(Reoffence.Kind.READMISSION, inmate.inmateId, admitted.previousStay().inmateId(),
                    admitted.inmate().personId(), admitted.previousStay().releasedOn(), admittedOn, null, null);
        }
    }

    /** Polres arrested a former WBP: a re-offence after the release of the stay the event names. */
    void reArrested(IncomingEvent event) {
        ReArrested arrest = event.data(ReArrested.class);
        releases.reoffended(Reoffence.Kind.RE_ARREST, arrest.reArrestId(), arrest.inmateId(), arrest.personId(),
                arrest.releasedOn(), arrest.arrestedOn(), arrest.policeReportNumber(), arrest.polresUnit());
    }

    void changed(IncomingEvent event) {
        apply(event.data(Changed.class).inmate(), event.time());
    }

    /** The WBP arrived at the receiving facility: their open liaison records follow them there. */
    void transferArrived(IncomingEvent event) {
        TransferArrived arrived = event.data(TransferArrived.class);
        apply(arrived.inmate(), event.time());
        transfers.arrived(arrived.inmate().inmateId(), arrived.inmate().facility(), arrived.inmate().registerNumber());
    }

    /** Keyed by the facility's code, not a WBP: no snapshot to apply. */
    void facilityChanged(IncomingEvent event) {
        InmateEventData.Facility facility = event.data(FacilityChanged.class).facility();
        facilities.changed(new Facilities.Data(facility.code(), facility.name(), facility.kind(), facility.facilityClass(),
                facility.timeZone(), facility.regencyCode(), facility.regencyName()), event.time());
    }

    /** The Lapas recorded where the WBP will live: kept, latest by {@code plannedAt}, for the notices to come. */
    void releasePlanned(IncomingEvent event) {
        ReleasePlanned planned = event.data(ReleasePlanned.class);
        InmateSnapshot inmate = apply(planned.inmate(), event.time());
        releasePlans.remember(inmate.inmateId, planned.releasePlan());
    }

    void releaseDue(IncomingEvent event) {
        ReleaseDue notice = event.data(ReleaseDue.class);
        InmateSnapshot inmate = apply(notice.inmate(), event.time());
        notifications.releaseDue(inmate, notice.releaseOn(), notice.daysBefore(),
                releasePlans.remember(inmate.inmateId, notice.releasePlan()));
    }

    void detentionExpiring(IncomingEvent event) {
        DetentionExpiring notice = event.data(DetentionExpiring.class);
        notifications.detentionExpiring(apply(notice.inmate(), event.time()), notice.detentionEndsOn(),
                notice.daysBefore(), notice.detainingAuthority());
    }

    /**
     * The register recorded a detention order (issue 20 point 2); one a Polres unit sent through this
     * service names its request, which is now confirmed.
     */
    void detentionOrderRecorded(IncomingEvent event) {
        DetentionOrderRecorded recorded = event.data(DetentionOrderRecorded.class);
        InmateSnapshot inmate = apply(recorded.inmate(), event.time());
        if (recorded.liaisonRequestId() != null) {
            detentionRequests.confirmed(recorded.liaisonRequestId(), inmate.inmateId, recorded.detentionEndsOn(), REGISTER);
        }
    }

    void released(IncomingEvent event) {
        Released released = event.data(Released.class);
        InmateSnapshot inmate = apply(released.inmate(), event.time());
        var plan = releasePlans.remember(inmate.inmateId, released.releasePlan());
        notifications.released(inmate, released.releasedOn(), released.reason(), plan);
        releases.released(inmate, released.inmate().personId(), released.releasedOn(), released.reason(),
                recipients.release(inmate.facility, plan).unit());
    }

    void integrationStarted(IncomingEvent event) {
        IntegrationStarted started = event.data(IntegrationStarted.class);
        InmateSnapshot inmate = apply(started.inmate(), event.time());
        facts.integrationStarted(inmate, started.kind(), started.startsOn());
        notifications.integrationStarted(inmate, started.startsOn(), started.kind(), started.bapas(),
                releasePlans.remember(inmate.inmateId, started.releasePlan()));
    }

    void escaped(IncomingEvent event) {
        Escaped escaped = event.data(Escaped.class);
        notifications.escaped(apply(escaped.inmate(), event.time()), escaped.details());
    }

    void recaptured(IncomingEvent event) {
        Recaptured recaptured = event.data(Recaptured.class);
        apply(recaptured.inmate(), event.time());
        notifications.recaptured(recaptured.escapeId(), recaptured.recapturedAt(), recaptured.recapturedBy(),
                recaptured.place());
    }

    /** Applies the snapshot to the read model when it is newer than the one held; returns the WBP as now held. */
    InmateSnapshot apply(Inmate data, OffsetDateTime at) {
        facts.snapshot(data.inmateId(), data.version(), data.facility(), data.registerNumber(), data.registerClass(),
                data.status(), at);
        InmateSnapshot inmate = InmateSnapshot.findById(data.inmateId(), LockModeType.PESSIMISTIC_WRITE);
        if (inmate != null && !Snapshots.isNewer(data.version(), inmate.snapshotVersion)) {
            LOG.debugf("inmate %s: version %d is not newer than the %d held", data.inmateId(), data.version(),
                    inmate.snapshotVersion);
            return inmate;
        }
        if (inmate == null) {
            inmate = new InmateSnapshot();
            inmate.inmateId = data.inmateId();
        }
        inmate.snapshotVersion = data.version();
        inmate.registerNumber = data.registerNumber();
        inmate.registerClass = data.registerClass();
        inmate.fullName = data.fullName();
        inmate.riskLevel = data.riskLevel().name();
        inmate.status = data.status();
        inmate.location = data.location();
        inmate.facility = data.facility();
        inmate.cellBlock = data.cellBlock();
        inmate.expectedRelease = data.expectedRelease();
        inmate.detainingAuthority = data.detainingAuthority();
        inmate.updatedAt = at;
        inmate.persist();
        return inmate;
    }
}
