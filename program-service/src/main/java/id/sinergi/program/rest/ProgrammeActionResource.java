package id.sinergi.program.rest;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.program.command.ActionRequest;
import id.sinergi.program.domain.ProgrammeMachine;
import id.sinergi.program.service.Programmes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * A programme's lifecycle, as explicit actions checked against {@link ProgrammeMachine}
 * ({@code GET /api/v1/programs/state-machine}) in the platform's order (403, 404, 428/412, 409, 422).
 */
@Path("/api/v1/programs")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programme actions", description = "Open, start, finish and cancel a programme")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the programme", headers = @Header(name = "ETag", description = "Its new version"),
        content = @Content(schema = @Schema(implementation = Views.ProgrammeView.class)))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such programme, or outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "409", description = "The status does not allow it (`allowedActions` lists what does), or "
        + "enrolments are still in progress (`enrolments-in-progress`, finish)",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "422", description = "A reason is required (`reason-required`), or the Idempotency-Key was reused",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "reason", ref = "ReasonProblem")))
public class ProgrammeActionResource {

    @Inject
    Programmes programmes;

    @POST
    @Path("{id}/open")
    @Idempotent
    @Operation(operationId = "openProgramme", summary = "Open a DRAFT programme for enrolment",
            description = "Roles: lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    public Response open(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, ProgrammeMachine.OPEN_ACTION, request, ifMatch);
    }

    @POST
    @Path("{id}/start")
    @Idempotent
    @Operation(operationId = "startProgramme", summary = "Mark an OPEN programme as RUNNING",
            description = "Sessions have begun; WBP may still be enrolled while places are free. Roles: lapas-program-officer, "
                    + "lapas-head. " + Responses.ACTION_NOTE)
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, ProgrammeMachine.START, request, ifMatch);
    }

    @POST
    @Path("{id}/finish")
    @Idempotent
    @Operation(operationId = "finishProgramme", summary = "Close a RUNNING programme",
            description = "Only once no enrolment is ACTIVE or SUSPENDED (409 `enrolments-in-progress` otherwise): complete or "
                    + "withdraw them first. Requests and the waiting list end (`PROGRAMME_FINISHED`). Roles: "
                    + "lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    public Response finish(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, ProgrammeMachine.FINISH, request, ifMatch);
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @Operation(operationId = "cancelProgramme", summary = "Cancel a programme",
            description = "Needs a reason. Every open enrolment ends (`PROGRAMME_CANCELLED`), each published as "
                    + "`program.enrolment-changed`. Roles: lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancel", ref = "Cancel")))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, ProgrammeMachine.CANCEL, request, ifMatch);
    }

    private Response act(UUID id, String action, ActionRequest request, String ifMatch) {
        return Responses.programme(programmes.act(id, action, ActionRequest.reasonOf(request), ifMatch));
    }
}
