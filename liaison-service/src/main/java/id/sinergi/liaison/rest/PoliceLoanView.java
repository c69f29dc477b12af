package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.PoliceLoan;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "PoliceLoan", description = "A police loan (bon): a WBP borrowed by Polres for investigation.")
public record PoliceLoanView(
        UUID id,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        @Schema(examples = "officer-7") String requestedBy,
        @Schema(description = "The requesting Polres unit (token unit).", examples = "POLRES-HSU") String unit,
        @Schema(examples = "Satreskrim Polres Hulu Sungai Utara") String borrowingUnit,
        String purpose,
        String caseNumber,
        String letterNumber,
        OffsetDateTime plannedOutAt,
        OffsetDateTime plannedBackAt,
        List<PoliceLoan.Escort> escorts,
        PoliceLoan.State state,
        @Schema(description = "OVERDUE, or checked out past `plannedBackAt`.") boolean overdue,
        OffsetDateTime requestedAt,
        String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(description = "Why it was rejected or cancelled.") String reason,
        String checkedOutBy,
        OffsetDateTime checkedOutAt,
        String returnedBy,
        OffsetDateTime returnedAt,
        OffsetDateTime overdueSince,
        List<String> allowedActions,
        long version) {

    public static PoliceLoanView of(PoliceLoan l, List<PoliceLoan.Escort> escorts, OffsetDateTime now) {
        return of(l, escorts, now, false);
    }

    /** @param basicViewOnly for the kanwil-officer: the purpose and case number (an investigation of the WBP) are left out */
    public static PoliceLoanView of(PoliceLoan l, List<PoliceLoan.Escort> escorts, OffsetDateTime now, boolean basicViewOnly) {
        return new PoliceLoanView(l.id, l.inmateId, l.registerNumber, l.requestedBy, l.polresUnit, l.borrowingUnit,
                basicViewOnly ? null : l.purpose, basicViewOnly ? null : l.caseNumber, l.letterNumber, l.plannedOutAt, l.plannedBackAt, escorts, l.state,
                l.isOverdue(now), l.requestedAt, l.decidedBy, l.decidedAt, l.reason, l.checkedOutBy,
                l.checkedOutAt, l.returnedBy, l.returnedAt, l.overdueSince, PoliceLoan.MACHINE.allowedActions(l.state, l),
                l.version);
    }
}
