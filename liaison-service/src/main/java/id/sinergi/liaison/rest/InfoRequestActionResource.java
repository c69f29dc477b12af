package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.InfoRequestRequests;
import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.service.InfoRequests;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
 * Decisions on information requests, checked against the state machine
 * ({@code GET /api/v1/liaison/info-requests/state-machine}).
 */
@Path(InfoRequestResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated request", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = InfoRequestView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such request, or another unit's",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The request's state does not allow this action; `allowedActions` lists what it allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "The request changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "A rule is broken (see `type` and `field`), or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "reason required", ref = "ReasonProblem"),
                @ExampleObject(name = "access too long", ref = "AccessExpiryProblem"),
                @ExampleObject(name = "not requested", ref = "NotRequestedProblem")}))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class InfoRequestActionResource {

    @Inject
    FacilityClock clock;

    @Inject
    InfoRequests requests;

    @POST
    @Path("{id}/approve")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "approveInfoRequest", summary = "Approve, with an access expiry",
            description = "Grants the requesting officer the sections of the WBP's record it asked for (`requestedData`) in inmate-service until `accessExpiresAt` "
                    + "(at most the configured maximum, default 90 days). Publishes `liaison.info-request-decided` (APPROVED). "
                    + "Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "approval", ref = "Approval")))
    public Response approve(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InfoRequestRequests.Approval approval) {
        return answer(requests.approve(id, ifMatch, approval));
    }

    @POST
    @Path("{id}/reject")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "rejectInfoRequest", summary = "Reject, saying why",
            description = "Publishes `liaison.info-request-decided` (REJECTED). Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", ref = "Rejection")))
    public Response reject(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return answer(requests.reject(id, ifMatch, ActionRequests.Reason.of(reason)));
    }

    @POST
    @Path("{id}/fulfil")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "fulfilInfoRequest", summary = "Record what was handed over",
            description = "Only data categories the request asked for. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fulfilment", ref = "Fulfilment")))
    public Response fulfil(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull InfoRequestRequests.Fulfilment fulfilment) {
        return answer(requests.fulfil(id, ifMatch, fulfilment));
    }

    @POST
    @Path("{id}/withdraw")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "withdrawInfoRequest", summary = "Withdraw a request not yet decided",
            description = "Roles: polres-officer, polres-head of the requesting unit.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdrawal", ref = "Withdrawal")))
    public Response withdraw(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return answer(requests.withdraw(id, ifMatch, ActionRequests.Reason.of(reason)));
    }

    private Response answer(InfoRequest request) {
        return Answers.ok(InfoRequestView.of(request, clock.timestamp()), request.version);
    }
}
