package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.AdmissionRequest;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleaseReason;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.Sex;
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
        @Schema(description = "Version; the ETag header carries it too.", examples = "3") long version) {

    @Schema(name = "SentenceOfInmate")
    public record Sentence(LocalDate start, int years, int months, int days, BigDecimal fineAmount,
                           Integer fineSubstituteDays, int remissionDays,
                           @Schema(description = "Expiry (ekspirasi) after remissions.") LocalDate expiresOn) {
    }

    public static InmateView of(Inmate inmate) {
        Sentence sentence = inmate.hasSentence()
                ? new Sentence(inmate.sentenceStart, inmate.sentenceYears, inmate.sentenceMonths, inmate.sentenceDays,
                inmate.fineAmount, inmate.fineSubstituteDays, inmate.remissionDays, inmate.expiresOn)
                : null;
        return new InmateView("FULL", inmate.id, inmate.registerNumber, inmate.registerClass, inmate.fullName,
                List.copyOf(inmate.aliases), inmate.nik, inmate.birthPlace, inmate.birthDate, inmate.sex, inmate.nationality,
                inmate.detainingAuthority, inmate.detentionEndsOn,
                inmate.offences.stream().map(o -> new AdmissionRequest.OffenceRequest(o.article, o.law, o.description)).toList(),
                sentence, inmate.facility, inmate.cellBlock, inmate.riskLevel, inmate.status, inmate.location,
                inmate.admittedOn, inmate.leftOn, inmate.releaseReason, inmate.transferredTo,
                inmate.allowedActions(), inmate.version);
    }
}
