package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.JointOperationRequests;
import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.service.JointOperations;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
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

/** Conducting, findings, debriefing and cancelling joint operations, checked against {@code GET …/joint-operations/state-machine}. */
@Path(JointOperationResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint operations")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated operation with its findings",
        headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = JointOperationView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "412", description = "It changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
@APIResponse(responseCode = "404", description = "No such operation in the caller's facility",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The operation's state does not allow this action; `allowedActions` lists what it allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "422", description = "A reason is required; a finding's block, WBP or incident is not the operation's; "
        + "or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "reason required", ref = "ReasonProblem"),
                @ExampleObject(name = "other block", ref = "BlockNotInOperationProblem"),
                @ExampleObject(name = "unknown WBP", ref = "UnknownInmateProblem"),
                @ExampleObject(name = "unknown incident", ref = "UnknownIncidentProblem")}))
public class JointOperationActionResource {

    @Inject
    JointOperations operations;

    @POST
    @Path("{id}/conduct")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "conductJointOperation", summary = "The operation was carried out",
            description = "From PLANNED; findings can be recorded from now on. Roles: lapas-security, lapas-head.")
    public Response conduct(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return JointOperationView.answer(operations.conduct(id, ifMatch));
    }

    @POST
    @Path("{id}/findings")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "recordJointOperationFinding", summary = "Record a finding",
            description = "From CONDUCTED (the `record-finding` action): what, how many, in which of the operation's blocks, "
                    + "the WBP it was found with (known, of this facility) and the incident recorded for it (of this facility). "
                    + "Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phones", ref = "Finding")))
    public Response recordFinding(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JointOperationRequests.NewFinding finding) {
        return JointOperationView.answer(operations.recordFinding(id, ifMatch, finding));
    }

    @POST
    @Path("{id}/debrief")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "debriefJointOperation", summary = "Close the operation with the debrief's notes",
            description = "From CONDUCTED; no findings after it. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "debrief", ref = "Debrief")))
    public Response debrief(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JointOperationRequests.Debrief debrief) {
        return JointOperationView.answer(operations.debrief(id, ifMatch, debrief));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "cancelJointOperation", summary = "Call a planned operation off, saying why",
            description = "From PLANNED. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancellation", ref = "MeetingCancellation")))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return JointOperationView.answer(operations.cancel(id, ifMatch, ActionRequests.Reason.of(reason)));
    }
}
