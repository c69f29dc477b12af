package id.sinergi.inmate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;

/**
 * Everything that happens to a WBP is told twice in the same transaction: to the timeline that
 * staff and auditors read, and as an event in the outbox for the other services. One method does
 * both, so neither can be forgotten.
 */
@ApplicationScoped
public class InmateChanges {

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(Inmate inmate, String eventType, Object payload, String summary, String actor) {
        outbox.record(eventType, inmate.id.toString(), payload);
        TimelineEntry entry = new TimelineEntry();
        entry.inmateId = inmate.id;
        entry.at = OffsetDateTime.now();
        entry.kind = eventType;
        entry.summary = summary;
        try {
            entry.details = objectMapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details of " + eventType + " cannot be written as JSON", e);
        }
        entry.actor = actor;
        entry.persist();
    }
}
