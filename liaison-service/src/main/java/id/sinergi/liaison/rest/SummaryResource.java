package id.sinergi.liaison.rest;

import id.sinergi.liaison.service.LiaisonSummary;
import id.sinergi.liaison.service.Notifications;
import id.sinergi.platform.auth.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path("/api/v1/liaison/summary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Dashboard", description = "What needs attention today")
@SecurityRequirement(name = "bearer")
public class SummaryResource {

    @Inject
    LiaisonSummary summary;

    @Inject
    Notifications notifications;

    @GET
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getLiaisonSummary", summary = "The liaison dashboard",
            description = "First the escapes not yet closed by a recapture (urgent: WBP at large, with the notice's "
                    + "state and deadline), then open notifications and overdue acknowledgements, pending and overdue information requests and "
                    + "police loans, open incidents by severity, overdue action items per agency and agreements about to "
                    + "expire — within the caller's scope (the Lapas: its facility; Polres: its unit, shared incidents "
                    + "only; auditors: everything). Each number is the `total` of the list query named in its schema. "
                    + "Roles: lapas-liaison, lapas-head, lapas-security, auditor, polres-officer, polres-head.")
    @APIResponse(responseCode = "200", description = "The counts",
            content = @Content(schema = @Schema(implementation = SummaryView.class),
                    examples = @ExampleObject(name = "a morning", ref = "Summary")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
    public SummaryView get() {
        LiaisonSummary.Counts counts = summary.now();
        return SummaryView.of(counts, n -> SummaryView.EscapeItem.of(n, notifications.summaryOf(n).inmate().fullName(),
                notifications.escapeOf(n).escapedAt(), counts.asOf()));
    }
}
