package id.sinergi.inmate.service;

import id.sinergi.inmate.command.AdmissionRequest;
import id.sinergi.inmate.command.PersonalDetailsRequest;
import id.sinergi.inmate.command.SentenceRequest;
import id.sinergi.inmate.config.InmateConfig;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.Offence;
import id.sinergi.inmate.domain.OffenceTable;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RegisterNumbers;
import id.sinergi.inmate.domain.Sex;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.statemachine.ActionGuard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Admission into the register and corrections of a WBP's identity. */
@ApplicationScoped
public class InmateRegister {

    private static final String INDONESIA = "IDN";

    @Inject
    RegisterNumbers registerNumbers;

    @Inject
    InmateChanges changes;

    @Inject
    ActionGuard guard;

    @Inject
    InmateActions actions;

    @Inject
    Caller caller;

    @Inject
    InmateConfig config;

    @Transactional
    public Inmate admit(AdmissionRequest request) {
        var admission = guard.checkCreation(InmateMachine.MACHINE, InmateMachine.ADMIT, null, null);
        LocalDate admittedOn = request.admittedOn() != null ? request.admittedOn() : LocalDate.now();
        requireNikForIndonesians(request.nik(), request.nationality());
        checkLegalBasis(request.registerClass(), request.detainingAuthority(), request.detentionEndsOn(),
                request.sentence(), admittedOn);
        requireUniqueNik(request.nik(), null);

        Inmate inmate = new Inmate();
        inmate.id = UUID.randomUUID();
        inmate.registerClass = request.registerClass();
        inmate.registerNumber = registerNumbers.next(request.registerClass(), admittedOn.getYear());
        applyIdentity(inmate, request.fullName(), request.aliases(), request.nik(), request.birthPlace(),
                request.birthDate(), request.sex(), request.nationality());
        inmate.detainingAuthority = request.detainingAuthority();
        inmate.detentionEndsOn = request.detentionEndsOn();
        applySentence(inmate, request.sentence());
        request.offences().forEach(o -> inmate.offences.add(categorised(o, request, admittedOn)));
        inmate.facility = request.facility() != null ? request.facility() : config.facility();
        inmate.cellBlock = request.cellBlock();
        inmate.riskLevel = request.riskLevel();
        inmate.moveTo(admission.to());
        inmate.admittedOn = admittedOn;
        inmate.createdAt = OffsetDateTime.now();
        inmate.updatedAt = inmate.createdAt;
        inmate.persist();

        changes.record(inmate, InmateEvents.ADMITTED, snapshot -> new InmateEvents.Admitted(snapshot,
                        admittedOn, inmate.offences.stream().map(o -> new InmateEvents.OffenceRef(o.article, o.law, o.lawCode, o.category)).toList()),
                "Admitted as " + inmate.registerNumber, caller.subject());
        return inmate;
    }

    /**
     * Issue 20 point 8: the offence with its law code, article and category from the offence table. The
     * case's start decides which KUHP a bare "KUHP" means: the offence's own date, else the sentence's
     * start, else the admission date (OffenceTable).
     */
    static Offence categorised(AdmissionRequest.OffenceRequest offence, AdmissionRequest request, LocalDate admittedOn) {
        LocalDate caseBegunOn = offence.caseBegunOn() != null ? offence.caseBegunOn()
                : request.sentence() != null && request.sentence().start() != null ? request.sentence().start()
                : admittedOn;
        return Offence.categorised(offence.article(), offence.law(), offence.description(),
                OffenceTable.standard().categorise(offence.law(), offence.article(), caseBegunOn));
    }

