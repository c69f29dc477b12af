package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.OtherCase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "OtherCase", description = "A WBP in custody named by Polres as suspect in another case; the WBP appears by id "
        + "and register number only.")
public record OtherCaseView(
        UUID id,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(description = "The Polres unit that reported it, the only one that sees it.", examples = "POLRES-HSU") String polresUnit,
        @Schema(examples = "LP/B/61/XII/2026/SPKT/Polres HSU") String policeReportNumber,
        @Schema(examples = "Pasal 114 ayat (1) UU 35/2009") String article,
        String description,
        OtherCase.State state,
        @Schema(description = "Null while OPEN.") OtherCase.Outcome outcome,
        String reason,
        String reportedBy,
        OffsetDateTime reportedAt,
        String closedBy,
        OffsetDateTime closedAt,
        List<String> allowedActions,
        long version) {

    public static OtherCaseView of(OtherCase c) {
        return new OtherCaseView(c.id, c.inmateId, c.registerNumber, c.polresUnit, c.policeReportNumber, c.article,
                c.description, c.state, c.outcome, c.reason, c.createdBy, c.createdAt, c.closedBy, c.closedAt,
                OtherCase.MACHINE.allowedActions(c.state, c), c.version);
    }
}
