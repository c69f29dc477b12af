package id.sinergi.program.rest;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.program.command.ProgrammeRequest;
import id.sinergi.program.command.ProgrammeUpdate;
import id.sinergi.program.domain.ProgrammeCategory;
import id.sinergi.program.domain.ProgrammeMachine;
import id.sinergi.program.domain.ProgrammeStatus;
import id.sinergi.program.service.Programmes;
import id.sinergi.program.service.Statistics;
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

/**
 * The programme catalogue. Lapas staff and facility auditors read their facility's; its programme
 * officers and head write it. Polres officers read only the programmes their unit co-organises, in
 * any facility; the Kanwil officer and the regional auditor read every facility's. Whatever is
 * outside the caller's scope is 404 to them and absent from their lists.
 */
@Path("/api/v1/programs")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programmes", description = "The catalogue of rehabilitation programmes (pembinaan) and their lifecycle")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation (Polres roles only read)",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class ProgrammeResource {

    @Inject
    Programmes programmes;

    @Inject
    Statistics statistics;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD})
    @Operation(operationId = "createProgramme", summary = "Add a programme to the catalogue",
            description = "The programme starts as DRAFT; `open` it for enrolment. It belongs to the creator's facility (the "
                    + "token's `unit`): only that facility's staff run it and only its WBP join it. Its code is unique in the "
                    + "region and names its certificates (`SRT-<code>-0001`). Roles: lapas-program-officer, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "legal awareness", ref = "ProgrammeRequest")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The new programme"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = Views.ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "invalid", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The code is taken",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "duplicate", ref = "DuplicateCodeProblem")))
    @APIResponse(responseCode = "422", description = "It ends before it starts (`ends-before-start`), or the Idempotency-Key was reused",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "dates", ref = "RuleProblem")))
    public Response create(@Valid @NotNull ProgrammeRequest request) {
        Programmes.Details created = programmes.create(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/programs").path(created.programme().id.toString()).build())
                .tag(ETags.of(created.programme().version))
                .entity(Views.ProgrammeView.of(created))
                .build();
    }

    @GET
    @Operation(operationId = "listProgrammes", summary = "The catalogue",
            description = "Programmes by start date, then code; filter by status and category. Lapas staff and facility "
                    + "auditors see their facility's programmes; a Polres officer those their unit co-organises, in any "
                    + "facility; the Kanwil officer and the regional auditor every facility's.")
    @APIResponse(responseCode = "200", description = "A page of programmes",
            content = @Content(schema = @Schema(ref = "ProgrammePage"), examples = @ExampleObject(name = "programmes", ref = "Programmes")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `startsOn` (then `code`)."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "startsOn", "-startsOn", "code", "-code",
                    "name", "-name", "createdAt", "-createdAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<Views.ProgrammeView> list(
            @Parameter(schema = @Schema(implementation = ProgrammeStatus.class)) @QueryParam("status") String status,
            @Parameter(schema = @Schema(implementation = ProgrammeCategory.class)) @QueryParam("category") String category,
            @BeanParam @Valid PageRequest page) {
        return programmes.list(QueryParameters.enumValue(ProgrammeStatus.class, "status", status),
                QueryParameters.enumValue(ProgrammeCategory.class, "category", category), page)
                .map(Views.ProgrammeView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getProgramme", summary = "Read a programme", description = "With its facility, its places and the "
                    + "actions its status allows. 404 to staff of another facility, and to a Polres officer unless their unit "
                    + "co-organises it.")
    @APIResponse(responseCode = "200", description = "The programme", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = Views.ProgrammeView.class),
                    examples = @ExampleObject(name = "running", ref = "Programme")))
    @APIResponse(responseCode = "404", description = "No such programme, or outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        return Responses.programme(programmes.get(id));
    }

    @PUT
    @Path("{id}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD})
    @Operation(operationId = "updateProgramme", summary = "Change a programme",
            description = "Replaces everything but the code and the category; needs `If-Match` with the ETag last read. More "
                    + "places go to the waiting list at once; the capacity may not go below the places taken. Not once the "
                    + "programme is COMPLETED or CANCELLED. Roles: lapas-program-officer, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "more places", ref = "ProgrammeUpdate")))
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = Views.ProgrammeView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such programme, or outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The programme is COMPLETED or CANCELLED",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "closed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The programme changed since it was read",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "`capacity-below-places-taken`, `ends-before-start`, or the Idempotency-Key was reused",
            content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid @NotNull ProgrammeUpdate request) {
        return Responses.programme(programmes.update(id, ifMatch, request));
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeProgrammeStateMachine", summary = "A programme's lifecycle and who may move it",
            description = "Every status and allowed transition, for integrators.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return ProgrammeMachine.MACHINE.describe();
    }

    @GET
    @Path("{id}/statistics")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getProgrammeStatistics", summary = "How a programme is doing",
            description = "Enrolments by state, WBP enrolled (ever took a place), completion rate (completed / enrolled), "
                    + "attendance rate (present / recorded), mean final score, sessions scheduled and held. Of the "
                    + "caller's facility for Lapas staff and facility auditors; of any facility for the Kanwil officer and "
                    + "the regional auditor.")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = Views.StatisticsView.class),
                    examples = @ExampleObject(name = "statistics", ref = "Statistics")))
    @APIResponse(responseCode = "404", description = "No such programme, or outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public Views.StatisticsView statistics(@PathParam("id") UUID id) {
        return Views.StatisticsView.of(statistics.of(id));
    }
}
