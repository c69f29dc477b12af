package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.AdmissionRequest;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.Person;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.Sex;
import id.sinergi.inmate.domain.Stay;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        List<AdmissionRequest.OffenceRequest> offences,
        Sentence sentence,
        String facility,
        String cellBlock,
        RiskLevel riskLevel,
        InmateStatus status,
        Location location,
        LocalDate admittedOn,
        @Schema(description = "The day the WBP left the register (released or transferred).") LocalDate leftOn,
        ReleaseReason releaseReason,
        String transferredTo,
        @Schema(description = "The actions the record's state allows now.", examples = "[\"assess-risk\", \"move-out\"]")
        List<String> allowedActions,
        @Schema(description = "Version; the ETag header carries it too.", examples = "3") long version,
        @Schema(description = "The person this stay is of: the same on every stay of theirs (the id is the stay's).")
        UUID personId,
        @Schema(description = "The person had served a conviction here before this stay began (a possible repeat "
                + "offender, residivis; whether the law's recidivism applies is the court's finding).")
        boolean recidivist,
        @Schema(description = "The person's other stays here, newest first.")
        List<EarlierStay> earlierStays) {

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
                           @Schema(description = "Expiry (ekspirasi) after remissions.") LocalDate expiresOn) {
    }

    public static InmateView of(Inmate inmate) {
        Person person = inmate.person;
        Sentence sentence = inmate.hasSentence()
                ? new Sentence(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths, inmate.sentenceDays,
                inmate.fineAmount, inmate.fineSubstituteDays, inmate.remissionDays, inmate.expiresOn)
                : null;
        return new InmateView("FULL", inmate.id, inmate.registerNumber, inmate.registerClass, person.fullName,
                List.copyOf(person.aliases), person.nik, person.birthPlace, person.birthDate, person.sex, person.nationality,
                inmate.detainingAuthority, inmate.detentionEndsOn,
                inmate.offences.stream().map(o -> new AdmissionRequest.OffenceRequest(o.article, o.law, o.description)).toList(),
                sentence, inmate.facility, inmate.cellBlock, inmate.riskLevel, inmate.status, inmate.location,
                inmate.admittedOn, inmate.leftOn, inmate.releaseReason, inmate.transferredTo,
                inmate.allowedActions(), inmate.version, person.id, inmate.recidivist,
                person.staysOtherThan(inmate.id).stream().map(EarlierStay::of).toList());
    }
}
