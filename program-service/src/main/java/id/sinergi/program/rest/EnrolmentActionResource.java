package id.sinergi.program.rest;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.program.command.ActionRequest;
import id.sinergi.program.command.CompletionRequest;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.service.Enrolments;
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
 * An enrolment's state changes, as explicit actions checked against {@link EnrolmentMachine}
 * ({@code GET /api/v1/enrolments/state-machine}) in the platform's order: a role the table does not
 * name answers 403, an unknown enrolment 404, a missing or stale If-Match 428 or 412, a state that
 * does not allow the action 409 with the allowed actions, a missing required reason 422.
 */
@Path("/api/v1/enrolments")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolment actions", description = "Approve, suspend, resume, complete and withdraw enrolments")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the enrolment", headers = @Header(name = "ETag", description = "Its new version"),
        content = @Content(schema = @Schema(implementation = Views.EnrolmentView.class),
                examples = @ExampleObject(name = "active", ref = "Enrolment")))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The state does not allow it; `allowedActions` lists what does",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "422", description = "A reason is required (`reason-required`), a rule is broken (see `type`), or "
        + "the Idempotency-Key was reused",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "reason", ref = "ReasonProblem")))
public class EnrolmentActionResource {

    @Inject
    Enrolments enrolments;

    @POST
    @Path("{id}/approve")
    @Idempotent
    @Operation(operationId = "approveEnrolment", summary = "Approve a request: a place, or the waiting list",
            description = "ACTIVE when the programme has a free place, WAITLISTED when it is full (places are counted under the "
                    + "programme's lock, so capacity is never exceeded however many approvals arrive at once). Eligibility is "
                    + "checked again (422 `inmate-not-eligible`). Publishes `program.enrolment-changed`. Roles: "
                    + "lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, EnrolmentMachine.APPROVE, request, ifMatch);
    }

    @POST
    @Path("{id}/suspend")
    @Idempotent
    @Operation(operationId = "suspendEnrolment", summary = "Pause an ACTIVE enrolment",
            description = "Needs a reason. The WBP keeps the place. Publishes `program.enrolment-changed`. Roles: "
                    + "lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "suspend", ref = "Suspend")))
    public Response suspend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, EnrolmentMachine.SUSPEND, request, ifMatch);
    }

    @POST
    @Path("{id}/resume")
    @Idempotent
    @Operation(operationId = "resumeEnrolment", summary = "Resume a SUSPENDED enrolment",
            description = "Back to ACTIVE in the place kept. Publishes `program.enrolment-changed`. Roles: lapas-program-officer, "
                    + "lapas-head. " + Responses.ACTION_NOTE)
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, EnrolmentMachine.RESUME, request, ifMatch);
    }

    @POST
    @Path("{id}/withdraw")
    @Idempotent
    @Operation(operationId = "withdrawEnrolment", summary = "Withdraw a request, a waiting-list entry or a participant",
            description = "Needs a reason. A place it frees goes to the first on the waiting list at once. Publishes "
                    + "`program.enrolment-changed` (and one for the WBP promoted). Roles: lapas-program-officer, lapas-head. "
                    + Responses.ACTION_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "withdraw", ref = "Withdraw")))
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid ActionRequest request) {
        return act(id, EnrolmentMachine.WITHDRAW, request, ifMatch);
    }

    @POST
    @Path("{id}/complete")
    @Idempotent
    @Operation(operationId = "completeEnrolment", summary = "Complete an ACTIVE enrolment: final assessment and certificate",
            description = "Records the final assessment (score 0–100 and notes, both optional) and issues the next certificate "
                    + "number of the programme, `SRT-<code>-<4-digit sequence>` (no gaps). The place goes to the waiting list. "
                    + "Publishes `program.completed`. Roles: lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "completion", ref = "Completion")))
    @APIResponse(responseCode = "200", description = "Completed", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(schema = @Schema(implementation = Views.EnrolmentView.class),
                    examples = @ExampleObject(name = "completed", ref = "EnrolmentCompleted")))
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid CompletionRequest request) {
        return Responses.enrolment(enrolments.complete(id, request != null ? request : CompletionRequest.NONE, ifMatch));
    }

    @POST
    @Path("{id}/co-signature")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "coSignCompletion", summary = "Co-sign a completion for the co-organising Polres unit",
            description = "Integrated pembinaan: the Polres unit that co-organises the programme co-signs the certificate of a "
                    + "COMPLETED enrolment, once; the completion then shows the Lapas's issuer (`issuedBy`) and the "
                    + "`coSignature` (unit, officer, time). No body. An enrolment of a programme the caller's unit does not "
                    + "co-organise is 404. Publishes `program.completion-co-signed`. Roles: polres-officer, polres-head. "
                    + Responses.ACTION_NOTE)
    @APIResponse(responseCode = "200", description = "Co-signed", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(schema = @Schema(implementation = Views.EnrolmentView.class),
                    examples = @ExampleObject(name = "co-signed", ref = "EnrolmentCoSigned")))
    @APIResponse(responseCode = "409", description = "Already co-signed (`already-co-signed`)",
            content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "422", description = "The enrolment is not COMPLETED (`enrolment-not-completed`), or the "
            + "Idempotency-Key was reused", content = @Content(mediaType = Responses.PROBLEM))
    public Response coSign(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return Responses.enrolment(enrolments.coSign(id, ifMatch));
    }

    private Response act(UUID id, String action, ActionRequest request, String ifMatch) {
        return Responses.enrolment(enrolments.act(id, action, ActionRequest.reasonOf(request), ifMatch));
    }
}