    @Transactional
    public Inmate updatePersonalDetails(UUID id, String ifMatch, PersonalDetailsRequest request) {
        var checked = actions.check(id, InmateMachine.UPDATE_PERSONAL_DETAILS, ifMatch, null);
        requireNikForIndonesians(request.nik(), request.nationality());
        requireUniqueNik(request.nik(), id);
        Inmate inmate = InmateActions.take(checked);
        applyIdentity(inmate, request.fullName(), request.aliases(), request.nik(), request.birthPlace(),
                request.birthDate(), request.sex(), request.nationality());
        changes.record(inmate, InmateEvents.UPDATED, snapshot -> new InmateEvents.Updated(snapshot, List.of("identity")),
                "Personal details corrected", caller.subject());
        return inmate;
    }

    static void applyIdentity(Inmate inmate, String fullName, List<String> aliases, String nik, String birthPlace,
                              LocalDate birthDate, Sex sex, String nationality) {
        inmate.fullName = fullName.strip();
        inmate.aliases = aliases == null ? new ArrayList<>() : new ArrayList<>(aliases.stream().map(String::strip).toList());
        inmate.nik = nik;
        inmate.birthPlace = birthPlace;
        inmate.birthDate = birthDate;
        inmate.sex = sex;
        inmate.nationality = nationality;
        inmate.recomputeSearchName();
    }

    static void applySentence(Inmate inmate, SentenceRequest sentence) {
        if (sentence == null) {
            return;
        }
        inmate.sentenceStart = sentence.start();
        inmate.sentenceYears = sentence.years();
        inmate.sentenceMonths = sentence.months();
        inmate.sentenceDays = sentence.days();
        inmate.fineAmount = sentence.fineAmount();
        inmate.fineSubstituteDays = sentence.fineSubstituteDays();
        inmate.recomputeExpiry();
    }

    /** The sentence of a convict must have a length; used at admission and at the verdict. */
    static void requireSentence(SentenceRequest sentence) {
        if (sentence == null) {
            throw Problems.invalidField("sentence-required", "sentence", "a convict (B class) needs the sentence");
        }
        if (sentence.isEmpty()) {
            throw Problems.invalidField("sentence-empty", "sentence", "the sentence must last at least one day");
        }
    }

    private static void checkLegalBasis(RegisterClass registerClass, String detainingAuthority, LocalDate detentionEndsOn,
                                        SentenceRequest sentence, LocalDate admittedOn) {
        if (registerClass.isDetainee()) {
            if (detainingAuthority == null || detainingAuthority.isBlank()) {
                throw Problems.invalidField("detaining-authority-required", "detainingAuthority",
                        "a detainee (" + registerClass + ") needs the detaining authority");
            }
            if (detentionEndsOn == null) {
                throw Problems.invalidField("detention-end-required", "detentionEndsOn",
                        "a detainee (" + registerClass + ") needs the date the detention order ends");
            }
            if (detentionEndsOn.isBefore(admittedOn)) {
                throw Problems.invalidField("detention-ends-before-admission", "detentionEndsOn",
                        "the detention cannot end (" + detentionEndsOn + ") before the admission (" + admittedOn + ")");
            }
            if (sentence != null) {
                throw Problems.invalidField("sentence-for-detainee", "sentence",
                        "a detainee has no sentence yet; record it with the class change when the verdict arrives");
            }
        } else {
            requireSentence(sentence);
        }
    }

    private static void requireNikForIndonesians(String nik, String nationality) {
        if (nik == null && INDONESIA.equals(nationality)) {
            throw Problems.invalidField("nik-required", "nik", "an Indonesian national needs a NIK (16 digits)");
        }
    }

    private static void requireUniqueNik(String nik, UUID except) {
        if (nik == null) {
            return;
        }
        // Only the holder's id: loading the whole record (and its collections) for this check was a
        // tenth of an admission's CPU.
        List<UUID> holders = Inmate.getEntityManager()
                .createQuery("SELECT i.id FROM Inmate i WHERE i.nik = ?1", UUID.class)
                .setParameter(1, nik).setMaxResults(1).getResultList();
        if (!holders.isEmpty() && !Objects.equals(holders.get(0), except)) {
            throw Problems.conflict("duplicate-nik", "a WBP with this NIK is already in the register");
        }
    }
}
