package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.DetentionLimits;
import id.sinergi.inmate.domain.DetentionOrder;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.service.DetentionOrders;
import id.sinergi.inmate.service.FacilityScope;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Issue 20 point 2: a detainee's detention orders, their extension and their handover to the next
 * stage. The actions are checked like every action on the record (403, 404, 428/412, 409 state, 422
 * rules); the limits come from {@code GET /api/v1/detention-limits}.
 */
@Path("/api/v1/inmates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Detention", description = "Detention orders of detainees (A.I–A.V): extensions, handovers, limits")
@SecurityRequirement(name = "bearer")
public class DetentionResource {

    private static final String IF_MATCH = "The WBP's ETag last read: an action applies only to the version the client saw";

    @Inject
    DetentionOrders detention;

    @Inject
    FacilityClock clock;

    @Inject
    FacilityScope facilityScope;

    @Schema(name = "DetentionOrder", description = "One order that detained the WBP.")
    public record OrderView(
            @Schema(implementation = String.class, examples = "A.II") RegisterClass stage,
            @Schema(examples = "EXTENSION") DetentionOrder.Kind kind,
            @Schema(examples = "Ketua Pengadilan Negeri Amuntai") String authority,
            @Schema(description = "Null for an order the admission recorded without its number.", examples = "12/Pen.Pid/2026/PN Amt")
            String orderNumber,
            @Schema(examples = "2026-12-08") LocalDate orderDate,
            @Schema(examples = "2026-12-11") LocalDate startsOn,
            @Schema(examples = "2027-01-09") LocalDate endsOn,
            @Schema(description = "The liaison-service request the order came in, if a Polres unit sent it.") UUID liaisonRequestId,
            @Schema(examples = "registrar-1") String recordedBy,
            OffsetDateTime recordedAt) {

        static OrderView of(DetentionOrder o) {
            return new OrderView(o.stage, o.kind, o.authority, o.orderNumber, o.orderDate, o.startsOn, o.endsOn,
                    o.liaisonRequestId, o.recordedBy, o.recordedAt);
        }
    }

    @Schema(name = "Detention", description = """
            A stay's detention: for a detainee the current stage, its limits under the code governing the case and
            whether it is overdue; for everyone the orders recorded, oldest first.""")
    public record DetentionView(
            UUID inmateId,
            @Schema(implementation = String.class, description = "The current stage (register class); null for a convict.",
                    examples = "A.II") RegisterClass stage,
            @Schema(examples = "Kejaksaan Negeri Hulu Sungai Utara") String detainingAuthority,
            @Schema(examples = "2026-12-10") LocalDate detentionEndsOn,
            @Schema(examples = "2025-11-20") LocalDate caseBegunOn,
            @Schema(description = "The code of criminal procedure governing the case.", examples = "UU-8-1981") String code,
            @Schema(examples = "2026-11-21") LocalDate stageStartedOn,
            @Schema(description = "The last day the stage's orders may reach with extensions.", examples = "2027-01-09")
            LocalDate stageLastDay,
            @Schema(description = "The last day with the exceptional extension (Pasal 29 UU 8/1981).", examples = "2027-03-10")
            LocalDate stageLastDayExceptional,
            @Schema(examples = "UU 8/1981 Pasal 25") String article,
            @Schema(description = "Held after the detention ended with no extension, handover, verdict or release recorded.")
            boolean overdue,
            List<OrderView> orders) {
    }

