package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.MeetingRequests;
import id.sinergi.liaison.command.SearchRequests;
import id.sinergi.liaison.domain.Meeting;
import id.sinergi.liaison.service.Meetings;
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

@Path(MeetingResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings", description = "Coordination meetings (rapat koordinasi): attendees, minutes, decisions, action items")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class MeetingResource {

    static final String PATH = "/api/v1/liaison/meetings";

    @Inject
    Meetings meetings;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "scheduleMeeting", summary = "Schedule a coordination meeting",
            description = "Title, start, place, agenda, invited attendees and the Polres unit taking part (default: the unit "
                    + "covering the regency of the caller's facility). Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarterly", ref = "MeetingSchedule")))
    @APIResponse(responseCode = "201", description = "Scheduled",
            headers = {@Header(name = "Location", description = "The new meeting"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no title", ref = "ValidationProblem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM))
    public Response schedule(@Valid @NotNull MeetingRequests.Schedule schedule) {
        Meetings.Details scheduled = meetings.schedule(schedule);
        return Answers.created(uriInfo, PATH, scheduled.meeting().id, MeetingView.of(scheduled), scheduled.meeting().version);
    }

    @GET
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listMeetings", summary = "List and search coordination meetings",
            description = "The Lapas (liaison, security, head) sees its facility's meetings; Polres those of its unit; auditors "
                    + "all. `q` finds words in the title, place and minutes. Newest first.")
    @APIResponse(responseCode = "200", description = "A page of meetings",
            content = @Content(schema = @Schema(ref = "MeetingPage"), examples = @ExampleObject(name = "page", ref = "MeetingPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-startsAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"startsAt", "-startsAt", "createdAt", "-createdAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<MeetingView> list(
            @Parameter(schema = @Schema(implementation = Meeting.State.class)) @QueryParam("state") String state,
            @Parameter(description = "Starting on or after (UTC date)", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "Starting on or before (UTC date)", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = "Words to find. Discouraged when they may name a person: a URL ends up in the access "
                    + "logs of every proxy on the way; send them in the body of `POST /api/v1/liaison/meetings/search`", example = "razia") @QueryParam("q") String text,
            @BeanParam @Valid PageRequest page) {
        var criteria = new Meetings.Criteria(QueryParameters.enumValue(Meeting.State.class, "state", state),
                QueryParameters.date("from", from), QueryParameters.date("to", to), text);
        return meetings.list(criteria, page).map(MeetingView::of);
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchMeetings", summary = "Search coordination meetings (filters in the body)",
            description = "The same search as `GET /api/v1/liaison/meetings` (same filters, order, paging, scope and roles), with "
                    + "the filters in a JSON body instead of the URL: `q` finds words in the title, place and minutes, and "
                    + "minutes can name people. A URL, query string included, is written to the access logs of every proxy on "
                    + "the way; a body is not. A read: answers 200, needs no `Idempotency-Key`. Every field may be left out; an"
                    + " unknown field is a 400. Roles: lapas-liaison, lapas-security, lapas-head, auditor, kanwil-officer; "
                    + "Polres (own unit).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "razia meetings in November", ref = "MeetingSearch")))
    @APIResponse(responseCode = "200", description = "A page of meetings",
            content = @Content(schema = @Schema(ref = "MeetingPage"), examples = @ExampleObject(name = "page", ref = "MeetingPage")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<MeetingView> search(@Valid @NotNull SearchRequests.MeetingSearch request) {
        var criteria = new Meetings.Criteria(request.state(), request.from(), request.to(), request.q());
        return meetings.list(criteria, PageRequest.of(request.page(), request.size())).map(MeetingView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getMeeting", summary = "Read a meeting with its action items",
            description = "A meeting with its attendees, minutes, action items and state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The meeting", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = MeetingView.class),
                    examples = @ExampleObject(name = "held", ref = "Meeting")))
    @APIResponse(responseCode = "404", description = "No such meeting, or not the caller's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return MeetingView.answer(meetings.get(id));
    }

    @PUT
    @Path("{id}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "amendMeeting", summary = "Change a scheduled meeting",
            description = "Replaces the date, place, agenda, invited attendees and Polres unit (the `amend` action, SCHEDULED "
                    + "only). Needs `If-Match`. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "quarterly", ref = "MeetingSchedule")))
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such meeting in the caller's facility",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Already held or cancelled",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The meeting changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequests.Schedule schedule) {
        return MeetingView.answer(meetings.amend(id, ifMatch, schedule));
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeMeetingStateMachine", summary = "The meeting state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return Meeting.MACHINE.describe();
    }

}
