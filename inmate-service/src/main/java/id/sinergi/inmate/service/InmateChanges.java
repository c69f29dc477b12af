package id.sinergi.inmate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.inmate.event.InmateEvents.Snapshot;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.function.Function;

/**
 * Everything that happens to a WBP is told twice in the same transaction: to the timeline that
 * staff and auditors read, and as an event in the outbox for the other services. One method does
 * both, so neither can be forgotten.
 *
 * <p>The event's snapshot carries the version the record has once the transaction commits. Hibernate
 * increments {@code @Version} when it flushes a changed record, so the change is flushed first and
 * the snapshot taken after; nothing changes the record after the event is recorded (this is the
 * last step of every change), so the commit's flush finds nothing more to increment.
 */
@ApplicationScoped
public class InmateChanges {

    @Inject
    FacilityClock clock;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    EntityManager entityManager;

    /**
     * @param payload the event's payload around the record's snapshot, taken once the change was flushed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Inmate inmate, String eventType, Function<Snapshot, Object> payload, String summary, String actor) {
        entityManager.flush();
        Object event = payload.apply(Snapshot.of(inmate));
        outbox.record(eventType, inmate.id.toString(), event);
        TimelineEntry entry = new TimelineEntry();
        entry.inmateId = inmate.id;
        entry.at = clock.timestamp();
        entry.kind = eventType;
        entry.summary = summary;
        try {
            entry.details = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details of " + eventType + " cannot be written as JSON", e);
        }
        entry.actor = actor;
        entry.persist();
    }
}
