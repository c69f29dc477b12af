package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.InfoRequestRequests;
import id.sinergi.liaison.domain.InfoRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "InfoRequest", description = "An information request from Polres about a WBP (purpose-bound access).")
public record InfoRequestView(
        UUID id,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(description = "The requesting officer's token subject.", examples = "officer-7") String officer,
        @Schema(examples = "POLRES-HSU") String unit,
        String purpose,
        InfoRequestRequests.LegalBasis legalBasis,
        List<String> requestedData,
        LocalDate neededBy,
        InfoRequest.State state,
        OffsetDateTime submittedAt,
        @Schema(description = "When the Lapas should have answered by.") OffsetDateTime answerDueAt,
        @Schema(description = "Still SUBMITTED after `answerDueAt`.") boolean overdue,
        String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(description = "Until when the officer may read the sections of the WBP's record it asked for (APPROVED, FULFILLED).")
        OffsetDateTime accessExpiresAt,
        @Schema(description = "The rejection's or withdrawal's reason, or the approval's note.") String reason,
        String fulfilledBy,
        OffsetDateTime fulfilledAt,
        List<String> providedData,
        String fulfilmentNote,
        List<String> allowedActions,
        long version) {

    public static InfoRequestView of(InfoRequest r, OffsetDateTime now) {
        return of(r, now, false);
    }

    /**
     * @param basicViewOnly for the kanwil-officer: the purpose, legal basis (a police report names a case) and
     *                      the notes say more of the WBP than the basic view, and are left out
     */
    public static InfoRequestView of(InfoRequest r, OffsetDateTime now, boolean basicViewOnly) {
        return new InfoRequestView(r.id, r.inmateId, r.registerNumber, r.officer, r.polresUnit, basicViewOnly ? null : r.purpose,
                basicViewOnly ? null : new InfoRequestRequests.LegalBasis(r.letterNumber, r.policeReportNumber), List.copyOf(r.requestedData),
                r.neededBy, r.state, r.submittedAt, r.answerDueAt, r.isOverdue(now), r.decidedBy,
                r.decidedAt, r.accessExpiresAt, basicViewOnly ? null : r.reason, r.fulfilledBy, r.fulfilledAt,
                r.providedData == null ? null : List.copyOf(r.providedData), basicViewOnly ? null : r.fulfilmentNote,
                InfoRequest.MACHINE.allowedActions(r.state, r), r.version);
    }
}
