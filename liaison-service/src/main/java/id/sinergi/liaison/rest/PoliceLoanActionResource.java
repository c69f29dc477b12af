package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.service.PoliceLoans;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

/**
 * Decisions and gate records of police loans, checked against the state machine
 * ({@code GET /api/v1/liaison/police-loans/state-machine}). Each publishes
 * {@code liaison.police-loan-changed}.
 */
@Path(PoliceLoanResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Police loans")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated loan", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = PoliceLoanView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such loan, or another unit's",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The loan's state does not allow this action (`allowedActions` lists what it allows), "
        + "or at check-out the WBP is no longer in custody or is already out",
        content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "not allowed", ref = "TransitionProblem"),
                @ExampleObject(name = "already out", ref = "AlreadyOutProblem")}))
@APIResponse(responseCode = "412", description = "The loan changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "A reason is required, or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "reason required", ref = "ReasonProblem")))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class PoliceLoanActionResource {

    @Inject
    FacilityClock clock;

    @Inject
    PoliceLoans loans;

    @POST
    @Path("{id}/approve")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "approvePoliceLoan", summary = "Approve a loan", description = "Roles: lapas-liaison, lapas-head.")
    public Response approve(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(loans.approve(id, ifMatch));
    }

    @POST
    @Path("{id}/reject")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "rejectPoliceLoan", summary = "Reject a loan, saying why", description = "Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", ref = "Rejection")))
    public Response reject(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return answer(loans.reject(id, ifMatch, ActionRequests.Reason.of(reason)));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "cancelPoliceLoan", summary = "Call a loan off before the WBP leaves, saying why",
            description = "Roles: polres-officer, polres-head (their unit's loans), lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancellation", ref = "Cancellation")))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return answer(loans.cancel(id, ifMatch, ActionRequests.Reason.of(reason)));
    }

    @POST
    @Path("{id}/check-out")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "checkOutPoliceLoan", summary = "The WBP leaves with the escorting officers",
            description = "Only for a WBP in custody, in the facility and on no other loan (409 otherwise). inmate-service "
                    + "shows the WBP as out on a police loan. Roles: lapas-registrar, lapas-liaison, lapas-head.")
    public Response checkOut(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(loans.checkOut(id, ifMatch));
    }

    @POST
    @Path("{id}/return")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "returnPoliceLoan", summary = "The WBP is back in the facility",
            description = "Also from OVERDUE. inmate-service shows the WBP back in the facility. Roles: lapas-registrar, "
                    + "lapas-liaison, lapas-head.")
    public Response returned(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(loans.returned(id, ifMatch));
    }

    private Response answer(PoliceLoan loan) {
        return Answers.ok(PoliceLoanView.of(loan, loans.escortsOf(loan), clock.timestamp()), loan.version);
    }
}
