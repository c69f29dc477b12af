package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.command.DetentionRequestRequests;
import id.sinergi.liaison.domain.DetentionRequest;
import id.sinergi.liaison.service.DetentionRequests;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
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
 * Issue 20 point 2: detention orders a Polres unit sends for a WBP it detains. The registrar confirms
 * one by recording it in inmate-service ({@code POST /api/v1/inmates/{id}/detention-extensions} or
 * {@code detention-handovers} with {@code liaisonRequestId}), or rejects it here.
 */
@Path(DetentionRequestResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Detention requests", description = "Extension and handover orders of detainees sent by the detaining Polres unit")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class DetentionRequestResource {

    static final String PATH = "/api/v1/liaison/detention-requests";

    @Inject
    DetentionRequests requests;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "submitDetentionRequest", summary = "Send an extension or handover order of a detainee",
            description = "The order as signed: number, date, who issued it, the new last day (and for a handover the next "
                    + "stage). Only for a WBP in custody (409 `inmate-not-in-custody`), a detainee (422 `not-a-detainee`) "
                    + "detained by a Polres unit (422 `not-detained-by-polres`). Nothing changes in the register until the "
                    + "registrar records the order. Publishes `liaison.detention-request-changed` (SUBMITTED). "
                    + "Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extension", ref = "DetentionRequestSubmission")))
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = {@Header(name = "Location", description = "The new request"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = DetentionRequestView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The WBP is not in custody",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "released", ref = "NotInCustodyProblem")))
    @APIResponse(responseCode = "422", description = "Unknown WBP, not a detainee, not detained by Polres, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "unknown WBP", ref = "UnknownInmateProblem"),
                    @ExampleObject(name = "not Polres", ref = "NotDetainedByPolresProblem")}))
    public Response submit(@Valid @NotNull DetentionRequestRequests.Submission submission) {
        DetentionRequest request = requests.submit(submission);
        return Answers.created(uriInfo, PATH, request.id, DetentionRequestView.of(request), request.version);
    }

    @GET
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_REGISTRAR, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD,
            Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listDetentionRequests", summary = "List detention requests",
            description = "Polres sees its unit's requests; the Lapas (registrar, liaison, head) every request of its facility; "
                    + "auditors all. To record: `state=SUBMITTED`. Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(schema = @Schema(ref = "DetentionRequestPage"),
                    examples = @ExampleObject(name = "page", ref = "DetentionRequestPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `submittedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"submittedAt", "-submittedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<DetentionRequestView> list(
            @Parameter(schema = @Schema(implementation = DetentionRequest.State.class)) @QueryParam("state") String state,
            @Parameter(description = "One WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @QueryParam("inmateId") String inmateId,
            @BeanParam @Valid PageRequest page) {
        var criteria = new DetentionRequests.Criteria(QueryParameters.enumValue(DetentionRequest.State.class, "state", state),
                QueryParameters.uuid("inmateId", inmateId));
        return requests.list(criteria, page).map(DetentionRequestView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_REGISTRAR, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD,
            Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getDetentionRequest", summary = "Read a detention request",
            description = "The order sent, its state and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = DetentionRequestView.class),
                    examples = @ExampleObject(name = "confirmed", ref = "DetentionRequest")))
    @APIResponse(responseCode = "404", description = "No such request, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        DetentionRequest request = requests.get(id);
        return Answers.ok(DetentionRequestView.of(request), request.version);
    }

    @POST
    @Path("{id}/reject")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD})
    @Operation(operationId = "rejectDetentionRequest", summary = "Do not record the order, saying why",
            description = "Publishes `liaison.detention-request-changed` (REJECTED). To confirm, record the order in "
                    + "inmate-service with `liaisonRequestId`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "rejection", ref = "Rejection")))
    @APIResponse(responseCode = "200", description = "Done: the updated request",
            headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = DetentionRequestView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such request",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "The request's state does not allow it (already confirmed or rejected)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The request changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "A reason is required, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "reason required", ref = "ReasonProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response reject(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        DetentionRequest request = requests.reject(id, ifMatch, ActionRequests.Reason.of(reason));
        return Answers.ok(DetentionRequestView.of(request), request.version);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeDetentionRequestStateMachine", summary = "The detention request state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return DetentionRequest.MACHINE.describe();
    }
}
