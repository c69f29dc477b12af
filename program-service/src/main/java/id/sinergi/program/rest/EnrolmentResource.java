package id.sinergi.program.rest;

import id.sinergi.platform.audit.AccessLog;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.program.command.AssessmentRequest;
import id.sinergi.program.command.EnrolmentRequest;
import id.sinergi.program.domain.Assessment;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.EnrolmentState;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Sessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Context;
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

import java.util.List;
import java.util.UUID;

/**
 * Enrolments of WBP in programmes: requests, reads, assessments, and a WBP's participation across
 * programmes. An enrolment follows its programme's scope. The Kanwil officer reads enrolments as
 * Polres does (the basic view: no review count), never a WBP's attendance marks, assessments,
 * transitions or participation history.
 */
@Path("/api/v1/enrolments")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "WBP in programmes: places, waiting lists, assessments, participation history")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation (Polres roles never may)",
        content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class EnrolmentResource {

    @Inject
    AccessLog accessLog;

    @Inject
    Enrolments enrolments;

    @Inject
    Sessions sessions;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR})
    @Operation(operationId = "requestEnrolment", summary = "Ask for a place for a WBP",
            description = "Creates a REQUESTED enrolment; `approve` gives the place (or a waiting-list position when the "
                    + "programme is full). The programme must be of the caller's facility (another facility's is "
                    + "`unknown-programme`), OPEN or RUNNING, and the WBP eligible, as program-service knows them from inmate "
                    + "events: known as a WBP of the programme's facility (a WBP of another facility is `UNKNOWN_INMATE`, as "
                    + "one never heard of), in custody, of an accepted register class and risk level (422 "
                    + "`inmate-not-eligible` with `reasons` otherwise). Publishes `program.enrolment-changed`. Roles: "
                    + "lapas-program-officer, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request", ref = "EnrolmentRequest")))
    @APIResponse(responseCode = "201", description = "Requested",
            headers = {@Header(name = "Location", description = "The enrolment"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = Views.EnrolmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The WBP already has an open enrolment in the programme (`already-enrolled`), "
            + "or the programme does not accept enrolments (`programme-not-accepting-enrolments`)",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "already", ref = "AlreadyEnrolledProblem")))
    @APIResponse(responseCode = "422", description = "The WBP is not eligible (`inmate-not-eligible`, `reasons`: UNKNOWN_INMATE, "
            + "NOT_IN_CUSTODY, REGISTER_CLASS, RISK_LEVEL), the programme does not exist (`unknown-programme`), or the "
            + "Idempotency-Key was reused",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "not eligible", ref = "NotEligibleProblem")))
    public Response request(@Valid @NotNull EnrolmentRequest request) {
        Enrolments.Details created = enrolments.request(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/enrolments").path(created.enrolment().id.toString()).build())
                .tag(ETags.of(created.enrolment().version))
                .entity(Views.EnrolmentView.of(created))
                .build();
    }

    @GET
    @Operation(operationId = "listEnrolments", summary = "Enrolments of a programme, of a WBP, or in a state",
            description = "Oldest request first (the waiting list's order). Lapas staff and facility auditors see the "
                    + "enrolments of their facility's programmes; a Polres officer those of the programmes their unit "
                    + "co-organises; the Kanwil officer (basic view, no review count) and the regional auditor every "
                    + "facility's.")
    @APIResponse(responseCode = "200", description = "A page of enrolments",
            content = @Content(schema = @Schema(ref = "EnrolmentPage"), examples = @ExampleObject(name = "enrolments", ref = "Enrolments")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `requestedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "requestedAt", "-requestedAt", "changedAt", "-changedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<Views.EnrolmentView> list(
            @Parameter(description = "The programme", example = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f") @QueryParam("programId") String programId,
            @Parameter(description = "The WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @QueryParam("inmateId") String inmateId,
            @Parameter(schema = @Schema(implementation = EnrolmentState.class)) @QueryParam("state") String state,
            @BeanParam @Valid PageRequest page) {
        return enrolments.list(QueryParameters.uuid("programId", programId), QueryParameters.uuid("inmateId", inmateId),
                QueryParameters.enumValue(EnrolmentState.class, "state", state), page)
                .map(Views.EnrolmentView::of);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment",
            description = "With its attendance rate, completion, waiting-list position, pending reviews (not for Polres or "
                    + "the Kanwil officer) and allowed actions. 404 outside the caller's scope (its programme's).")
    @APIResponse(responseCode = "200", description = "The enrolment", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = Views.EnrolmentView.class), examples = {
                    @ExampleObject(name = "active", ref = "Enrolment"),
                    @ExampleObject(name = "waitlisted", ref = "EnrolmentWaitlisted"),
                    @ExampleObject(name = "completed", ref = "EnrolmentCompleted")}))
    @APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return Responses.enrolment(enrolments.get(id));
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeEnrolmentStateMachine", summary = "The enrolment's states and who may move it",
            description = "Every state and allowed transition: the action (`POST /api/v1/enrolments/{id}/<action>`), the roles "
                    + "that may make it (none: only the system does), whether a reason is required, and the condition that "
                    + "decides between outcomes (approve → ACTIVE when a place is free, WAITLISTED when full). Anything else "
                    + "answers 409 with the allowed actions.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class),
                    examples = @ExampleObject(name = "excerpt", ref = "StateMachine")))
    public StateMachineDescription stateMachine() {
        return EnrolmentMachine.MACHINE.describe();
    }

    @GET
    @Path("{id}/transitions")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR})
    @Operation(operationId = "getEnrolmentTransitions", summary = "The enrolment's history of states", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "Its transitions",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Views.HistoryView.class),
                    examples = @ExampleObject(name = "history", ref = "History")))
    @APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public List<Views.HistoryView> transitions(@PathParam("id") UUID id) {
        return enrolments.history(id).stream().map(Views.HistoryView::of).toList();
    }

    @GET
    @Path("{id}/attendance")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "getEnrolmentAttendance", summary = "The WBP's attendance in this programme", description = "In session order.")
    @APIResponse(responseCode = "200", description = "Attendance records")
    @APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public List<Views.AttendanceView> attendance(@PathParam("id") UUID id) {
        return sessions.ofEnrolment(id).stream().map(Views.AttendanceView::of).toList();
    }

    @POST
    @Path("{id}/assessments")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD})
    @Operation(operationId = "assessEnrolment", summary = "Record a progress assessment",
            description = "Score (0–100, optional) and notes, for an ACTIVE or SUSPENDED enrolment. The final assessment comes with "
                    + "`complete`. Roles: lapas-program-officer, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "progress", ref = "AssessmentRequest")))
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "The enrolment's assessments"),
            content = @Content(schema = @Schema(implementation = Views.AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The enrolment is not ACTIVE or SUSPENDED", content = @Content(mediaType = Responses.PROBLEM))
    public Response assess(@PathParam("id") UUID id, @Valid @NotNull AssessmentRequest request) {
        Assessment assessment = enrolments.assess(id, request);
        return Response.created(uriInfo.getAbsolutePath()).entity(Views.AssessmentView.of(assessment)).build();
    }

    @GET
    @Path("{id}/assessments")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR})
    @Operation(operationId = "listAssessments", summary = "The enrolment's assessments", description = "Oldest first; the FINAL one last.")
    @APIResponse(responseCode = "200", description = "Assessments",
            content = @Content(schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY, implementation = Views.AssessmentView.class),
                    examples = @ExampleObject(name = "assessments", ref = "Assessments")))
    @APIResponse(responseCode = "404", description = "No such enrolment, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public List<Views.AssessmentView> assessments(@PathParam("id") UUID id) {
        return enrolments.assessments(id).stream().map(Views.AssessmentView::of).toList();
    }

    @GET
    @Path("participation/{inmateId}")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR})
    @Operation(operationId = "getParticipationHistory", summary = "A WBP's participation across programmes",
            description = "Every enrolment of the WBP, oldest first, with attendance, completions and certificates: what the "
                    + "release summary for Polres is built from. The history follows the WBP: it holds their enrolments in "
                    + "every facility they were in, and it is read by the staff and auditors of the WBP's facility (and of "
                    + "the one receiving them while in transit), 404 to others and for a WBP program-service has not heard "
                    + "of; the regional auditor reads every WBP's. A WBP without enrolments has an empty history. "
                    + "Each read is in the access log (`GET /api/v1/programs/access-log`) with its `X-Purpose`.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = Views.ParticipationView.class),
                    examples = @ExampleObject(name = "history", ref = "Participation")))
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the history is read (kept in the access log)",
            example = "Sidang TPP: usulan pembebasan bersyarat")
    @APIResponse(responseCode = "404", description = "The WBP is not of the caller's facility, or unknown to program-service",
            content = @Content(mediaType = Responses.PROBLEM))
    public Views.ParticipationView participation(@PathParam("inmateId") UUID inmateId,
                                                 @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        List<Enrolments.Details> history = enrolments.ofInmate(inmateId);
        accessLog.record(inmateId, purpose, ProgramAccessLogResource.PARTICIPATION_HISTORY);
        return Views.ParticipationView.of(inmateId, history);
    }
}
