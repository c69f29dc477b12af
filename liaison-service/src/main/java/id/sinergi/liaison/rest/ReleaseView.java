package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Release;
import id.sinergi.liaison.domain.Reoffence;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Release", description = """
        A stay that ended in release, with what was known at release and the re-offences that followed. Ids and register
        numbers only: no names, no NIK.""")
public record ReleaseView(
        UUID inmateId,
        @Schema(description = "The person across stays, when the register sent it.") UUID personId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(examples = "LAPAS-AMUNTAI") String facility,
        @Schema(description = "The Polres unit the release was routed to.", examples = "POLRES-TABALONG") String polresUnit,
        LocalDate releasedOn,
        @Schema(examples = "END_OF_SENTENCE") String reason,
        @Schema(examples = "[\"NARCOTICS\"]") List<String> offenceCategories,
        @Schema(description = "At release.", examples = "HIGH") String riskLevel,
        boolean programmeCompleted,
        @Schema(description = "Of the programmes completed before release.", examples = "[\"LEGAL_AWARENESS\"]")
        List<String> programmeCategories,
        List<ReoffenceView> reoffences) {

    @Schema(name = "Reoffence", description = "A re-arrest by Polres or a readmission after this release.")
    public record ReoffenceView(Reoffence.Kind kind, LocalDate occurredOn,
                                @Schema(description = "Whole months from the release.", examples = "8") int monthsAfterRelease,
                                String policeReportNumber, String polresUnit) {
    }

    /**
     * @param basicViewOnly for the kanwil-officer: offence and programme categories and police report numbers
     *                      are beyond the basic view, and left out
     */
    static ReleaseView of(Release r, List<Reoffence> reoffences, boolean basicViewOnly) {
        return new ReleaseView(r.inmateId, r.personId, r.registerNumber, r.facility, r.polresUnit, r.releasedOn, r.reason,
                basicViewOnly ? null : List.copyOf(r.offenceCategories), r.riskLevel, r.programmeCompleted,
                basicViewOnly ? null : List.copyOf(r.programmeCategories),
                reoffences.stream().filter(o -> o.releaseInmateId.equals(r.inmateId))
                        .map(o -> new ReoffenceView(o.kind, o.occurredOn, o.monthsAfterRelease,
                                basicViewOnly ? null : o.policeReportNumber, o.polresUnit))
                        .toList());
    }
}
