package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.OtherCaseRequests;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.service.OtherCases;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

/**
 * Issue 21 point 2: Polres names a WBP in custody as suspect in another case; inmate-service keeps it
 * as the WBP's pending case until Polres closes it here with the outcome.
 */
@Path(OtherCaseResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Other cases", description = "WBP in custody named by Polres as suspects in other cases")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class OtherCaseResource {

    static final String PATH = "/api/v1/liaison/other-cases";

    @Inject
    OtherCases otherCases;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "reportOtherCase", summary = "Name a WBP in custody as suspect in another case",
            description = "Under the unit's police report number, with the article and what the case is. The WBP must be "
                    + "known from inmate events and in custody (409 `inmate-not-in-custody`); the same WBP and police report "
                    + "number once (409 `duplicate-other-case`). Publishes `liaison.other-case-changed`, from which "
                    + "inmate-service records a pending case. Roles: polres-officer, polres-head.")
    @APIResponse(responseCode = "201", description = "Reported",
            headers = {@Header(name = "Location", description = "The new case"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = OtherCaseView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The WBP is not in custody, or already reported under this number",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The WBP is unknown, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM))
    public Response report(@Valid @NotNull OtherCaseRequests.Report report) {
        OtherCase otherCase = otherCases.report(report);
        return Answers.created(uriInfo, PATH, otherCase.id, OtherCaseView.of(otherCase), otherCase.version);
    }

    @GET
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD})
    @Operation(operationId = "listOtherCases", summary = "List other cases",
            description = "The Lapas sees the cases of WBP it holds; Polres those its unit reported; auditors all. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of other cases", content = @Content(schema = @Schema(ref = "OtherCasePage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-createdAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"createdAt", "-createdAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<OtherCaseView> list(
            @Parameter(description = "Cases naming this WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10")
            @QueryParam("inmateId") String inmateId,
            @Parameter(schema = @Schema(implementation = OtherCase.State.class)) @QueryParam("state") String state,
            @BeanParam @Valid PageRequest page) {
        var criteria = new OtherCases.Criteria(QueryParameters.uuid("inmateId", inmateId),
                QueryParameters.enumValue(OtherCase.State.class, "state", state));
        return otherCases.list(criteria, page).map(OtherCaseView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD})
    @Operation(operationId = "getOtherCase", summary = "Read an other case",
            description = "The case with its state and outcome, and the ETag to close it.")
    @APIResponse(responseCode = "200", description = "The case", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = OtherCaseView.class)))
    @APIResponse(responseCode = "404", description = "No such case, or not the caller's facility or unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        OtherCase otherCase = otherCases.get(id);
        return Answers.ok(OtherCaseView.of(otherCase), otherCase.version);
    }

    @POST
    @Path("{id}/close")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "closeOtherCase", summary = "Close an other case with its outcome",
            description = "The case is finished for the WBP: DROPPED_SP3, RESTORATIVE_JUSTICE, ACQUITTED, CONVICTED or OTHER, "
                    + "with the reason (422 `reason-required`). Needs `If-Match`. Publishes `liaison.other-case-changed`; "
                    + "the pending case in inmate-service ends. Roles: polres-officer, polres-head of the reporting unit.")
    @APIResponse(responseCode = "200", description = "Closed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = OtherCaseView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such case of the caller's unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Already closed",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The case changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "A reason is required, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response close(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull OtherCaseRequests.Closing closing) {
        OtherCase otherCase = otherCases.close(id, ifMatch, closing);
        return Answers.ok(OtherCaseView.of(otherCase), otherCase.version);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeOtherCaseStateMachine", summary = "The other-case state machine",
            description = "Polres's transitions, the roles that may take each and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return OtherCase.MACHINE.describe();
    }
}
