package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.service.ActionItems;
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

/** Progress of action items, checked against {@code GET /api/v1/liaison/action-items/state-machine}. */
@Path(ActionItemResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated action item", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = ActionItemView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller has none of the roles that may take this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such action item, or not the caller's",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The item's state does not allow this action to the caller (Polres: only items its agency owns); "
        + "`allowedActions` lists what the state allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "The item changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "A reason is required, or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "reason required", ref = "ReasonProblem")))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class ActionItemActionResource {

    @Inject
    FacilityClock clock;

    @Inject
    ActionItems items;

    @POST
    @Path("{id}/start")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "startActionItem", summary = "Work on an action item has begun",
            description = "From OPEN. Roles: lapas-liaison, lapas-head; polres-officer, polres-head for items owned by POLRES.")
    public Response start(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return ActionItemResource.answer(items.start(id, ifMatch), clock.today());
    }

    @POST
    @Path("{id}/complete")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "completeActionItem", summary = "An action item is done",
            description = "From OPEN or IN_PROGRESS, with an optional note. Roles: lapas-liaison, lapas-head; polres-officer, "
                    + "polres-head for items owned by POLRES.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "note", ref = "Acknowledgement")))
    public Response complete(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Note note) {
        return ActionItemResource.answer(items.complete(id, ifMatch, note == null ? null : note.note()), clock.today());
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "cancelActionItem", summary = "An action item is no longer needed, saying why",
            description = "From OPEN or IN_PROGRESS. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancellation", ref = "Cancellation")))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return ActionItemResource.answer(items.cancel(id, ifMatch, ActionRequests.Reason.of(reason)), clock.today());
    }
}
