package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.DetentionRequest;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "DetentionRequest", description = """
        A detention order a Polres unit sent for a WBP it detains: an extension of the current stage or the handover
        to the next. CONFIRMED once the registrar recorded it in the register (inmate-service), REJECTED when the
        registrar did not, saying why.""")
public record DetentionRequestView(
        UUID id,
        UUID inmateId,
        @Schema(examples = "A.I-0007/2026") String registerNumber,
        @Schema(description = "The sending Polres unit (token unit).", examples = "POLRES-HSU") String unit,
        @Schema(examples = "officer-7") String submittedBy,
        OffsetDateTime submittedAt,
        DetentionRequest.Kind kind,
        @Schema(description = "The next stage of a handover.", examples = "A.II") String stage,
        @Schema(examples = "B-1234/O.3.21/Eoh.1/12/2026") String orderNumber,
        LocalDate orderDate,
        @Schema(examples = "Kejaksaan Negeri Hulu Sungai Utara") String issuedBy,
        LocalDate startsOn,
        LocalDate endsOn,
        DetentionRequest.State state,
        @Schema(description = "The registrar who rejected it, or who recorded the order (confirmed).") String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(description = "Why it was rejected.") String reason,
        @Schema(description = "The detention end the register recorded on confirmation.") LocalDate recordedEndsOn,
        List<String> allowedActions,
        long version) {

    public static DetentionRequestView of(DetentionRequest r) {
        return new DetentionRequestView(r.id, r.inmateId, r.registerNumber, r.polresUnit, r.submittedBy, r.submittedAt,
                r.kind, r.stage, r.orderNumber, r.orderDate, r.issuedBy, r.startsOn, r.endsOn, r.state, r.decidedBy,
                r.decidedAt, r.reason, r.recordedEndsOn, DetentionRequest.MACHINE.allowedActions(r.state, r), r.version);
    }
}
