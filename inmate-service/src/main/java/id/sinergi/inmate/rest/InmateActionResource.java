package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.service.InmateActions;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
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

/**
 * State changes of a WBP's record, as explicit actions. Each is checked against the record's state
 * machine ({@code GET /api/v1/inmates/state-machine}) in the one order: a role no row allows answers
 * 403, an unknown WBP 404, no {@code If-Match} 428 and a stale one 412, a state that does not allow
 * the action 409 with the actions it does allow, and a broken rule 422.
 */
@Path("/api/v1/inmates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmate actions", description = "Risk assessments, movements, remissions, verdicts, transfers, releases, escapes and recaptures")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated record",
        headers = @Header(name = "ETag", description = "The record's new version"),
        content = @Content(schema = @Schema(implementation = InmateView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "412", description = "The record changed since it was read (`If-Match` names another version)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "The record's state does not allow this action; `state` names it and `allowedActions` lists what it allows",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "422", description = "A rule is broken (see `type` and `field`), or the Idempotency-Key was reused",
        content = @Content(mediaType = "application/problem+json"))
public class InmateActionResource {

    private static final String IF_MATCH = "The WBP's ETag last read: an action applies only to the version the client saw";

    @Inject
    InmateActions actions;

    @POST
    @Path("{id}/risk-assessments")
    @Idempotent
    @Operation(operationId = "assessRisk", summary = "Record a risk assessment",
            description = "Sets the WBP's risk level with the reason; the assessor is the caller. The history is kept. "
                    + "Publishes `inmate.risk-changed`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "raised", ref = "RiskAssessment")))
    public Response assessRisk(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.RiskAssessment request) {
        return answer(actions.assessRisk(id, ifMatch, request));
    }

    @POST
    @Path("{id}/move-out")
    @Idempotent
    @Operation(operationId = "moveOut", summary = "Leave the facility for a while",
            description = "To court (sidang), on a police loan (bon) or for medical care. Publishes `inmate.moved` (OUT). "
                    + "Roles: lapas-registrar, lapas-head. Police loans approved in liaison-service move the WBP out by themselves.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "court", ref = "MoveOut")))
    public Response moveOut(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.MoveOut request) {
        return answer(actions.moveOut(id, ifMatch, request));
    }

    @POST
    @Path("{id}/return")
    @Idempotent
    @Operation(operationId = "returnToFacility", summary = "Come back to the facility",
            description = "Ends the current movement out. Publishes `inmate.moved` (IN). Roles: lapas-registrar, lapas-head.")
    public Response returnToFacility(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Return request) {
        return answer(actions.returnToFacility(id, ifMatch, request));
    }

    @POST
    @Path("{id}/move-cell")
    @Idempotent
    @Operation(operationId = "moveCell", summary = "Move to another cell block",
            description = "Publishes `inmate.moved` (WITHIN, kind CELL). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cell move", ref = "CellMove")))
    public Response moveCell(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.CellMove request) {
        return answer(actions.moveCell(id, ifMatch, request));
    }

    @POST
    @Path("{id}/transfer")
    @Idempotent
    @Operation(operationId = "transferInmate", summary = "Transfer to another facility (mutasi)",
            description = "The WBP leaves this register. Publishes `inmate.transferred`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "transfer", ref = "Transfer")))
    public Response transfer(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Transfer request) {
        return answer(actions.transfer(id, ifMatch, request));
    }

    @POST
    @Path("{id}/remissions")
    @Idempotent
    @Operation(operationId = "grantRemission", summary = "Record a remission (remisi)",
            description = "Days off the sentence by decree; the expiry moves earlier. A decree is recorded once per WBP. "
                    + "Publishes `inmate.updated` (changed: sentence). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "remission", ref = "Remission")))
    public Response grantRemission(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Remission request) {
        return answer(actions.grantRemission(id, ifMatch, request));
    }

    @POST
    @Path("{id}/class-change")
    @Idempotent
    @Operation(operationId = "changeClass", summary = "Record the verdict: detainee becomes convict",
            description = "Sets the B class and the sentence; the detention end no longer applies. Publishes "
                    + "`inmate.class-changed`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verdict", ref = "ClassChange")))
    public Response changeClass(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.ClassChange request) {
        return answer(actions.changeClass(id, ifMatch, request));
    }

    @POST
    @Path("{id}/release")
    @Idempotent
    @Operation(operationId = "releaseInmate", summary = "Release from the register",
            description = "End of sentence, parole (PB), conditional leave (CB), pre-release leave (CMB), by law, or deceased. "
                    + "Publishes `inmate.released`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "parole", ref = "Release")))
    public Response release(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Release request) {
        return answer(actions.release(id, ifMatch, request));
    }

    @POST
    @Path("{id}/escape")
    @Idempotent
    @Operation(operationId = "recordEscape", summary = "Record an escape (melarikan diri)",
            description = "From the facility, a court, a police loan or medical care: the status becomes ESCAPED and the "
                    + "stay stays open. Publishes `inmate.escaped` with the identifying features and last known contacts, "
                    + "which liaison-service turns into an urgent notification to Polres. "
                    + "Roles: lapas-registrar, lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "over the wall", ref = "Escape")))
    public Response recordEscape(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Escape request) {
        return answer(actions.recordEscape(id, ifMatch, request));
    }

    @POST
    @Path("{id}/recapture")
    @Idempotent
    @Operation(operationId = "recapture", summary = "Record the recapture after an escape",
            description = "Back in custody in the facility, in the same stay. The days at large are not served "
                    + "(UU 1/2023 Pasal 63): the expiry and key dates move later by them. Publishes `inmate.recaptured`. "
                    + "Roles: lapas-registrar, lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "by Polres", ref = "Recapture")))
    public Response recapture(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Recapture request) {
        return answer(actions.recapture(id, ifMatch, request));
    }

    private static Response answer(Inmate inmate) {
        return Response.ok(InmateView.of(inmate)).tag(ETags.of(inmate.version)).build();
    }
}
