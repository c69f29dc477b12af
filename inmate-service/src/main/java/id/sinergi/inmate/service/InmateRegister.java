package id.sinergi.inmate.service;

import id.sinergi.inmate.command.AdmissionRequest;
import id.sinergi.inmate.command.PersonalDetailsRequest;
import id.sinergi.inmate.command.SentenceRequest;
import id.sinergi.inmate.config.InmateConfig;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.Offence;
import id.sinergi.inmate.domain.Person;
import id.sinergi.inmate.domain.OffenceTable;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RegisterClassRules;
import id.sinergi.inmate.domain.SentenceKind;
import id.sinergi.inmate.domain.RegisterNumbers;
import id.sinergi.inmate.domain.Sex;
import id.sinergi.inmate.domain.Stay;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problem;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.text.Part;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
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

    @Inject
    FacilityClock clock;

    @Inject
    DetentionOrders detention;

    @Inject
    Facilities facilities;

    private OffsetDateTime now() {
        return clock.timestamp();
    }

    @Transactional
    public Inmate admit(AdmissionRequest request) {
        var admission = guard.checkCreation(InmateMachine.MACHINE, InmateMachine.ADMIT, null, null);
        LocalDate admittedOn = request.admittedOn() != null ? request.admittedOn() : clock.today();
        Inmate inmate = new Inmate();
        inmate.id = UUID.randomUUID();
        // The person first: a second open stay is a conflict (409), checked before the rules (422).
        Person person = personAdmitted(request, inmate.id);
        requireNikForIndonesians(request.nik(), request.nationality());
        checkLegalBasis(request.registerClass(), request.detainingAuthority(), request.detentionStartsOn(), request.detentionEndsOn(),
                request.sentence(), admittedOn);
        String facility = admittingFacility(request.facility());

        inmate.registerClass = request.registerClass();
        inmate.facility = facility;
        inmate.registerNumber = registerNumbers.next(facility, request.registerClass(), admittedOn.getYear());
        inmate.person = person;
        inmate.recidivist = person.hasServedAConviction();
        InmateEvents.PreviousStay previousStay = person.lastReleasedStayOtherThan(inmate.id)
                .map(stay -> new InmateEvents.PreviousStay(stay.id, stay.registerNumber, stay.leftOn)).orElse(null);
        inmate.recomputeSearchName();
        inmate.detainingAuthority = request.detainingAuthority();
        inmate.detentionEndsOn = request.detentionEndsOn();
        applySentence(inmate, request.sentence());
        request.offences().forEach(o -> inmate.offences.add(categorised(o, request, admittedOn)));
        inmate.caseBegunOn = caseBegunOn(request, admittedOn);
        inmate.cellBlock = request.cellBlock();
        inmate.riskLevel = request.riskLevel();
        inmate.moveTo(admission.to());
        inmate.admittedOn = admittedOn;
        inmate.createdAt = now();
        inmate.updatedAt = inmate.createdAt;
        inmate.persist();
        if (inmate.registerClass.isDetainee()) {
            detention.admittedUnder(inmate, detentionStartsOn(request, admittedOn), request.detentionOrderNumber(),
                    request.detentionOrderDate());
        }

        changes.record(inmate, InmateEvents.ADMITTED, snapshot -> new InmateEvents.Admitted(snapshot,
                        admittedOn, inmate.offences.stream().map(o -> new InmateEvents.OffenceRef(o.article, o.law, o.lawCode, o.category)).toList(),
                        inmate.personId(), inmate.recidivist, previousStay),
                "Admitted as " + inmate.registerNumber, caller.subject());
        return inmate;
    }

    /**
     * A facility admits into its own register: the caller's (the token's unit). A {@code facility} in
     * the body may only repeat it: naming another is 422 rather than 404, since the directory is open to
     * every caller and the refusal reveals no record. The facility must be in the region's directory.
     */
    private String admittingFacility(String requested) {
        String facility = caller.facilityScope().orElse(config.facility());
        if (requested != null && !requested.equals(facility)) {
            throw Problems.invalidField("other-facility", "facility", requested, facility);
        }
        if (!facilities.exists(facility)) {
            throw Problems.invalidField("unknown-facility", "facility", facility);
        }
        return facility;
    }

    /**
     * The person an admission is of: the one the registrar confirmed ({@code personId}), else the
     * holder of the NIK, else a new person. A known person's identity is replaced by the admission's
     * (the newest documents), and they must have no open stay: one person is in one place.
     */
    private Person personAdmitted(AdmissionRequest request, UUID stayId) {
        Person person;
        if (request.personId() != null) {
            person = Person.<Person>findByIdOptional(request.personId(), LockModeType.PESSIMISTIC_WRITE)
                    .orElseThrow(() -> Problems.invalidField("unknown-person", "personId", request.personId()));
            Person nikHolder = Person.byNik(request.nik()).orElse(null);
            if (nikHolder != null && !nikHolder.id.equals(person.id)) {
                throw Problems.invalidField("nik-of-another-person", "nik", nikHolder.id);
            }
        } else {
            // Locked: two admissions of the same person at once, the second waits and then sees the
            // first's stay (its stays load after the lock). The unique index on open stays is the backstop.
            person = request.nik() == null ? null
                    : Person.<Person>find("nik", request.nik()).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        }
        if (person == null) {
            person = new Person();
            person.id = UUID.randomUUID();
            person.createdAt = now();
        } else {
            person.openStayOtherThan(null).ifPresent(open -> {
                throw openStay(open);
            });
        }
        person.updatedAt = now();
        person.changedThroughStay = stayId;
        applyIdentity(person, request.fullName(), request.aliases(), request.nik(), request.birthPlace(),
                request.birthDate(), request.sex(), request.nationality());
        person.describe(request.identifyingFeatures(), request.contacts());
        if (!person.isPersistent()) {
            person.persist();
        }
        return person;
    }

    private static RuntimeException openStay(Stay open) {
        return Problems.problem(409, "open-stay", open.registerNumber, open.status)
                .with("openStayId", open.id)
                .with("openStayRegisterNumber", open.registerNumber)
                .build();
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

    /** The first day of the current stage's detention: as the admission gives it, else the admission date. */
    private static LocalDate detentionStartsOn(AdmissionRequest request, LocalDate admittedOn) {
        return request.detentionStartsOn() != null ? request.detentionStartsOn() : admittedOn;
    }

    /**
     * When the case began (issue 20 point 2): the earliest date any offence gives, else the first day of
     * the detention (detainees) or the sentence's start (convicts), else the admission.
     */
    static LocalDate caseBegunOn(AdmissionRequest request, LocalDate admittedOn) {
        return request.offences().stream().map(AdmissionRequest.OffenceRequest::caseBegunOn).filter(Objects::nonNull)
                .min(LocalDate::compareTo)
                .orElseGet(() -> request.registerClass().isDetainee() ? detentionStartsOn(request, admittedOn)
                        : request.sentence() != null && request.sentence().start() != null ? request.sentence().start()
                        : admittedOn);
    }

    @Transactional
    public Inmate updatePersonalDetails(UUID id, String ifMatch, PersonalDetailsRequest request) {
        var checked = actions.check(id, InmateMachine.UPDATE_PERSONAL_DETAILS, ifMatch, null);
        requireNikForIndonesians(request.nik(), request.nationality());
        Inmate inmate = actions.take(checked);
        requireUniqueNik(request.nik(), inmate.person.id);
        applyIdentity(inmate.person, request.fullName(), request.aliases(), request.nik(), request.birthPlace(),
                request.birthDate(), request.sex(), request.nationality());
        inmate.person.describe(request.identifyingFeatures(), request.contacts());
        inmate.person.updatedAt = now();
        inmate.person.changedThroughStay = inmate.id;
        // The record shows the identity: its version (ETag) moves with it.
        inmate.updatedAt = inmate.person.updatedAt;
        // The identity is the person's: every stay of theirs is found by the new name. A bulk update
        // of the derived search text only (the stays' triggers re-index their name words).
        String searchName = inmate.person.searchName();
        inmate.searchName = searchName;
        Inmate.update("searchName = ?1 where person.id = ?2 and id <> ?3", searchName, inmate.person.id, inmate.id);
        changes.record(inmate, InmateEvents.UPDATED, snapshot -> new InmateEvents.Updated(snapshot, List.of("identity")),
                "Personal details corrected", caller.subject());
        return inmate;
    }

    static void applyIdentity(Person person, String fullName, List<String> aliases, String nik, String birthPlace,
                              LocalDate birthDate, Sex sex, String nationality) {
        person.fullName = fullName.strip();
        person.aliases = aliases == null ? new ArrayList<>() : new ArrayList<>(aliases.stream().map(String::strip).toList());
        person.nik = nik;
        person.birthPlace = birthPlace;
        person.birthDate = birthDate;
        person.sex = sex;
        person.nationality = nationality;
    }

    static void applySentence(Inmate inmate, SentenceRequest sentence) {
        if (sentence == null) {
            return;
        }
        inmate.sentenceKind = sentence.kindOrDefault();
        inmate.sentenceStart = sentence.start();
        inmate.sentenceYears = sentence.years();
        inmate.sentenceMonths = sentence.months();
        inmate.sentenceDays = sentence.days();
        inmate.fineAmount = sentence.fineAmount();
        inmate.fineSubstituteDays = sentence.fineSubstituteDays();
        inmate.fineSubstituteMonths = sentence.fineSubstituteMonths();
        inmate.recomputeExpiry();
    }

    /** Confinement lasts at most 1 year, 1 year 4 months when aggravated (KUHP Pasal 18 ayat (1) and (2)). */
    static final Period CONFINEMENT_MAXIMUM = Period.of(1, 4, 0);

    /**
     * The sentence of a convict, checked against its kind and the register class it is recorded in;
     * used at admission and at the verdict. Each refusal names its rule.
     */
    static void requireSentence(RegisterClass registerClass, SentenceRequest sentence) {
        if (sentence == null) {
            throw Problems.invalidField("sentence-required", "sentence");
        }
        SentenceKind kind = sentence.kindOrDefault();
        if (kind.hasTerm() && sentence.isEmpty()) {
            throw Problems.invalidField("sentence-empty", "sentence");
        }
        if (!kind.hasTerm() && !sentence.isEmpty()) {
            throw Problems.invalidField("term-not-allowed", "sentence", kind);
        }
        if (sentence.hasSubstituteCustody() && !sentence.hasFine()) {
            throw Problems.invalidField("substitute-without-fine", "sentence.fineAmount");
        }
        if (kind.isWithoutEnd() && sentence.hasSubstituteCustody()) {
            throw Problems.invalidField("substitute-without-term", "sentence", kind);
        }
        if (kind == SentenceKind.FINE && !(sentence.hasFine() && sentence.hasSubstituteCustody())) {
            throw Problems.invalidField("fine-substitute-required", "sentence");
        }
        LocalDate termEnds = sentence.start().plusYears(sentence.years()).plusMonths(sentence.months()).plusDays(sentence.days());
        if (kind == SentenceKind.CONFINEMENT && termEnds.isAfter(sentence.start().plus(CONFINEMENT_MAXIMUM))) {
            throw Problems.invalidField("confinement-too-long", "sentence");
        }
        requireRegisterClass(registerClass, kind, sentence.start(), termEnds, kind.hasTerm()
                ? Part.of("register-class-mismatch.part.sentence-term", kind, sentence.years(), sentence.months(), sentence.days())
                : Part.of("register-class-mismatch.part.sentence", kind));
    }

    /**
     * A convict's class must be the one the registration standard gives the sentence
     * (rules/register-classes.csv); 422 register-class-mismatch naming both rules otherwise.
     */
    static void requireRegisterClass(RegisterClass registerClass, SentenceKind kind, LocalDate start, LocalDate termEnds,
                                     Part sentence) {
        RegisterClassRules rules = RegisterClassRules.standard();
        rules.ruleFor(kind, start, termEnds).filter(rule -> rule.registerClass() != registerClass).ifPresent(rule -> {
            Problem.Builder mismatch = rules.rulesOf(registerClass).stream().findFirst()
                    .map(meantFor -> Problems.problem(422, "register-class-mismatch.meant-for-another", registerClass, sentence,
                            meantFor.describe(), rule.registerClass(), rule.describe()))
                    .orElseGet(() -> Problems.problem(422, "register-class-mismatch.no-rule", registerClass, sentence,
                            rule.registerClass(), rule.describe()));
            throw mismatch.with("field", "registerClass").with("expectedRegisterClass", rule.registerClass().code()).build();
        });
    }

    private static void checkLegalBasis(RegisterClass registerClass, String detainingAuthority, LocalDate detentionStartsOn,
                                        LocalDate detentionEndsOn, SentenceRequest sentence, LocalDate admittedOn) {
        if (registerClass.isDetainee()) {
            if (detainingAuthority == null || detainingAuthority.isBlank()) {
                throw Problems.invalidField("detaining-authority-required", "detainingAuthority", registerClass);
            }
            if (detentionEndsOn == null) {
                throw Problems.invalidField("detention-end-required", "detentionEndsOn", registerClass);
            }
            if (detentionStartsOn != null && detentionStartsOn.isAfter(admittedOn)) {
                throw Problems.invalidField("detention-starts-after-admission", "detentionStartsOn", detentionStartsOn, admittedOn);
            }
            if (detentionEndsOn.isBefore(admittedOn)) {
                throw Problems.invalidField("detention-ends-before-admission", "detentionEndsOn", detentionEndsOn, admittedOn);
            }
            if (sentence != null) {
                throw Problems.invalidField("sentence-for-detainee", "sentence");
            }
        } else {
            requireSentence(registerClass, sentence);
        }
    }

    private static void requireNikForIndonesians(String nik, String nationality) {
        if (nik == null && INDONESIA.equals(nationality)) {
            throw Problems.invalidField("nik-required", "nik");
        }
    }

    /** A correction may not give a person the NIK of another person. */
    private static void requireUniqueNik(String nik, UUID exceptPerson) {
        if (nik == null) {
            return;
        }
        // Only the holder's id: loading the whole person (and its stays) for this check costs more.
        List<UUID> holders = Person.getEntityManager()
                .createQuery("SELECT p.id FROM Person p WHERE p.nik = ?1", UUID.class)
                .setParameter(1, nik).setMaxResults(1).getResultList();
        if (!holders.isEmpty() && !Objects.equals(holders.get(0), exceptPerson)) {
            throw Problems.conflict("duplicate-nik");
        }
    }
}
