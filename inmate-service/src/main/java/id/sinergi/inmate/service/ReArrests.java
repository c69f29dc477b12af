package id.sinergi.inmate.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.inmate.command.ReArrestRequest;
import id.sinergi.inmate.domain.Person;
import id.sinergi.inmate.domain.ReArrest;
import id.sinergi.inmate.domain.Stay;
import id.sinergi.inmate.domain.TimelineEntry;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import id.sinergi.platform.paging.Filter;
import id.sinergi.platform.paging.ListOrder;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Re-arrests of former WBP recorded by Polres (issue 21 point 4), what the re-offence indicators
 * count from, with the readmissions of known people ({@code inmate.admitted}'s {@code previousStay}).
 * The order of refusals: 404 unknown person; 409 never released here, or this facility's WBP now;
 * 422 an arrest before the release or in the future; 409 the same police report recorded already.
 * The NIK the officer named the person by is only looked up: neither stored here, logged nor sent.
 */
@ApplicationScoped
public class ReArrests {

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    @Inject
    FacilityScope facilityScope;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public ReArrest record(ReArrestRequest request) {
        Person person = person(request);
        person.openStayOtherThan(null).ifPresent(open -> {
            throw Problems.conflict("in-custody", open.registerNumber, open.status);
        });
        Stay released = person.lastReleasedStayOtherThan(null).orElseThrow(() -> Problems.conflict("not-a-former-wbp"));
        if (request.arrestedOn().isBefore(released.leftOn)) {
            throw Problems.invalidField("arrest-before-release", "arrestedOn", request.arrestedOn(), released.registerNumber,
                    released.leftOn);
        }
        if (request.arrestedOn().isAfter(clock.today())) {
            throw Problems.invalidField("arrest-in-the-future", "arrestedOn", request.arrestedOn(), clock.today());
        }
        String reportNumber = request.policeReportNumber().strip();
        if (ReArrest.count("personId = ?1 and policeReportNumber = ?2", person.id, reportNumber) > 0) {
            throw Problems.conflict("duplicate-re-arrest", reportNumber);
        }
        ReArrest arrest = new ReArrest();
        arrest.id = UUID.randomUUID();
        arrest.personId = person.id;
        arrest.inmateId = released.id;
        arrest.registerNumber = released.registerNumber;
        arrest.releasedOn = released.leftOn;
        arrest.arrestedOn = request.arrestedOn();
        arrest.policeReportNumber = reportNumber;
        arrest.article = request.article().strip();
        arrest.polresUnit = caller.unit();
        arrest.recordedBy = caller.subject();
        arrest.recordedAt = clock.timestamp();
        arrest.persist();

        InmateEvents.ReArrested event = new InmateEvents.ReArrested(arrest.id, arrest.personId, arrest.inmateId,
                arrest.registerNumber, arrest.releasedOn, arrest.arrestedOn, arrest.policeReportNumber, arrest.article,
                arrest.polresUnit, arrest.recordedBy, arrest.recordedAt);
        // Keyed by the stay, like every inmate event: a consumer sees it after that stay's release.
        outbox.record(InmateEvents.RE_ARRESTED, arrest.inmateId.toString(), event);
        timeline(arrest, event);
        return arrest;
    }

    /** The stay's timeline tells the Lapas what became of the person after release. */
    private void timeline(ReArrest arrest, InmateEvents.ReArrested event) {
        TimelineEntry entry = new TimelineEntry();
        entry.inmateId = arrest.inmateId;
        entry.at = arrest.recordedAt;
        entry.kind = InmateEvents.RE_ARRESTED;
        entry.summary = "Re-arrested on " + arrest.arrestedOn + " by " + arrest.polresUnit + " (" + arrest.policeReportNumber
                + ", " + arrest.article + ")";
        try {
            entry.details = objectMapper.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("timeline details of " + InmateEvents.RE_ARRESTED + " cannot be written as JSON", e);
        }
        entry.actor = arrest.recordedBy;
        entry.persist();
    }

    /** Re-arrests: by arrest date, newest first, unless the request names another order. */
    public static final ListOrder<ReArrest> ORDER = ListOrder.<ReArrest>byId("id", UUID.class, arrest -> arrest.id)
            .key("arrestedOn", "arrestedOn", LocalDate.class, arrest -> arrest.arrestedOn)
            .key("recordedAt", "recordedAt", OffsetDateTime.class, arrest -> arrest.recordedAt)
            .updatedAt("updatedAt", OffsetDateTime.class, arrest -> arrest.updatedAt)
            .changes("changePosition", arrest -> arrest.changePosition)
            .sortedBy("-arrestedOn");

    public Page<ReArrest> list(LocalDate from, LocalDate to, PageRequest page) {
        Filter filter = new Filter().and("arrestedOn >= :from", "from", from).and("arrestedOn <= :to", "to", to);
        // Lapas staff and facility auditors: the former WBP of their facility (the stay released).
        facilityScope.hqlCondition("i", ":facility").ifPresent(visible -> filter.and(
                "inmateId in (select i.id from Inmate i where " + visible + ")", "facility", facilityScope.facility().orElseThrow()));
        return ORDER.read(page).read(filter, ReArrest.class);
    }

    private static Person person(ReArrestRequest request) {
        if (request.personId() != null) {
            return Person.<Person>findByIdOptional(request.personId(), LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> Problems.notFound("person", request.personId()));
        }
        // Named by NIK: the problem does not repeat it.
        return Person.<Person>find("nik", request.nik()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional()
                .orElseThrow(() -> Problems.problem(404, "not-found.person-by-nik").build());
    }
}
