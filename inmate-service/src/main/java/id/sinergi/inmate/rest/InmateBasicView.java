package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Location;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.Sex;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "InmateBasic", description = """
        The basic view of a WBP: identity, register number, status, location, risk level and expected
        release. What Polres roles see without an approved information request, and what search lists.""")
public record InmateBasicView(
        @Schema(enumeration = "BASIC") String view,
        UUID id,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(implementation = String.class, examples = "B.I") RegisterClass registerClass,
        @Schema(examples = "Ahmad Rizani") String fullName,
        List<String> aliases,
        Sex sex,
        LocalDate birthDate,
        InmateStatus status,
        Location location,
        @Schema(examples = "LAPAS-AMUNTAI") String facility,
        @Schema(examples = "A-2") String cellBlock,
        RiskLevel riskLevel,
        @Schema(description = "Expiry of a convict or end of a detainee's detention.", examples = "2031-07-15")
        LocalDate expectedRelease,
        @Schema(examples = "3") long version,
        @Schema(description = "The person this stay is of: the same on every stay of theirs.") UUID personId,
        @Schema(description = "How many other stays the person has had here.", examples = "1") int earlierStays) {

    public static InmateBasicView of(Inmate inmate) {
        return new InmateBasicView("BASIC", inmate.id, inmate.registerNumber, inmate.registerClass, inmate.person.fullName,
                List.copyOf(inmate.person.aliases), inmate.person.sex, inmate.person.birthDate, inmate.status, inmate.location,
                inmate.facility, inmate.cellBlock, inmate.riskLevel, inmate.expectedRelease(), inmate.version,
                inmate.personId(), inmate.person.staysOtherThan(inmate.id).size());
    }
}
