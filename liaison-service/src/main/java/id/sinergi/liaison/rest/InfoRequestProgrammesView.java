package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.ReintegrationSummary;
import id.sinergi.liaison.service.InfoRequests;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Schema(name = "InfoRequestProgrammes", description = "The WBP's programme participation an approved request for PROGRAMMES "
        + "opens to its officer until the access expires; the WBP appears by id and register number only.")
public record InfoRequestProgrammesView(
        UUID requestId,
        UUID inmateId,
        @Schema(examples = "B.I-0123/2026") String registerNumber,
        OffsetDateTime accessExpiresAt,
        @Schema(description = "Every enrolment known from program events, the most recently changed first.")
        List<ReintegrationSummary.Programme> programmes) {

    public static InfoRequestProgrammesView of(InfoRequests.Programmes opened) {
        return new InfoRequestProgrammesView(opened.request().id, opened.request().inmateId, opened.request().registerNumber,
                opened.request().accessExpiresAt,
                opened.enrolments().stream().map(ReintegrationSummary.Programme::of).toList());
    }
}
