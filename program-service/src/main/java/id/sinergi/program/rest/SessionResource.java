package id.sinergi.program.rest;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.program.command.AttendanceAmendmentRequest;
import id.sinergi.program.command.AttendanceRoll;
import id.sinergi.program.command.SessionRequest;
import id.sinergi.program.domain.ProgrammeSession;
import id.sinergi.program.service.Sessions;
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

import java.util.List;
import java.util.UUID;

/**
 * A programme's schedule of sessions, and the attendance taken at each; both follow the programme's
 * scope. Polres officers read those of the programmes their unit co-organises (others are 404) and
 * take the roll of the sessions their unit facilitates (403 `not-the-facilitator` for the Lapas's own
 * sessions of such a programme). The Kanwil officer reads the schedule of every facility, not the
 * roll: a WBP's marks (absences and their reasons) are beyond the basic view.
 */
@Path("/api/v1/programs/{programId}/sessions")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions and attendance", description = "The schedule of a programme and who attended each session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation, or a Polres officer takes the "
        + "roll of a session their unit does not facilitate (`not-the-facilitator`)", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "404", description = "No such programme, session or attendance record, or the programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
public class SessionResource {

    @Inject
    Sessions sessions;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD})
    @Operation(operationId = "scheduleSession", summary = "Add a session to the schedule",
            description = "Within the programme's dates, while it is DRAFT, OPEN or RUNNING. Roles: lapas-program-officer, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "session", ref = "SessionRequest")))
    @APIResponse(responseCode = "201", description = "Scheduled", headers = @Header(name = "Location", description = "The session"),
            content = @Content(schema = @Schema(implementation = Views.SessionView.class), examples = @ExampleObject(name = "session", ref = "Session")))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "The programme is COMPLETED or CANCELLED", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "422", description = "`session-outside-programme`, `session-ends-before-start`, "
            + "`not-the-co-organiser` (the facilitating unit is not the programme's co-organiser), or the Idempotency-Key was reused",
            content = @Content(mediaType = Responses.PROBLEM))
    public Response schedule(@PathParam("programId") UUID programId, @Valid @NotNull SessionRequest request) {
        ProgrammeSession session = sessions.schedule(programId, request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(session.id.toString()).build())
                .entity(Views.SessionView.of(session)).build();
    }

    @GET
    @Operation(operationId = "listSessions", summary = "The programme's schedule", description = "By date and time.")
    @APIResponse(responseCode = "200", description = "A page of sessions",
            content = @Content(schema = @Schema(ref = "SessionPage"), examples = @ExampleObject(name = "sessions", ref = "Sessions")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `sessionDate` (then the start time)."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "sessionDate", "-sessionDate", "createdAt", "-createdAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<Views.SessionView> list(@PathParam("programId") UUID programId, @BeanParam @Valid PageRequest page) {
        return sessions.sessions(programId, page).map(Views.SessionView::of);
    }

    @GET
    @Path("{sessionId}")
    @Operation(operationId = "getSession", summary = "Read a session",
            description = "One session of a programme: its date, times, topic and facilitator.")
    @APIResponse(responseCode = "200", description = "The session", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = Views.SessionView.class)))
    public Response get(@PathParam("programId") UUID programId, @PathParam("sessionId") UUID sessionId) {
        ProgrammeSession session = sessions.session(programId, sessionId);
        return Response.ok(Views.SessionView.of(session)).tag(ETags.of(session.version)).build();
    }

    @POST
    @Path("{sessionId}/attendance")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "recordAttendance", summary = "Take the roll of a session",
            description = "One mark per enrolment (ACTIVE or SUSPENDED, of this programme): PRESENT, or ABSENT with a reason "
                    + "(SICK, REFUSED, COURT, LOAN, OTHER). All marks are recorded or none. A session is recorded once per "
                    + "enrolment; correct a mark with PUT. Publishes `program.attendance-recorded` per mark. Roles: "
                    + "lapas-program-officer, lapas-head; polres-officer, polres-head for a session their unit facilitates.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "roll", ref = "Roll")))
    @APIResponse(responseCode = "201", description = "Recorded", headers = @Header(name = "Location", description = "The session's attendance"))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "`attendance-already-recorded` (use PUT) or `enrolment-not-active`; "
            + "`field` names the mark", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "422", description = "`absence-reason-required`, `absence-reason-not-allowed`, `unknown-enrolment`, "
            + "`duplicate-entry`, `session-not-held-yet`, or the Idempotency-Key was reused",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "absence", ref = "AttendanceProblem")))
    public Response record(@PathParam("programId") UUID programId, @PathParam("sessionId") UUID sessionId,
                           @Valid @NotNull AttendanceRoll request) {
        List<Views.AttendanceView> recorded = sessions.record(programId, sessionId, request).stream()
                .map(Views.AttendanceView::of).toList();
        return Response.created(uriInfo.getAbsolutePath()).entity(recorded).build();
    }

    @GET
    @Path("{sessionId}/attendance")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "listAttendance", summary = "The attendance of a session", description = "By enrolment id, with corrections.")
    @APIResponse(responseCode = "200", description = "A page of attendance records",
            content = @Content(schema = @Schema(ref = "AttendancePage"), examples = @ExampleObject(name = "attendance", ref = "AttendanceList")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `enrolmentId`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "enrolmentId", "-enrolmentId", "recordedAt", "-recordedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<Views.AttendanceView> attendance(@PathParam("programId") UUID programId, @PathParam("sessionId") UUID sessionId,
                                                 @BeanParam @Valid PageRequest page) {
        return sessions.ofSession(programId, sessionId, page).map(Views.AttendanceView::of);
    }

    @GET
    @Path("{sessionId}/attendance/{enrolmentId}")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "getAttendance", summary = "One WBP's attendance at a session", description = "With its corrections.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = Views.AttendanceView.class),
                    examples = @ExampleObject(name = "amended", ref = "Attendance")))
    public Response attendanceOf(@PathParam("programId") UUID programId, @PathParam("sessionId") UUID sessionId,
                                 @PathParam("enrolmentId") UUID enrolmentId) {
        return attendance(sessions.attendance(programId, sessionId, enrolmentId));
    }

    @PUT
    @Path("{sessionId}/attendance/{enrolmentId}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "amendAttendance", summary = "Correct one WBP's attendance at a session",
            description = "Needs `If-Match` with the record's ETag and a reason; the previous values are kept in `amendments`. "
                    + "The attendance rate follows. Publishes `program.attendance-recorded` with `amended: true`. Roles: "
                    + "lapas-program-officer, lapas-head; polres-officer, polres-head for a session their unit facilitates.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "correction", ref = "Amendment")))
    @APIResponse(responseCode = "200", description = "Corrected", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = Views.AttendanceView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "412", description = "The record changed since it was read",
            content = @Content(mediaType = Responses.PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "`absence-reason-required`, `absence-reason-not-allowed`, "
            + "`amendment-changes-nothing`, or the Idempotency-Key was reused", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Responses.PROBLEM))
    public Response amend(@PathParam("programId") UUID programId, @PathParam("sessionId") UUID sessionId,
                          @PathParam("enrolmentId") UUID enrolmentId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @Valid @NotNull AttendanceAmendmentRequest request) {
        return attendance(sessions.amend(programId, sessionId, enrolmentId, ifMatch, request));
    }

    private static Response attendance(Sessions.Details details) {
        return Response.ok(Views.AttendanceView.of(details)).tag(ETags.of(details.attendance().version)).build();
    }
}
