package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.Agreement;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@Schema(name = "Agreement", description = "A cooperation agreement (MoU / PKS).")
public record AgreementView(
        UUID id,
        Agreement.Kind kind,
        @Schema(examples = "B/17/III/2026/Polres HSU") String number,
        String title,
        List<String> parties,
        String scope,
        LocalDate validFrom,
        LocalDate validTo,
        @Schema(examples = "POLRES-HSU") String polresUnit,
        Agreement.State state,
        @Schema(description = "ACTIVE only: days left until `validTo` (0 on its last day).") Long daysToExpiry,
        String createdBy,
        OffsetDateTime createdAt,
        String activatedBy,
        OffsetDateTime activatedAt,
        @Schema(description = "Who terminated it (null when it expired).") String endedBy,
        OffsetDateTime endedAt,
        @Schema(description = "Why it was terminated.") String reason,
        List<String> allowedActions,
        long version) {

    public static AgreementView of(Agreement a, LocalDate today) {
        return new AgreementView(a.id, a.kind, a.number, a.title, List.copyOf(a.parties), a.scopeOfWork, a.validFrom,
                a.validTo, a.polresUnit, a.state,
                a.state == Agreement.State.ACTIVE ? ChronoUnit.DAYS.between(today, a.validTo) : null,
                a.createdBy, a.createdAt, a.activatedBy, a.activatedAt, a.endedBy, a.endedAt, a.reason,
                Agreement.MACHINE.allowedActions(a.state, a), a.version);
    }
}
