package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.JointOperationRequests;
import id.sinergi.liaison.command.SearchRequests;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.service.JointOperations;
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
import jakarta.ws.rs.PUT;
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

@Path(JointOperationResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint operations", description = "Joint search operations (razia gabungan) with their findings and debriefs")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class JointOperationResource {

    static final String PATH = "/api/v1/liaison/joint-operations";

    @Inject
    JointOperations operations;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "planJointOperation", summary = "Plan a joint operation",
            description = "Name, planned date and time, blocks, participating units and officers, and the Polres unit taking "
                    + "part (default: the unit covering the regency of the caller's facility). Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "blocks A and C", ref = "OperationPlan")))
    @APIResponse(responseCode = "201", description = "Planned",
            headers = {@Header(name = "Location", description = "The new operation"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = JointOperationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no name", ref = "ValidationProblem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM))
    public Response plan(@Valid @NotNull JointOperationRequests.Plan plan) {
        JointOperations.Details planned = operations.plan(plan);
        return Answers.created(uriInfo, PATH, planned.operation().id, JointOperationView.of(planned),
                planned.operation().version);
    }

    @GET
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listJointOperations", summary = "List and search joint operations",
            description = "The Lapas (security, liaison, head) sees its facility's operations; Polres those of its unit; "
                    + "auditors all. `q` finds words in the name and debrief notes. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of operations",
            content = @Content(schema = @Schema(ref = "JointOperationPage"), examples = @ExampleObject(name = "page", ref = "OperationPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-plannedFor`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "plannedFor", "-plannedFor", "createdAt", "-createdAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<JointOperationView> list(
            @Parameter(schema = @Schema(implementation = JointOperation.State.class)) @QueryParam("state") String state,
            @Parameter(description = "Planned on or after (UTC date)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Planned on or before (UTC date)", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "Words to find. Discouraged when they may name a person: a URL ends up in the access "
                    + "logs of every proxy on the way; send them in the body of `POST /api/v1/liaison/joint-operations/search`", example = "blok a") @QueryParam("q") String text,
            @BeanParam @Valid PageRequest page) {
        var criteria = new JointOperations.Criteria(QueryParameters.enumValue(JointOperation.State.class, "state", state),
                QueryParameters.date("from", from), QueryParameters.date("to", to), text);
        return operations.list(criteria, page).map(JointOperationView::of);
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchJointOperations", summary = "Search joint operations (filters in the body)",
            description = "The same search as `GET /api/v1/liaison/joint-operations` (same filters, order, paging, scope and "
                    + "roles), with the filters in a JSON body instead of the URL: `q` finds words in the name and debrief "
                    + "notes, and notes can name people. A URL, query string included, is written to the access logs of every "
                    + "proxy on the way; a body is not. A read: answers 200, needs no `Idempotency-Key`. Every field may be "
                    + "left out; an unknown field is a 400. Roles: lapas-security, lapas-liaison, lapas-head, auditor, kanwil-"
                    + "officer; Polres (own unit).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "in block A", ref = "JointOperationSearch")))
    @APIResponse(responseCode = "200", description = "A page of operations",
            content = @Content(schema = @Schema(ref = "JointOperationPage"), examples = @ExampleObject(name = "page", ref = "OperationPage")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<JointOperationView> search(@Valid @NotNull SearchRequests.JointOperationSearch request) {
        var criteria = new JointOperations.Criteria(request.state(), request.from(), request.to(), request.q());
        return operations.list(criteria, PageRequest.of(request.page(), request.size())).map(JointOperationView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getJointOperation", summary = "Read a joint operation with its findings",
            description = "A joint operation with its plan, officers, findings and state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The operation", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = JointOperationView.class),
                    examples = @ExampleObject(name = "debriefed", ref = "Operation")))
    @APIResponse(responseCode = "404", description = "No such operation, or not the caller's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return JointOperationView.answer(operations.get(id));
    }

    @PUT
    @Path("{id}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "amendJointOperation", summary = "Change a planned joint operation",
            description = "Replaces the plan (the `amend` action, PLANNED only). Needs `If-Match`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "blocks A and C", ref = "OperationPlan")))
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = JointOperationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such operation in the caller's facility",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Already conducted or cancelled",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The operation changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull JointOperationRequests.Plan plan) {
        return JointOperationView.answer(operations.amend(id, ifMatch, plan));
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeJointOperationStateMachine", summary = "The joint operation state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return JointOperation.MACHINE.describe();
    }

}
