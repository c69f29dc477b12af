package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.liaison.service.Notifications;
import id.sinergi.liaison.service.Scope;
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
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path("/api/v1/liaison/notifications")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications", description = "Release and detention-expiry notifications (pemberitahuan pembebasan)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class NotificationResource {

    @Inject
    AccessLog accessLog;

    @Inject
    FacilityClock clock;

    @Inject
    Notifications notifications;

    @Inject
    Scope scope;

    @GET
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY,
            Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listNotifications", summary = "List notifications",
            description = "Polres sees the notifications addressed to its unit (the unit covering the regency of the WBP's "
                    + "facility, or of the release plan, or the detaining unit: `routing` says which); the Lapas (liaison, head, security) every "
                    + "notification of its facility, including notices for detaining authorities outside Sinergi; auditors "
                    + "all. Open ones: `state=OPEN`; overdue (escalated, or open past `acknowledgeBy`): `overdue=true`; "
                    + "acknowledged: `state=ACKNOWLEDGED`; escalations for the heads: `state=ESCALATED`. Ordered by "
                    + "`dueOn`, then id.")
    @APIResponse(responseCode = "200", description = "A page of notifications",
            content = @Content(schema = @Schema(ref = "NotificationPage"), examples = @ExampleObject(name = "page", ref = "NotificationPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `dueOn`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"dueOn", "-dueOn", "issuedAt", "-issuedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<NotificationView> list(
            @Parameter(schema = @Schema(implementation = Notification.State.class)) @QueryParam("state") String state,
            @Parameter(description = "true: escalated or open past the deadline; false: the others", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(schema = @Schema(implementation = Notification.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "The WBP's risk level when the notification was issued", schema = @Schema(implementation = RiskLevel.class))
            @QueryParam("riskLevel") String riskLevel,
            @Parameter(description = "One WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Due (release or detention end) on or after", example = "2026-12-01") @QueryParam("dueFrom") String dueFrom,
            @Parameter(description = "Due on or before", example = "2026-12-31") @QueryParam("dueTo") String dueTo,
            @Parameter(description = "One facility of the caller's scope (another facility's: 404)", example = "LAPAS-AMUNTAI")
            @QueryParam("facility") String facility,
            @Parameter(description = "Issued on or after (the facility's calendar)", example = "2026-11-01") @QueryParam("issuedFrom") String issuedFrom,
            @Parameter(description = "Issued on or before", example = "2026-11-30") @QueryParam("issuedTo") String issuedTo,
            @Parameter(description = "true: acknowledged (an escape's also once its recapture closed it); false: not",
                    schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("acknowledged") String acknowledged,
            @BeanParam @Valid PageRequest page,
            @Parameter(description = "Why the summaries are read (kept in the access log)") @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        var criteria = new Notifications.Criteria(
                QueryParameters.enumValue(Notification.State.class, "state", state), QueryParameters.flag("overdue", overdue),
                QueryParameters.enumValue(Notification.Kind.class, "kind", kind),
                QueryParameters.enumValue(RiskLevel.class, "riskLevel", riskLevel), QueryParameters.uuid("inmateId", inmateId),
                QueryParameters.date("dueFrom", dueFrom), QueryParameters.date("dueTo", dueTo), facility,
                QueryParameters.date("issuedFrom", issuedFrom), QueryParameters.date("issuedTo", issuedTo),
                QueryParameters.flag("acknowledged", acknowledged));
        boolean police = scope.side() == Scope.Side.POLRES;
        boolean basic = scope.isBasicViewOnly();
        Page<NotificationView> listed = notifications.list(criteria, page)
                .map(n -> NotificationView.of(n, notifications.summaryOf(n), notifications.escapeOf(n), police, basic, clock.timestamp()));
        if (!basic) {
            listed.items().forEach(view -> logSummaryRead(view, purpose));
        }
        return listed;
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY,
            Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getNotification", summary = "Read a notification",
            description = "With its reintegration summary: the WBP's basic view, release date and reason, programmes "
                    + "completed and ongoing. An escape's (urgent) adds the escape with the identifying features and last "
                    + "known contacts, erased once the recapture closes it.")
    @APIResponse(responseCode = "200", description = "The notification", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = NotificationView.class),
                    examples = {@ExampleObject(name = "release due", ref = "Notification"),
                            @ExampleObject(name = "escape", ref = "EscapeNotification")}))
    @APIResponse(responseCode = "404", description = "No such notification, or not addressed to the caller's unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id,
                        @Parameter(description = "Why the summary is read (kept in the access log)") @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        Notification notification = notifications.get(id);
        if (notification.inmateId != null && !scope.isBasicViewOnly()) {
            accessLog.record(notification.inmateId, purpose, LiaisonAccessLogResource.REINTEGRATION_SUMMARY);
        }
        return answer(notification);
    }

    @POST
    @Path("{id}/acknowledge")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "acknowledgeNotification", summary = "Acknowledge a notification",
            description = "Records who acknowledged it and when. Polres acknowledges what is addressed to it (an escalated "
                    + "one: polres-head); the Lapas (lapas-liaison, lapas-head) acknowledges a notice for a detaining "
                    + "authority outside Sinergi once delivered. Needs `If-Match`. Publishes `liaison.notification-acknowledged`.")
        @RequestBody(content = @Content(examples = @ExampleObject(name = "acknowledgement", ref = "Acknowledgement")))
    @APIResponse(responseCode = "200", description = "Acknowledged", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = NotificationView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such notification, or not addressed to the caller's unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Already acknowledged, or not the caller's to acknowledge in its state (Polres: notices "
                    + "addressed to it; the Lapas: notices for a detaining authority; once escalated: the head); `allowedActions` "
                    + "lists what its state allows",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "412", description = "The notification changed since it was read (e.g. it was escalated)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for another request", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response acknowledge(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Note request) {
        return answer(notifications.acknowledge(id, ifMatch, request == null ? null : request.note()));
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeNotificationStateMachine", summary = "The notification state machine",
            description = "Every state, every allowed transition and the roles that may take it. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class),
                    examples = @ExampleObject(name = "notification", ref = "StateMachine")))
    public StateMachineDescription stateMachine() {
        return Notification.MACHINE.describe();
    }

    private Response answer(Notification notification) {
        return Answers.ok(NotificationView.of(notification, notifications.summaryOf(notification), notifications.escapeOf(notification),
                scope.side() == Scope.Side.POLRES, scope.isBasicViewOnly(), clock.timestamp()), notification.version);
    }

    /** A reintegration summary is personal data beyond the basic view: each one read is logged. */
    private void logSummaryRead(NotificationView view, String purpose) {
        if (view.summary() != null && view.inmateId() != null) {
            accessLog.record(view.inmateId(), purpose, LiaisonAccessLogResource.REINTEGRATION_SUMMARY);
        }
    }
}
