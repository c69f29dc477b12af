package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.MeetingRequests;
import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.service.Meetings;
import id.sinergi.platform.time.FacilityClock;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
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

/** Minutes, cancellation and later action items of meetings, checked against {@code GET …/meetings/state-machine}. */
@Path(MeetingResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Meetings")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "412", description = "It changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
@APIResponse(responseCode = "404", description = "No such meeting in the caller's facility",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The meeting's state does not allow this action; `allowedActions` lists what it allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
public class MeetingActionResource {

    @Inject
    FacilityClock clock;

    @Inject
    Meetings meetings;

    @Context
    UriInfo uriInfo;

    @POST
    @Path("{id}/record-minutes")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "recordMeetingMinutes", summary = "Record that the meeting was held",
            description = "From SCHEDULED, once it has started: the attendees present, the minutes, decisions and action items "
                    + "(each due no earlier than the meeting's day). Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "minutes", ref = "Minutes")))
    @APIResponse(responseCode = "200", description = "Held: the meeting with its action items",
            headers = @Header(name = "ETag", description = "The new version"), content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "Not started yet, an action item due before the meeting, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "not held yet", ref = "NotHeldYetProblem"),
                    @ExampleObject(name = "due before", ref = "DueBeforeMeetingProblem")}))
    public Response recordMinutes(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequests.Minutes minutes) {
        return MeetingView.answer(meetings.recordMinutes(id, ifMatch, minutes));
    }

    @POST
    @Path("{id}/action-items")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "addMeetingActionItem", summary = "Add an action item to a held meeting",
            description = "From HELD (the `add-action-item` action); `If-Match` is the meeting's ETag. Answers the new item. "
                    + "Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "action item", ref = "NewActionItem")))
    @APIResponse(responseCode = "201", description = "Added",
            headers = {@Header(name = "Location", description = "The new action item"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = ActionItemView.class)))
    @APIResponse(responseCode = "422", description = "Due before the meeting, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "due before", ref = "DueBeforeMeetingProblem")))
    public Response addActionItem(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull MeetingRequests.NewActionItem item) {
        ActionItem added = meetings.addActionItem(id, ifMatch, item);
        return Answers.created(uriInfo, ActionItemResource.PATH, added.id, ActionItemView.of(added, clock.today()), added.version);
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "cancelMeeting", summary = "Call a scheduled meeting off, saying why",
            description = "From SCHEDULED. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cancellation", ref = "MeetingCancellation")))
    @APIResponse(responseCode = "200", description = "Cancelled", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = MeetingView.class)))
    @APIResponse(responseCode = "422", description = "A reason is required, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "reason required", ref = "ReasonProblem")))
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return MeetingView.answer(meetings.cancel(id, ifMatch, ActionRequests.Reason.of(reason)));
    }
}
