package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.SearchRequests;
import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.service.ActionItems;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

import java.time.LocalDate;
import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path(ActionItemResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Action items", description = "Action items of coordination meetings, overdue ones per agency")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class ActionItemResource {

    static final String PATH = "/api/v1/liaison/action-items";
    private static final String READERS_DESCRIPTION = "The Lapas (liaison, security, head) sees its facility's items; Polres "
            + "those of its unit's meetings; auditors all.";

    @Inject
    FacilityClock clock;

    @Inject
    ActionItems items;

    @GET
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listActionItems", summary = "List and search action items; overdue ones per agency",
            description = READERS_DESCRIPTION + " Overdue per agency: `overdue=true&ownerAgency=POLRES` (open or in progress "
                    + "past `dueOn`). `q` finds words in the description and assignee. Ordered by owner agency, then due date.")
    @APIResponse(responseCode = "200", description = "A page of action items",
            content = @Content(schema = @Schema(ref = "ActionItemPage"), examples = @ExampleObject(name = "page", ref = "ActionItemPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `ownerAgency` (then the due date)."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "ownerAgency", "-ownerAgency", "dueOn", "-dueOn",
                    "createdAt", "-createdAt", "updatedAt", "-updatedAt",
                    "changes"}))
    public Page<ActionItemView> list(
            @Parameter(schema = @Schema(implementation = ActionItem.State.class)) @QueryParam("state") String state,
            @Parameter(description = "true: open or in progress past the due date", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "Owner agency", example = "POLRES") @QueryParam("ownerAgency") String ownerAgency,
            @Parameter(description = "One meeting's items", example = "7a8b9c0d-1e2f-4a3b-9c4d-5e6f7a8b9c0e")
            @QueryParam("meetingId") String meetingId,
            @Parameter(description = "Due on or after", example = "2026-12-01") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due on or before", example = "2026-12-31") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "Words to find. Discouraged when they may name a person: a URL ends up in the access "
                    + "logs of every proxy on the way; send them in the body of `POST /api/v1/liaison/action-items/search`", example = "patroli") @QueryParam("q") String text,
            @BeanParam @Valid PageRequest page) {
        var criteria = new ActionItems.Criteria(QueryParameters.enumValue(ActionItem.State.class, "state", state),
                QueryParameters.flag("overdue", overdue), ownerAgency, QueryParameters.uuid("meetingId", meetingId),
                QueryParameters.date("dueFrom", dueFrom), QueryParameters.date("dueTo", dueTo), text);
        return items.list(criteria, page).map(item -> ActionItemView.of(item, clock.today()));
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchActionItems", summary = "Search action items (filters in the body)",
            description = "The same search as `GET /api/v1/liaison/action-items` (same filters, order, paging, scope and roles), "
                    + "with the filters in a JSON body instead of the URL: `q` finds words in the description and assignee, and"
                    + " an assignee is a person. A URL, query string included, is written to the access logs of every proxy on "
                    + "the way; a body is not. A read: answers 200, needs no `Idempotency-Key`. Every field may be left out; an"
                    + " unknown field is a 400. Roles: lapas-liaison, lapas-security, lapas-head, auditor, kanwil-officer; "
                    + "Polres (own unit).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "overdue for Polres", ref = "ActionItemSearch")))
    @APIResponse(responseCode = "200", description = "A page of action items",
            content = @Content(schema = @Schema(ref = "ActionItemPage"), examples = @ExampleObject(name = "page", ref = "ActionItemPage")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<ActionItemView> search(@Valid @NotNull SearchRequests.ActionItemSearch request) {
        var criteria = new ActionItems.Criteria(request.state(), request.overdue(), request.ownerAgency(), request.meetingId(),
                request.dueFrom(), request.dueTo(), request.q());
        return items.list(criteria, PageRequest.of(request.page(), request.size())).map(item -> ActionItemView.of(item, clock.today()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getActionItem", summary = "Read an action item", description = READERS_DESCRIPTION)
    @APIResponse(responseCode = "200", description = "The action item", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = ActionItemView.class),
                    examples = @ExampleObject(name = "in progress", ref = "ActionItem")))
    @APIResponse(responseCode = "404", description = "No such action item, or not the caller's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return answer(items.get(id), clock.today());
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeActionItemStateMachine", summary = "The action item state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return ActionItem.MACHINE.describe();
    }

    static Response answer(ActionItem item, LocalDate today) {
        return Answers.ok(ActionItemView.of(item, today), item.version);
    }
}