    @GET
    @Path("{id}/detention")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON, Roles.POLRES_OFFICER,
            Roles.POLRES_HEAD, Roles.AUDITOR})
    @Operation(operationId = "getDetention", summary = "A stay's detention and its orders",
            description = "The current stage, its limits and whether it is overdue, and every detention order recorded. "
                    + "Roles: lapas-registrar, lapas-head, lapas-security, lapas-liaison, polres-officer, polres-head, auditor.")
    @APIResponse(responseCode = "200", description = "The detention",
            content = @Content(schema = @Schema(implementation = DetentionView.class),
                    examples = @ExampleObject(name = "extended", ref = "Detention")))
    @APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = "application/problem+json",
            examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow it", content = @Content(mediaType = "application/problem+json"))
    public DetentionView detention(@PathParam("id") UUID id) {
        Inmate inmate = facilityScope.visible(id);
        List<OrderView> orders = DetentionOrder.of(id).stream().map(OrderView::of).toList();
        if (!inmate.registerClass.isDetainee()) {
            return new DetentionView(id, null, null, null, inmate.caseBegan(), DetentionLimits.codeFor(inmate.caseBegan()),
                    null, null, null, null, false, orders);
        }
        DetentionLimits.Limit limit = DetentionLimits.standard().of(inmate.caseBegan(), inmate.registerClass);
        LocalDate started = DetentionOrder.stageStartedOn(id, inmate.registerClass);
        LocalDate stageStartedOn = started != null ? started : inmate.admittedOn;
        return new DetentionView(id, inmate.registerClass, inmate.detainingAuthority, inmate.detentionEndsOn,
                inmate.caseBegan(), limit.code(), stageStartedOn, limit.lastDay(stageStartedOn, false),
                limit.lastDay(stageStartedOn, true), limit.article(), inmate.detentionOverdue(clock.today()), orders);
    }

    @POST
    @Path("{id}/detention-extensions")
    @Idempotent
    @Operation(operationId = "extendDetention", summary = "Record an extension of the detention",
            description = "The current stage's detention runs until `endsOn`. The stage's orders together may not exceed "
                    + "the limit of the code governing the case (first order + extensions; the exceptional extension only "
                    + "with its ground): 422 `detention-limit-exceeded` names the article. Publishes `inmate.detention-extended` "
                    + "(with `liaisonRequestId` when the order came from a Polres unit through liaison-service). "
                    + "Only detainees (A classes). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "extension", ref = "DetentionExtension")))
    @APIResponse(responseCode = "200", description = "Done: the updated record",
            headers = @Header(name = "ETag", description = "The record's new version"),
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "422", description = "The extension breaks a rule, e.g. the stage's limit",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "limit", ref = "DetentionLimitProblem")))
    @APIResponse(responseCode = "409", description = "The record's state does not allow it (a convict, a released WBP), "
            + "or the liaison request's order is already recorded",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow this action", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "The record changed since it was read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public Response extend(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.DetentionExtension request) {
        return answer(detention.extend(id, ifMatch, request));
    }

    @POST
    @Path("{id}/detention-handovers")
    @Idempotent
    @Operation(operationId = "handOverDetention", summary = "Record the handover of the detention to the next stage",
            description = "A.I → A.II → A.III → A.IV → A.V, one stage at a time: the register class becomes the next stage, "
                    + "the detaining authority the new one and the detention ends on the new order's last day, which may not "
                    + "be later than the first order of that stage allows (422 `detention-limit-exceeded`). Publishes "
                    + "`inmate.detention-handed-over`. Only detainees (A classes). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "to the prosecutor", ref = "DetentionHandover")))
    @APIResponse(responseCode = "200", description = "Done: the updated record",
            headers = @Header(name = "ETag", description = "The record's new version"),
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "422", description = "The handover breaks a rule: not the next stage, or beyond the stage's first order",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "out of order", ref = "DetentionHandoverProblem")))
    @APIResponse(responseCode = "409", description = "The record's state does not allow it (a convict, a released WBP)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The caller's roles do not allow this action", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "412", description = "The record changed since it was read", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
    public Response handOver(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.DetentionHandover request) {
        return answer(detention.handOver(id, ifMatch, request));
    }

    private static Response answer(Inmate inmate) {
        return Response.ok(InmateView.of(inmate)).tag(ETags.of(inmate.version)).build();
    }
}
