package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.Contact;
import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.inmate.domain.Escape;
import id.sinergi.inmate.domain.IdentifyingFeatures;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.Person;
import id.sinergi.inmate.domain.Offence;
import id.sinergi.inmate.domain.OffenceCategory;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.SentenceKind;
import id.sinergi.inmate.domain.Sex;
import id.sinergi.inmate.domain.Stay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@Schema(name = "Inmate", description = "The full record of a WBP. Every read of it is written to the access log.")
public record InmateView(
        @Schema(enumeration = "FULL") String view,
        UUID id,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(implementation = String.class, examples = "B.I") RegisterClass registerClass,
        String fullName,
        List<String> aliases,
        String nik,
        String birthPlace,
        LocalDate birthDate,
        Sex sex,
        String nationality,
        String detainingAuthority,
        LocalDate detentionEndsOn,
        List<OffenceOfInmate> offences,
        Sentence sentence,
        String facility,
        String cellBlock,
        RiskLevel riskLevel,
        InmateStatus status,
        Location location,
        LocalDate admittedOn,
        @Schema(description = "The day the WBP left the register (released or transferred), or left for another facility "
                + "of the region while IN_TRANSIT.") LocalDate leftOn,
        ReleaseReason releaseReason,
        @Schema(description = "Where the WBP was transferred: the receiving facility while IN_TRANSIT, the facility outside "
                + "the region once TRANSFERRED; null after an arrival.") String transferredTo,
        @Schema(description = "The actions the record's state allows now.", examples = "[\"assess-risk\", \"move-out\"]")
        List<String> allowedActions,
        @Schema(description = "Version; the ETag header carries it too.", examples = "3") long version,
        @Schema(description = "The person this stay is of: the same on every stay of theirs (the id is the stay's).")
        UUID personId,
        @Schema(description = "The person had served a conviction here before this stay began (a possible repeat "
                + "offender, residivis; whether the law's recidivism applies is the court's finding).")
        boolean recidivist,
        @Schema(description = "The person's other stays here, newest first.")
        List<EarlierStay> earlierStays,
        @Schema(description = "Identifying features (ciri-ciri): personal data of the full record only.")
        IdentifyingFeatures identifyingFeatures,
        @Schema(description = "Family, addresses and phones the Lapas holds: personal data of the full record only.")
        List<Contact> contacts,
        @Schema(description = "This stay's escapes, oldest first, with their recaptures.")
        List<EscapeOfInmate> escapes,
        @Schema(description = "Where the WBP will live after release, who receives them and the Bapas; null while none is "
                + "recorded. Personal data of the full record only (IDENTITY).")
        ReleasePlanView releasePlan,
        @Schema(description = "The data categories this read shows in full: all for Lapas staff and auditors, those an "
                + "approved information request asked for for a Polres officer. A section outside them is null, "
                + "except what the basic view shows too.",
                examples = "[\"IDENTITY\", \"OFFENCES_AND_SENTENCE\", \"KEY_DATES\", \"MOVEMENTS_AND_TIMELINE\", \"RISK_ASSESSMENTS\"]")
        List<DataCategory> sections) {

    /** The sections Lapas staff and auditors read: every category this service serves. */
    public static final Set<DataCategory> ALL_SECTIONS = EnumSet.complementOf(EnumSet.of(DataCategory.PROGRAMMES));

    @Schema(name = "ReleasePlan", description = "Where the WBP will live after release, who receives them (the guarantor) and "
            + "the Bapas that supervises (Permenkumham 3/2018). The regency code tells which Polres is responsible.")
    public record ReleasePlanView(@Schema(examples = "Jl. Basuki Rahmat No. 12 RT 03") String address,
                                  @Schema(examples = "Sungai Malang") String village,
                                  @Schema(examples = "Amuntai Tengah") String district,
                                  @Schema(description = "Kemendagri regency code", examples = "63.08") String regencyCode,
                                  @Schema(examples = "Hulu Sungai Utara") String regencyName,
                                  Receiver receivedBy,
                                  @Schema(examples = "Bapas Kelas II Barabai") String bapas,
                                  String plannedBy, OffsetDateTime plannedAt) {

        @Schema(name = "ReleasePlanReceiver")
        public record Receiver(@Schema(examples = "Siti Aminah") String name,
                               @Schema(examples = "Ibu kandung") String relationship,
                               @Schema(examples = "+6281234567890") String phone) {
        }

        public static ReleasePlanView of(ReleasePlan plan) {
            return plan == null ? null : new ReleasePlanView(plan.address, plan.village, plan.district, plan.regencyCode,
                    plan.regencyName, new Receiver(plan.receiverName, plan.receiverRelationship, plan.receiverPhone),
                    plan.bapas, plan.plannedBy, plan.plannedAt);
        }
    }

    @Schema(name = "EscapeOfInmate", description = "An escape and, once it happened, the recapture.")
    public record EscapeOfInmate(UUID id, OffsetDateTime escapedAt, @Schema(examples = "Blok A, tembok belakang") String place,
                                 @Schema(examples = "Memanjat tembok") String method,
                                 @Schema(examples = "Petugas jaga pos 2") String noticedBy,
                                 OffsetDateTime recapturedAt, Escape.RecapturedBy recapturedBy, String recapturePlace,
                                 @Schema(description = "Days at large not counted as served (UU 1/2023 Pasal 63); 0 while at large.",
                                         examples = "5") long daysNotCounted) {

        static EscapeOfInmate of(Escape escape, LocalDate sentenceStart) {
            return new EscapeOfInmate(escape.id, escape.escapedAt, escape.place, escape.method, escape.noticedBy,
                    escape.recapturedAt, escape.recapturedBy, escape.recapturePlace,
                    sentenceStart == null ? 0 : escape.daysNotCountedFrom(sentenceStart));
        }
    }

    @Schema(name = "EarlierStay", description = "Another stay of the same person.")
    public record EarlierStay(UUID id, @Schema(examples = "B.I-0042/2021") String registerNumber,
                              @Schema(implementation = String.class, examples = "B.I") RegisterClass registerClass,
                              LocalDate admittedOn,
                              @Schema(description = "The day it ended (release or transfer); null while open.") LocalDate releasedOn,
                              InmateStatus status) {

        static EarlierStay of(Stay stay) {
            return new EarlierStay(stay.id, stay.registerNumber, stay.registerClass, stay.admittedOn, stay.leftOn, stay.status);
        }
    }

    @Schema(name = "SentenceOfInmate")
    public record Sentence(LocalDate start, int years, int months, int days, BigDecimal fineAmount,
                           Integer fineSubstituteDays, int remissionDays,
                           @Schema(description = "Expiry (ekspirasi) after remissions, with the substitute custody of a fine "
                                   + "not yet paid; null for life and death sentences.") LocalDate expiresOn,
                           @Schema(examples = "IMPRISONMENT") SentenceKind kind,
                           @Schema(description = "Months of substitute custody (subsider), before the days.")
                           Integer fineSubstituteMonths,
                           @Schema(description = "The fine's payment; null while unpaid (or without a fine).") FinePaid finePaid,
                           @Schema(description = "The decree that changed a life or death sentence; null when never commuted.")
                           Commutation commutation) {
    }

    @Schema(name = "FinePaid")
    public record FinePaid(@Schema(examples = "KW-0412/O.3.15/Eku/11/2026") String receiptNumber, LocalDate paidOn,
                           BigDecimal amount) {
    }

    @Schema(name = "SentenceCommutation")
    public record Commutation(@Schema(examples = "12/G/2026") String decreeNumber, LocalDate decreedOn,
                              @Schema(examples = "LIFE") SentenceKind from) {
    }

    /** Issue 20 point 8: an offence as written, with its law code, article and category. */
    @Schema(name = "OffenceOfInmate", description = "An offence as admitted, with the law code, article and category the offence table gave it.")
    public record OffenceOfInmate(
            @Schema(examples = "Pasal 114 ayat (1)") String article,
            @Schema(examples = "UU 35/2009 tentang Narkotika") String law,
            String description,
            @Schema(description = "The law as a code (KUHP, UU-1-2023, UU-35-2009, ...); null for offences admitted before the table.",
                    examples = "UU-35-2009") String lawCode,
            @Schema(description = "The article number, with the letters of an inserted article.", examples = "114") String articleRef,
            @Schema(description = "The category; OTHER when the table does not know the article.", examples = "NARCOTICS")
            OffenceCategory category) {

        static OffenceOfInmate of(Offence o) {
            return new OffenceOfInmate(o.article, o.law, o.description, o.lawCode, o.articleRef, o.category);
        }
    }

    /** The whole record, as Lapas staff read it. */
    public static InmateView of(Inmate inmate) {
        return of(inmate, ALL_SECTIONS, ReleasePlan.of(inmate.id).orElse(null));
    }

    /**
     * The record with the sections of {@code categories} in full; the others as the basic view shows
     * them (name, aliases, sex, birth date, status, risk level, expected release) or null.
     */
    public static InmateView of(Inmate inmate, Set<DataCategory> categories, ReleasePlan plan) {
        boolean identity = categories.contains(DataCategory.IDENTITY);
        boolean offences = categories.contains(DataCategory.OFFENCES_AND_SENTENCE);
        boolean movements = categories.contains(DataCategory.MOVEMENTS_AND_TIMELINE);
        Person person = inmate.person;
        Sentence sentence = offences && inmate.hasSentence()
                ? new Sentence(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths, inmate.sentenceDays,
                inmate.fineAmount, inmate.fineSubstituteDays, inmate.remissionDays, inmate.expiresOn, inmate.sentenceKind(),
                inmate.fineSubstituteMonths,
                inmate.finePaidOn == null ? null : new FinePaid(inmate.finePaidReceipt, inmate.finePaidOn, inmate.finePaidAmount),
                inmate.commutationDecree == null ? null
                        : new Commutation(inmate.commutationDecree, inmate.commutedOn, inmate.commutedFrom))
                : null;
        return new InmateView("FULL", inmate.id, inmate.registerNumber, inmate.registerClass, person.fullName,
                List.copyOf(person.aliases), identity ? person.nik : null, identity ? person.birthPlace : null,
                person.birthDate, person.sex, identity ? person.nationality : null,
                inmate.detainingAuthority, inmate.detentionEndsOn,
                offences ? inmate.offences.stream().map(OffenceOfInmate::of).toList() : null,
                sentence, inmate.facility, inmate.cellBlock, inmate.riskLevel, inmate.status, inmate.location,
                inmate.admittedOn, inmate.leftOn, inmate.releaseReason, inmate.transferredTo,
                inmate.allowedActions(), inmate.version, person.id, inmate.recidivist,
                identity ? person.staysOtherThan(inmate.id).stream().map(EarlierStay::of).toList() : null,
                identity ? person.identifyingFeatures() : null, identity ? List.copyOf(person.contacts) : null,
                movements ? inmate.escapes.stream().map(escape -> EscapeOfInmate.of(escape, inmate.sentenceStart)).toList() : null,
                identity ? ReleasePlanView.of(plan) : null,
                categories.stream().sorted().toList());
    }
}
