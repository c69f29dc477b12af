package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.service.Agreements;
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

/** Activation and termination of agreements, checked against {@code GET /api/v1/liaison/agreements/state-machine}. */
@Path(AgreementResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated agreement", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = AgreementView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such agreement in the caller's facility",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The agreement's state does not allow this action; `allowedActions` lists what it allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "The agreement changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "A reason is required, its validity has ended, or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "reason required", ref = "ReasonProblem"),
                @ExampleObject(name = "validity ended", ref = "ValidityEndedProblem")}))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class AgreementActionResource {

    @Inject
    FacilityClock clock;

    @Inject
    Agreements agreements;

    @POST
    @Path("{id}/activate")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "activateAgreement", summary = "The agreement is signed and in force",
            description = "From DRAFT, unless `validTo` has passed (422 `validity-ended`). It expires by itself the day after "
                    + "`validTo`. Roles: lapas-liaison, lapas-head.")
    public Response activate(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return AgreementResource.answer(agreements.activate(id, ifMatch), clock.today());
    }

    @POST
    @Path("{id}/terminate")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "terminateAgreement", summary = "End an agreement early, saying why",
            description = "From ACTIVE. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "replaced", ref = "Termination")))
    public Response terminate(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return AgreementResource.answer(agreements.terminate(id, ifMatch, ActionRequests.Reason.of(reason)), clock.today());
    }
}
