package id.sinergi.liaison.event;

import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.OffenceCategory;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.liaison.service.Notifications;
import id.sinergi.platform.consumer.EventHandler;
import id.sinergi.platform.consumer.IdempotentConsumer;
import id.sinergi.platform.consumer.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;

/**
 * Keeps {@link InmateSnapshot} up to date from every event on {@code inmate.events.v1} (each carries
 * the WBP's basic view as {@code data.inmate}), and turns release and detention notices into
 * notifications.
 */
@ApplicationScoped
public class InmateEventsConsumer {

    static final String CONSUMER = "liaison-service.inmate-events";

    @Inject
    IdempotentConsumer consumer;

    @Inject
    Notifications notifications;

    private final Map<String, EventHandler> handlers = Map.of(
            "inmate.admitted", this::admitted,
            "inmate.updated", this::snapshot,
            "inmate.class-changed", this::snapshot,
            "inmate.risk-changed", this::snapshot,
            "inmate.moved", this::snapshot,
            "inmate.transferred", this::snapshot,
            "inmate.release-due", this::releaseDue,
            "inmate.detention-expiring", this::detentionExpiring,
            "inmate.released", this::released);

    @Incoming("inmate-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, CONSUMER, handlers);
    }

    void admitted(IncomingEvent event) {
        InmateSnapshot inmate = snapshot(event);
        Set<OffenceCategory> categories = EnumSet.noneOf(OffenceCategory.class);
        event.data().path("offences").forEach(offence -> categories.addAll(
                OffenceCategory.of(offence.path("article").asText(null), offence.path("law").asText(null))));
        inmate.offenceCategories = categories.stream().map(Enum::name).toList();
    }

    void releaseDue(IncomingEvent event) {
        notifications.releaseDue(snapshot(event), EventData.date(event, "releaseOn"), EventData.integer(event, "daysBefore"));
    }

    void detentionExpiring(IncomingEvent event) {
        notifications.detentionExpiring(snapshot(event), EventData.date(event, "detentionEndsOn"),
                EventData.integer(event, "daysBefore"), event.text("detainingAuthority"));
    }

    void released(IncomingEvent event) {
        notifications.released(snapshot(event), EventData.date(event, "releasedOn"), event.text("reason"));
    }

    /** Applies the event's {@code data.inmate} to the read model; returns the WBP's snapshot. */
    InmateSnapshot snapshot(IncomingEvent event) {
        UUID inmateId = event.uuid("inmate.inmateId");
        InmateSnapshot inmate = InmateSnapshot.<InmateSnapshot>findByIdOptional(inmateId, LockModeType.PESSIMISTIC_WRITE)
                .orElseGet(InmateSnapshot::new);
        inmate.inmateId = inmateId;
        inmate.registerNumber = event.text("inmate.registerNumber");
        inmate.registerClass = event.optionalText("inmate.registerClass");
        inmate.fullName = event.text("inmate.fullName");
        inmate.riskLevel = EventData.enumValue(event, "inmate.riskLevel", RiskLevel.class).name();
        inmate.status = event.text("inmate.status");
        inmate.location = event.optionalText("inmate.location");
        inmate.facility = event.optionalText("inmate.facility");
        inmate.cellBlock = event.optionalText("inmate.cellBlock");
        inmate.expectedRelease = EventData.optionalDate(event, "inmate.expectedRelease");
        inmate.detainingAuthority = event.optionalText("inmate.detainingAuthority");
        String address = event.optionalText("inmate.lastKnownAddress");
        if (address != null) {
            inmate.lastKnownAddress = address;
        }
        inmate.updatedAt = event.timeOrNow();
        inmate.persist();
        return inmate;
    }
}
