package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.IncidentRequests;
import id.sinergi.liaison.command.SearchRequests;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.service.Incidents;
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

@Path(IncidentResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents", description = "Security and order incidents (kamtib) shared with Polres and its follow-up")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class IncidentResource {

    static final String PATH = "/api/v1/liaison/incidents";

    @Inject
    Incidents incidents;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "reportIncident", summary = "Record a security incident",
            description = "Type, time, place, severity, description, evidence references and the WBP involved with their "
                    + "role (each known from inmate events and held in the caller's facility, else 422). With "
                    + "`shareWithPolres` it is shared at once with the Polres unit covering the regency of the caller's facility "
                    + "(`polresUnit`; the configured unit when that is not known) and "
                    + "`liaison.incident-reported` is published; otherwise it stays REPORTED until shared or closed. "
                    + "Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contraband phone", ref = "IncidentReport")))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = {@Header(name = "Location", description = "The new incident"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no place", ref = "ValidationProblem")))
    @APIResponse(responseCode = "422", description = "A WBP is unknown or named twice (`duplicate-entry`), or the "
            + "Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown WBP", ref = "UnknownInvolvedProblem")))
    public Response report(@Valid @NotNull IncidentRequests.Report report) {
        Incident incident = incidents.report(report);
        return Answers.created(uriInfo, PATH, incident.id, IncidentView.of(incident), incident.version);
    }

    @GET
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listIncidents", summary = "List and search incidents",
            description = "The Lapas (security, liaison, head) sees every incident of its facility; Polres only those shared "
                    + "with its unit; auditors all. `policeStatus` selects shared incidents by Polres's follow-up. `q` finds words in the place, description and police report number. "
                    + "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of incidents",
            content = @Content(schema = @Schema(ref = "IncidentPage"), examples = @ExampleObject(name = "page", ref = "IncidentPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-occurredAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "occurredAt", "-occurredAt", "createdAt", "-createdAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<IncidentView> list(
            @Parameter(schema = @Schema(implementation = Incident.State.class)) @QueryParam("state") String state,
            @Parameter(description = "true: not CLOSED; false: CLOSED", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("open") String open,
            @Parameter(schema = @Schema(implementation = Incident.Type.class)) @QueryParam("type") String type,
            @Parameter(schema = @Schema(implementation = Incident.Severity.class)) @QueryParam("severity") String severity,
            @Parameter(description = "true: shared with Polres", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("shared") String shared,
            @Parameter(description = "Polres's follow-up status of a shared incident (what the summary's "
                    + "`incidents.byPoliceStatus` counts)",
                    schema = @Schema(enumeration = {"RECEIVED", "UNDER_INVESTIGATION", "CHARGED", "CLOSED"}))
            @QueryParam("policeStatus") String policeStatus,
            @Parameter(description = "Incidents involving this WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10")
            @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Occurred on or after (UTC date)", example = "2026-11-01") @QueryParam("occurredFrom") String from,
            @Parameter(description = "Occurred on or before (UTC date)", example = "2026-11-30") @QueryParam("occurredTo") String to,
            @Parameter(description = "Words to find. Discouraged when they may name a person: a URL ends up in the access "
                    + "logs of every proxy on the way; send them in the body of `POST /api/v1/liaison/incidents/search`", example = "telepon blok a") @QueryParam("q") String text,
            @Parameter(description = "One facility of the caller's scope (another facility's: 404)", example = "LAPAS-AMUNTAI")
            @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        var criteria = new Incidents.Criteria(QueryParameters.enumValue(Incident.State.class, "state", state),
                QueryParameters.flag("open", open), QueryParameters.enumValue(Incident.Type.class, "type", type),
                QueryParameters.enumValue(Incident.Severity.class, "severity", severity), QueryParameters.flag("shared", shared),
                QueryParameters.uuid("inmateId", inmateId), QueryParameters.date("occurredFrom", from),
                QueryParameters.date("occurredTo", to), text, policeStatus(policeStatus), facility);
        return IncidentView.of(incidents.list(criteria, page));
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchIncidents", summary = "Search incidents (filters in the body)",
            description = "The same search as `GET /api/v1/liaison/incidents` (same filters, order, paging, scope and roles), with "
                    + "the filters in a JSON body instead of the URL: `q` finds words in the place, description and police "
                    + "report number, and a description can name a WBP. A URL, query string included, is written to the access "
                    + "logs of every proxy on the way; a body is not. A read: answers 200, needs no `Idempotency-Key`. Every "
                    + "field may be left out; an unknown field is a 400. Roles: lapas-security, lapas-liaison, lapas-head, "
                    + "auditor, kanwil-officer; Polres: incidents shared with its unit.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phone in block A", ref = "IncidentSearch")))
    @APIResponse(responseCode = "200", description = "A page of incidents",
            content = @Content(schema = @Schema(ref = "IncidentPage"), examples = @ExampleObject(name = "page", ref = "IncidentPage")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<IncidentView> search(@Valid @NotNull SearchRequests.IncidentSearch request) {
        var criteria = new Incidents.Criteria(request.state(), request.open(), request.type(), request.severity(),
                request.shared(), request.inmateId(), request.occurredFrom(), request.occurredTo(), request.q(),
                request.policeStatus() == null ? null : Incident.State.valueOf(request.policeStatus()), request.facility());
        return IncidentView.of(incidents.list(criteria, PageRequest.of(request.page(), request.size())));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getIncident", summary = "Read an incident",
            description = "An incident with its WBP, Polres follow-up and state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The incident", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = IncidentView.class),
                    examples = @ExampleObject(name = "under investigation", ref = "Incident")))
    @APIResponse(responseCode = "404", description = "No such incident, or not shared with the caller's unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        Incident incident = incidents.get(id);
        return Answers.ok(IncidentView.of(incident), incident.version);
    }

    @PUT
    @Path("{id}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "amendIncident", summary = "Correct an incident before it is shared",
            description = "Replaces the details (the `amend` action, REPORTED only). With `shareWithPolres` it is shared too. "
                    + "Needs `If-Match`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "contraband phone", ref = "IncidentReport")))
    @APIResponse(responseCode = "200", description = "Corrected", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = IncidentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such incident in the caller's facility",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Already shared or closed",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The incident changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "A WBP is unknown or named twice, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown WBP", ref = "UnknownInvolvedProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull IncidentRequests.Report report) {
        Incident incident = incidents.amend(id, ifMatch, report);
        return Answers.ok(IncidentView.of(incident), incident.version);
    }

    private static Incident.State policeStatus(String value) {
        Incident.State status = QueryParameters.enumValue(Incident.State.class, "policeStatus", value);
        if (status != null && !Incident.POLICE_STATUSES.contains(status)) {
            throw QueryParameters.invalid("policeStatus", value, "one-of", Incident.POLICE_STATUSES);
        }
        return status;
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeIncidentStateMachine", summary = "The incident state machine",
            description = "The Lapas's and Polres's transitions, the roles that may take each and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return Incident.MACHINE.describe();
    }
}
