package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.InfoRequestRequests;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.service.InfoRequests;
import id.sinergi.platform.audit.AccessLog;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import id.sinergi.liaison.service.Scope;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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

@Path(InfoRequestResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Information requests", description = "Purpose-bound requests from Polres for information about a WBP")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class InfoRequestResource {

    static final String PATH = "/api/v1/liaison/info-requests";

    @Inject
    AccessLog accessLog;

    @Inject
    FacilityClock clock;

    @Inject
    InfoRequests requests;

    @Inject
    Scope scope;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "submitInfoRequest", summary = "Ask the Lapas for information about a WBP",
            description = "The caller is the requesting officer, the token's unit the requesting unit. Give the purpose, the "
                    + "legal basis (letter number; police report number in an investigation), the data wanted and when it is "
                    + "needed. The Lapas should answer within the configured time (default 3 days), after which the request "
                    + "shows as overdue. Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "investigation", ref = "InfoRequestSubmission")))
    @APIResponse(responseCode = "201", description = "Submitted",
            headers = {@Header(name = "Location", description = "The new request"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = InfoRequestView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no purpose", ref = "ValidationProblem")))
    @APIResponse(responseCode = "422", description = "The WBP is unknown, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown WBP", ref = "UnknownInmateProblem")))
    public Response submit(@Valid @NotNull InfoRequestRequests.Submission submission) {
        InfoRequest request = requests.submit(submission);
        return Answers.created(uriInfo, PATH, request.id, InfoRequestView.of(request, clock.timestamp()), request.version);
    }

    @GET
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listInfoRequests", summary = "List information requests",
            description = "Polres sees its unit's requests; the Lapas (liaison, head) every request about its facility's "
                    + "WBP; auditors all. Waiting ones: `state=SUBMITTED`; past the answer deadline: `overdue=true`. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of requests",
            content = @Content(schema = @Schema(ref = "InfoRequestPage"), examples = @ExampleObject(name = "page", ref = "InfoRequestPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-submittedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"submittedAt", "-submittedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<InfoRequestView> list(
            @Parameter(schema = @Schema(implementation = InfoRequest.State.class)) @QueryParam("state") String state,
            @Parameter(description = "true: submitted and past the answer deadline", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "One WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Submitted on or after (UTC date)", example = "2026-11-01") @QueryParam("submittedFrom") String from,
            @Parameter(description = "Submitted on or before (UTC date)", example = "2026-11-30") @QueryParam("submittedTo") String to,
            @Parameter(description = "One facility of the caller's scope (another facility's: 404)", example = "LAPAS-AMUNTAI")
            @QueryParam("facility") String facility,
            @Parameter(description = "true: approved or rejected by the answer deadline (`SINERGI_LIAISON_ANSWER_WITHIN` after "
                    + "submission); false: decided after it", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("answeredOnTime") String answeredOnTime,
            @BeanParam @Valid PageRequest page) {
        var criteria = new InfoRequests.Criteria(QueryParameters.enumValue(InfoRequest.State.class, "state", state),
                QueryParameters.flag("overdue", overdue), QueryParameters.uuid("inmateId", inmateId),
                QueryParameters.date("submittedFrom", from), QueryParameters.date("submittedTo", to), facility,
                QueryParameters.flag("answeredOnTime", answeredOnTime));
        boolean basic = scope.isBasicViewOnly();
        return requests.list(criteria, page).map(request -> InfoRequestView.of(request, clock.timestamp(), basic));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getInfoRequest", summary = "Read an information request",
            description = "An information request with its purpose, what was asked and provided, its state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The request", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = InfoRequestView.class),
                    examples = @ExampleObject(name = "approved", ref = "InfoRequest")))
    @APIResponse(responseCode = "404", description = "No such request, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        InfoRequest request = requests.get(id);
        return Answers.ok(InfoRequestView.of(request, clock.timestamp(), scope.isBasicViewOnly()), request.version);
    }

    @GET
    @Path("{id}/programmes")
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "getInfoRequestProgrammes", summary = "The WBP's programme participation an approved request opens",
            description = "Only for the officer who made the request, while it is APPROVED and its access has not expired, and "
                    + "only if it asked for PROGRAMMES (else 403); another unit's request is 404. Each read is in the access log. Roles: polres-officer, "
                    + "polres-head.")
    @APIResponse(responseCode = "200", description = "The programmes",
            content = @Content(schema = @Schema(implementation = InfoRequestProgrammesView.class)))
    @APIResponse(responseCode = "404", description = "No such request, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public InfoRequestProgrammesView programmes(@PathParam("id") UUID id) {
        InfoRequests.Programmes opened = requests.programmes(id);
        accessLog.record(opened.request().inmateId, "information request " + id, LiaisonAccessLogResource.PROGRAMMES);
        return InfoRequestProgrammesView.of(opened);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeInfoRequestStateMachine", summary = "The information request state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return InfoRequest.MACHINE.describe();
    }
}
