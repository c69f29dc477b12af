package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.PendingCase;
import id.sinergi.inmate.service.PendingCases;
import id.sinergi.platform.auth.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The cases Polres reported pending against a WBP, beside the one they serve. */
@Path("/api/v1/inmates/{id}/pending-cases")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pending cases", description = "Cases Polres reported against a WBP in custody; an open one bars PB and CB")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PendingCaseResource.PROBLEM,
        examples = @ExampleObject(name = "unauthorized", ref = "UnauthorizedProblem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content(mediaType = PendingCaseResource.PROBLEM))
@APIResponse(responseCode = "404", description = "No such WBP, or not yours to see", content = @Content(mediaType = PendingCaseResource.PROBLEM,
        examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
public class PendingCaseResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    PendingCases cases;

    @Schema(name = "PendingCase", description = "A case Polres reported against the WBP: an incident charged with them as "
            + "perpetrator or suspect (source INCIDENT), or an other case naming them as suspect (OTHER_CASE).")
    public record CaseView(
            UUID id,
            UUID inmateId,
            PendingCase.Source source,
            @Schema(description = "The incident's or the other case's id in liaison-service.") UUID sourceId,
            @Schema(examples = "LP/B/112/XI/2026/SPKT/POLRES HSU") String policeReportNumber,
            @Schema(examples = "Pasal 363 KUHP") String article,
            @Schema(examples = "Satreskrim Polres Hulu Sungai Utara") String polresUnit,
            String description,
            OffsetDateTime openedAt,
            @Schema(description = "True while the case is pending; it bars PB and CB.") boolean open,
            OffsetDateTime closedAt,
            @Schema(description = "How the case ended, as Polres reported it.") String outcome) {

        static CaseView of(PendingCase c) {
            return new CaseView(c.id, c.inmateId, c.source, c.sourceId, c.policeReportNumber, c.article, c.polresUnit,
                    c.description, c.openedAt, c.open(), c.closedAt, c.outcome);
        }
    }

    @Schema(name = "PendingCases", description = "A WBP's cases, open ones first, newest first.")
    public record CasesView(List<CaseView> items) {
    }

    @GET
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getPendingCases", summary = "Cases pending against a WBP",
            description = "Every case Polres reported against the WBP, closed ones included, open ones first. While one is open "
                    + "PB and CB are refused (422 `integration-not-eligible`, condition NO_PENDING_CASE). Who reads the full "
                    + "record reads them: Lapas roles, auditors, and Polres officers with a grant; others get 404.")
    @APIResponse(responseCode = "200", description = "The cases",
            content = @Content(schema = @Schema(implementation = CasesView.class), examples = @ExampleObject(name = "one open", ref = "PendingCases")))
    public CasesView cases(@PathParam("id") UUID id) {
        return new CasesView(cases.of(id).stream().map(CaseView::of).toList());
    }
}
