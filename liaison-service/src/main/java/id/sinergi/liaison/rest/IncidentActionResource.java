package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.ActionRequests;
import id.sinergi.liaison.command.IncidentRequests;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.service.Incidents;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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

/**
 * Sharing, Polres's follow-up and closing of incidents, checked against the state machine
 * ({@code GET /api/v1/liaison/incidents/state-machine}).
 */
@Path(IncidentResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Incidents")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated incident", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = IncidentView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller has none of the roles that may take this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such incident, or (Polres) not shared with the caller's unit",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The incident's state does not allow this action to the caller (the Lapas closes only "
        + "what it never shared); `allowedActions` lists what the state allows",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "The incident changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "A reason or police report number is required, or the Idempotency-Key was reused",
        content = @Content(mediaType = PROBLEM, examples = {
                @ExampleObject(name = "reason required", ref = "ReasonProblem"),
                @ExampleObject(name = "report number required", ref = "PoliceReportRequiredProblem")}))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class IncidentActionResource {

    @Inject
    Incidents incidents;

    @POST
    @Path("{id}/share")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "shareIncident", summary = "Share an incident with Polres",
            description = "From REPORTED; Polres's unit sees it from now on. Publishes `liaison.incident-reported`. "
                    + "Roles: lapas-security, lapas-head.")
    public Response share(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(incidents.share(id, ifMatch));
    }

    @POST
    @Path("{id}/receive")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "receiveIncident", summary = "Polres confirms it has the report",
            description = "From SHARED; a police report number may be given already. Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "follow-up", ref = "FollowUp")))
    public Response receive(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid IncidentRequests.FollowUp followUp) {
        return answer(incidents.receive(id, ifMatch, IncidentRequests.FollowUp.of(followUp)));
    }

    @POST
    @Path("{id}/investigate")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "investigateIncident", summary = "Polres investigates under a police report number",
            description = "From RECEIVED; the police report number is required unless given at receipt (422 "
                    + "`police-report-number-required`). Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "follow-up", ref = "FollowUp")))
    public Response investigate(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"2\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid IncidentRequests.FollowUp followUp) {
        return answer(incidents.investigate(id, ifMatch, IncidentRequests.FollowUp.of(followUp)));
    }

    @POST
    @Path("{id}/charge")
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "chargeIncident", summary = "Suspects charged",
            description = "From UNDER_INVESTIGATION. Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "follow-up", ref = "FollowUp")))
    public Response charge(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid IncidentRequests.FollowUp followUp) {
        return answer(incidents.charge(id, ifMatch, IncidentRequests.FollowUp.of(followUp)));
    }

    @POST
    @Path("{id}/close")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "closeIncident", summary = "Close an incident",
            description = "The Lapas (lapas-security, lapas-head) closes an incident it never shared, saying how it was "
                    + "handled; once shared, only Polres (polres-officer, polres-head) closes it: from RECEIVED or "
                    + "UNDER_INVESTIGATION saying why, from CHARGED once the case is finished (verdict, SP3, restorative justice) saying how. "
                    + "Every action publishes `liaison.incident-changed`.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "handled internally", ref = "IncidentClosing")))
    public Response close(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Reason reason) {
        return answer(incidents.close(id, ifMatch, ActionRequests.Reason.of(reason)));
    }

    private Response answer(Incident incident) {
        return Answers.ok(IncidentView.of(incident), incident.version);
    }
}
