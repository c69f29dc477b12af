package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterNumbers;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.inmate.rest.AdmissionRequest;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/** Admits WBP into the register and reads them back. */
@ApplicationScoped
public class AdmissionService {

    @Inject
    RegisterNumbers registerNumbers;

    @Inject
    Outbox outbox;

    Clock clock = Clock.systemDefaultZone();

    @Transactional
    public Inmate admit(AdmissionRequest request) {
        if (request.nik() != null && Inmate.count("nik", request.nik()) > 0) {
            throw Problems.conflict("duplicate-nik", "a WBP with this NIK is already in the register");
        }
        LocalDate admittedOn = request.admittedOn() != null ? request.admittedOn() : LocalDate.now(clock);
        Inmate inmate = new Inmate();
        inmate.id = UUID.randomUUID();
        inmate.registerClass = request.registerClass();
        inmate.registerNumber = registerNumbers.next(request.registerClass(), admittedOn.getYear());
        inmate.fullName = request.fullName().strip();
        inmate.nik = request.nik();
        inmate.riskLevel = request.riskLevel();
        inmate.status = InmateStatus.IN_CUSTODY;
        inmate.admittedOn = admittedOn;
        inmate.createdAt = OffsetDateTime.now(clock);
        inmate.persistAndFlush();
        outbox.record(InmateEvents.ADMITTED, inmate.id.toString(), InmateEvents.Admitted.of(inmate));
        return inmate;
    }

    public Optional<Inmate> find(UUID id) {
        return Inmate.findByIdOptional(id);
    }
}
