package id.sinergi.liaison.rest;

import id.sinergi.liaison.service.MonthlyReport;
import id.sinergi.liaison.service.ReportLists;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

/**
 * The Kanwil's monthly report (issue 22 point 4) and the lists behind its figures: the population at a
 * date, admissions, integrations started, escapes and recaptures, programmes run and completions. For the
 * kanwil-officer and the regional auditor across the region; for the head of a facility (lapas-head) and a
 * facility auditor, their own facility only (another facility's: 404).
 */
@Path("/api/v1/liaison")
@RolesAllowed({Roles.KANWIL_OFFICER, Roles.AUDITOR, Roles.LAPAS_HEAD})
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Monthly report", description = "The Kanwil's monthly figures per facility and for the region, each with the list behind it")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "`facility` is not one of the caller's scope (or, for the report, not in the directory)",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
public class ReportResource {

    static final String CSV = "text/csv";
    private static final String ROLES = " Roles: kanwil-officer and the regional auditor (the region), lapas-head and a facility "
            + "auditor (their facility).";
    private static final String FACILITY = "One facility of the caller's scope (another facility's: 404)";

    @Inject
    MonthlyReport report;

    @Inject
    ReportLists lists;

    @GET
    @Path("reports/monthly")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "getMonthlyReport", summary = "The Kanwil's monthly report",
            description = "For the month (YYYY-MM, the facility's calendar), per facility and for the region: the population at "
                    + "the end of the month's last day by register class and by status; admissions; releases and integrations "
                    + "(PB/CB/CMB) started; escapes and recaptures; programmes run (a roll taken at a session or an enrolment "
                    + "completed in the month) and completions; notifications issued, acknowledged and the time to acknowledge "
                    + "(median and 90th percentile, minutes and hours); information requests submitted and answered on time "
                    + "(approved or rejected by the answer deadline) or late; incidents by type; the month's releases that "
                    + "re-offended within 6, 12 and 24 months. Each figure names the list query whose `total` is its `count`. "
                    + "`Accept: text/csv` answers one row per facility and figure, the region's rows last (facility `REGION`)."
                    + ROLES)
    @APIResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportViews.ReportView.class),
                    examples = @ExampleObject(name = "November", ref = "MonthlyReport")),
            @Content(mediaType = CSV, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    examples = @ExampleObject(name = "November", ref = "MonthlyReportCsv"))})
    public Response monthly(
            @Parameter(description = "The month, YYYY-MM", required = true, example = "2026-11") @QueryParam("month") String month,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @Context HttpHeaders headers) {
        ReportViews.ReportView view = ReportViews.ReportView.of(report.of(month(month), facility));
        if (wantsCsv(headers)) {
            return Response.ok(csv(view), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(view, MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("population")
    @Transactional
    @Operation(operationId = "listPopulation", summary = "The population at a date",
            description = "Every WBP whose stay in a facility was open at the end of `on` (IN_CUSTODY, IN_TRANSIT — the sending "
                    + "facility's until the arrival —, ESCAPED, IN_INTEGRATION), as the last inmate event before then showed "
                    + "them, by facility and register number. The report's population figures are its `total`." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of the population",
            content = @Content(schema = @Schema(ref = "PopulationEntryPage"), examples = @ExampleObject(name = "page", ref = "PopulationPage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `facility` (then the register number). "
                    + "A population at a date is no record that changes: no `updatedSince`, no `changes`.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"facility", "-facility", "registerNumber", "-registerNumber", "since", "-since"}))
    public Page<ReportViews.ResidentView> population(
            @Parameter(description = "The date (the facility's calendar)", required = true, example = "2026-11-30") @QueryParam("on") String on,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @Parameter(description = "Register class", example = "B.I") @QueryParam("registerClass") String registerClass,
            @Parameter(schema = @Schema(enumeration = {"IN_CUSTODY", "IN_TRANSIT", "ESCAPED", "IN_INTEGRATION"}))
            @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return lists.population(new ReportLists.PopulationCriteria(QueryParameters.date("on", on), facility, blank(registerClass),
                blank(status)), page).map(ReportViews.ResidentView::of);
    }

    @GET
    @Path("admissions")
    @Transactional
    @Operation(operationId = "listAdmissions", summary = "Admissions",
            description = "Stays admitted (`inmate.admitted`), oldest first." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of admissions",
            content = @Content(schema = @Schema(ref = "AdmissionPage"), examples = @ExampleObject(name = "page", ref = "AdmissionPage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `admittedOn`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "admittedOn", "-admittedOn", "recordedAt", "-recordedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<ReportViews.AdmissionView> admissions(
            @Parameter(description = "Admitted on or after", example = "2026-11-01") @QueryParam("admittedFrom") String from,
            @Parameter(description = "Admitted on or before", example = "2026-11-30") @QueryParam("admittedTo") String to,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @Parameter(description = "Register class", example = "A.II") @QueryParam("registerClass") String registerClass,
            @BeanParam @Valid PageRequest page) {
        return lists.admissions(new ReportLists.DateCriteria(QueryParameters.date("admittedFrom", from),
                QueryParameters.date("admittedTo", to), facility, blank(registerClass)), page)
                .map(ReportViews.AdmissionView::of);
    }

    @GET
    @Path("integrations")
    @Transactional
    @Operation(operationId = "listIntegrations", summary = "Integrations started",
            description = "Integrations (PB, CB, CMB) started (`inmate.integration-started`), oldest first." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of integrations",
            content = @Content(schema = @Schema(ref = "IntegrationStartPage"), examples = @ExampleObject(name = "page", ref = "IntegrationPage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `startsOn`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "startsOn", "-startsOn", "recordedAt", "-recordedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<ReportViews.IntegrationView> integrations(
            @Parameter(description = "Started on or after", example = "2026-11-01") @QueryParam("startedFrom") String from,
            @Parameter(description = "Started on or before", example = "2026-11-30") @QueryParam("startedTo") String to,
            @Parameter(schema = @Schema(enumeration = {"PB", "CB", "CMB"})) @QueryParam("kind") String kind,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        if (kind != null && !List.of("PB", "CB", "CMB").contains(kind)) {
            throw QueryParameters.invalid("kind", kind, "integration-kind");
        }
        return lists.integrations(new ReportLists.DateCriteria(QueryParameters.date("startedFrom", from),
                QueryParameters.date("startedTo", to), facility, kind), page).map(ReportViews.IntegrationView::of);
    }

    @GET
    @Path("escapes")
    @Transactional
    @Operation(operationId = "listEscapes", summary = "Escapes and recaptures",
            description = "Every escape by its urgent notification, filtered by the facility's date of the escape and by the day of "
                    + "the recapture, oldest first; without what helps find the person." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of escapes",
            content = @Content(schema = @Schema(ref = "EscapePage"), examples = @ExampleObject(name = "page", ref = "EscapePage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `dueOn` (the escape date)."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"dueOn", "-dueOn", "issuedAt", "-issuedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<ReportViews.EscapeView> escapes(
            @Parameter(description = "Escaped on or after", example = "2026-11-01") @QueryParam("escapedFrom") String escapedFrom,
            @Parameter(description = "Escaped on or before", example = "2026-11-30") @QueryParam("escapedTo") String escapedTo,
            @Parameter(description = "Recaptured on or after", example = "2026-11-01") @QueryParam("recapturedFrom") String recapturedFrom,
            @Parameter(description = "Recaptured on or before", example = "2026-11-30") @QueryParam("recapturedTo") String recapturedTo,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        return lists.escapes(new ReportLists.EscapeCriteria(QueryParameters.date("escapedFrom", escapedFrom),
                QueryParameters.date("escapedTo", escapedTo), QueryParameters.date("recapturedFrom", recapturedFrom),
                QueryParameters.date("recapturedTo", recapturedTo), facility), page).map(ReportViews.EscapeView::of);
    }

    @GET
    @Path("programmes-run")
    @Transactional
    @Operation(operationId = "listProgrammesRun", summary = "Programmes run",
            description = "Each programme, per facility, with a roll taken at one of its sessions (`program.attendance-recorded`) or "
                    + "an enrolment completed (`program.completed`) in the period, by facility and code." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of programmes",
            content = @Content(schema = @Schema(ref = "ProgrammeRunPage"), examples = @ExampleObject(name = "page", ref = "ProgrammeRunPage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order; here the programme code). Default: `facility`. "
                    + "Figures over a period: no `updatedSince`, no `changes`.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"facility", "-facility"}))
    public Page<ReportViews.ProgrammeRunView> programmesRun(
            @Parameter(description = "On or after", example = "2026-11-01") @QueryParam("from") String from,
            @Parameter(description = "On or before", example = "2026-11-30") @QueryParam("to") String to,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        return lists.programmesRun(new ReportLists.DateCriteria(QueryParameters.date("from", from), QueryParameters.date("to", to),
                facility, null), page).map(ReportViews.ProgrammeRunView::of);
    }

    @GET
    @Path("programme-completions")
    @Transactional
    @Operation(operationId = "listProgrammeCompletions", summary = "Programme completions",
            description = "Enrolments completed, in the facility the WBP was in, oldest first; no WBP named." + ROLES)
    @APIResponse(responseCode = "200", description = "A page of completions",
            content = @Content(schema = @Schema(ref = "ProgrammeCompletionPage"), examples = @ExampleObject(name = "page", ref = "CompletionPage")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `onDate`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"onDate", "-onDate", "recordedAt", "-recordedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<ReportViews.CompletionView> completions(
            @Parameter(description = "Completed on or after", example = "2026-11-01") @QueryParam("completedFrom") String from,
            @Parameter(description = "Completed on or before", example = "2026-11-30") @QueryParam("completedTo") String to,
            @Parameter(description = FACILITY, example = "LAPAS-AMUNTAI") @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        return lists.completions(new ReportLists.DateCriteria(QueryParameters.date("completedFrom", from),
                QueryParameters.date("completedTo", to), facility, null), page).map(ReportViews.CompletionView::of);
    }

    /** CSV when the client prefers it to JSON (the first acceptable of the two, by the order and weights of Accept). */
    private static boolean wantsCsv(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.valueOf(CSV))) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** One row per facility and figure, then the region's: month, facility, name, figure, value, count, query. */
    static String csv(ReportViews.ReportView view) {
        StringBuilder csv = new StringBuilder("month,facility,facilityName,figure,value,count,query\r\n");
        List<ReportViews.FacilityView> rows = new ArrayList<>(view.facilities());
        if (view.region() != null) {
            rows.add(view.region());
        }
        for (ReportViews.FacilityView facility : rows) {
            for (ReportViews.FigureView figure : facility.figures()) {
                csv.append(String.join(",", cell(view.month()), cell(facility.facility()), cell(facility.name()),
                        cell(figure.figure()), cell(figure.value() == null ? null : figure.value().toPlainString()),
                        cell(String.valueOf(figure.count())), cell(figure.query()))).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.matches("(?s).*[\",\r\n].*") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static YearMonth month(String value) {
        if (value == null || value.isBlank()) {
            throw QueryParameters.invalid("month", value, "month");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid("month", value, "month");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
