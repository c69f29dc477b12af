package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.AdmissionRequest;
import id.sinergi.inmate.command.InmateSearchRequest;
import id.sinergi.inmate.command.PersonalDetailsRequest;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.service.AccessPolicy;
import id.sinergi.inmate.service.InmateRecords;
import id.sinergi.inmate.service.InmateRegister;
import id.sinergi.inmate.service.InmateSearch;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
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
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/inmates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmates", description = "The register of WBP (registrasi)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized", ref = "UnauthorizedProblem")))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = "application/problem+json"))
public class InmateResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    InmateRegister register;

    @Inject
    InmateRecords records;

    @Inject
    InmateSearch search;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD})
    @Operation(operationId = "admitInmate", summary = "Admit a WBP",
            description = "Opens a stay: enters a WBP into the register and gives the stay the next register number of its "
                    + "class and year (`<class>-<sequence>/<year>`). A person already known (same NIK, or `personId` after a "
                    + "registrar confirmed a match from search) gets a new stay under the same person, marked `recidivist` "
                    + "when an earlier stay ended after a conviction; a second open stay is refused. The stay is held by the "
                    + "caller's facility (the token's unit), and the number is that facility's: `facility` in the body may only "
                    + "repeat it (422 `other-facility`), and it must be in the region's directory (422 `unknown-facility`). "
                    + "Publishes `inmate.admitted`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "convict", ref = "AdmissionConvict"),
            @ExampleObject(name = "detainee", ref = "AdmissionDetainee"),
            @ExampleObject(name = "a known person comes back", ref = "AdmissionReturning")}))
    @APIResponse(responseCode = "201", description = "Admitted",
            headers = {@Header(name = "Location", description = "The new record"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = InmateView.class), examples = @ExampleObject(name = "admitted", ref = "Inmate")))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid NIK", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The person (same NIK, or the confirmed personId) already has an open stay "
            + "(`open-stay`, with `openStayId` and `openStayRegisterNumber`)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "open stay", ref = "OpenStayProblem")))
    @APIResponse(responseCode = "422", description = "A rule of the register is broken (sentence for a convict, detention for a "
            + "detainee, NIK for Indonesians; `unknown-person` for a personId the register does not know, "
            + "`nik-of-another-person` when the NIK belongs to another person than personId; `register-class-mismatch` "
            + "when the class is not the one the registration standard gives the sentence, with `expectedRegisterClass`; "
            + "the shape of the sentence's kind; `other-facility`, `unknown-facility`), or the Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "missing sentence", ref = "RuleProblem"),
                    @ExampleObject(name = "register class mismatch", ref = "RegisterClassMismatchProblem"),
                    @ExampleObject(name = "unknown person", ref = "UnknownPersonProblem"),
                    @ExampleObject(name = "another facility", ref = "OtherFacilityProblem"),
                    @ExampleObject(name = "a facility outside the directory", ref = "UnknownFacilityProblem")}))
    public Response admit(@Valid @NotNull AdmissionRequest request) {
        Inmate inmate = register.admit(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/inmates").path(inmate.id.toString()).build())
                .tag(ETags.of(inmate.version))
                .entity(InmateView.of(inmate))
                .build();
    }

    @GET
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchInmates", summary = "Search the register",
            description = "Fuzzy name search over names and aliases: every word of `name` must match a word of the name or an alias, "
                    + "exactly or closely (spelling variants and typos such as `Akhmad`, `Rziani` still match; at most 8 words), "
                    + "WBP with every word exactly first. Exact NIK and "
                    + "register number, and filters. Items are the basic view; read one record for the full view. "
                    + "Stable order: best match (name searches), expected release (release windows), then register number. A name search pages through the 50 best "
                    + "matches (`total` counts those); narrow it with NIK, class, risk or block. Lapas roles and a facility's auditor find "
                    + "their facility's WBP and those in transit to it; Polres roles, kanwil-officer and the regional auditor the "
                    + "region's. Agency systems searching by NIK or name: `POST /api/v1/inmates/search`, which keeps them out of "
                    + "URLs and so out of access logs. Roles: Lapas roles, Polres roles, auditor, kanwil-officer.")
    @APIResponse(responseCode = "200", description = "A page of WBP",
            content = @Content(schema = @Schema(ref = "InmateBasicPage"), examples = @ExampleObject(name = "found", ref = "SearchResult")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `registerNumber`, "
                    + "`expectedRelease` with a release window. A name search is by closeness and takes neither `sort` nor `cursor`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "registerNumber", "-registerNumber", "expectedRelease", "-expectedRelease",
                    "admittedOn", "-admittedOn", "createdAt", "-createdAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<InmateBasicView> search(
            @Parameter(description = "Name or alias, or words of them; typos tolerated. Discouraged: a name in a URL ends up in "
                    + "the access logs of every proxy on the way; send it in the body of `POST /api/v1/inmates/search`",
                    example = "ahmad rizani") @QueryParam("name") @Size(max = 200) String name,
            @Parameter(description = "Exact NIK. Discouraged: a NIK in a URL ends up in the access logs of every proxy on the "
                    + "way; send it in the body of `POST /api/v1/inmates/search`",
                    example = "6308011203900001") @QueryParam("nik") @Pattern(regexp = "\\d{16}", message = "{sinergi.nik}") String nik,
            @Parameter(description = "Exact register number", example = "B.I-0123/2026") @QueryParam("registerNumber") String registerNumber,
            @Parameter(schema = @Schema(implementation = InmateStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Register class code", example = "B.I", schema = @Schema(implementation = String.class,
                    enumeration = {"A.I", "A.II", "A.III", "A.IV", "A.V", "B.I", "B.IIa", "B.IIb", "B.III"}))
            @QueryParam("registerClass") String registerClass,
            @Parameter(schema = @Schema(implementation = RiskLevel.class)) @QueryParam("riskLevel") String riskLevel,
            @Parameter(example = "A-2") @QueryParam("cellBlock") String cellBlock,
            @Parameter(description = "Expected release on or after", example = "2026-12-01") @QueryParam("releaseFrom") String releaseFrom,
            @Parameter(description = "Expected release on or before", example = "2026-12-31") @QueryParam("releaseTo") String releaseTo,
            @BeanParam @Valid PageRequest page) {
        var criteria = new InmateSearch.Criteria(name, nik, registerNumber,
                QueryParameters.enumValue(InmateStatus.class, "status", status),
                registerClass == null ? null : parseClass(registerClass),
                QueryParameters.enumValue(RiskLevel.class, "riskLevel", riskLevel), cellBlock,
                QueryParameters.date("releaseFrom", releaseFrom), QueryParameters.date("releaseTo", releaseTo));
        return search.search(criteria, page).map(InmateBasicView::of);
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchInmatesByBody", summary = "Search the register by NIK or name (criteria in the body)",
            description = "The way for agency systems to search by NIK or name: the same search as `GET /api/v1/inmates` "
                    + "(same criteria, order, paging, scope and roles), with the criteria in a JSON body instead of the URL. "
                    + "A URL, query string included, is written to the access logs of every proxy and ingress on the way; a "
                    + "body is not. A read: it changes nothing, answers 200, needs no `Idempotency-Key` and may be repeated. "
                    + "Every field may be left out (`page` 0 and `size` 20 by default); a field the search does not know is "
                    + "a 400, so a misspelt filter never widens a search. Roles: Lapas roles, Polres roles, auditor, kanwil-officer.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "by NIK", ref = "SearchByNik"),
            @ExampleObject(name = "by name, in a block", ref = "SearchByName")}))
    @APIResponse(responseCode = "200", description = "A page of WBP",
            content = @Content(schema = @Schema(ref = "InmateBasicPage"), examples = @ExampleObject(name = "found", ref = "SearchResult")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<InmateBasicView> searchByBody(@Valid @NotNull InmateSearchRequest request) {
        var criteria = new InmateSearch.Criteria(request.name(), request.nik(), request.registerNumber(), request.status(),
                request.registerClass(), request.riskLevel(), request.cellBlock(), request.releaseFrom(), request.releaseTo());
        return search.search(criteria, PageRequest.of(request.page(), request.size())).map(InmateBasicView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getInmate", summary = "Read a WBP's record",
            description = "Lapas roles and auditors get the full record; Polres roles get the basic view unless an approved "
                    + "information request granted the calling officer this record (until it expires): then the full record "
                    + "with only the sections of the categories the request asked for (`sections`; IDENTITY: personal "
                    + "details, earlier stays and the release plan; OFFENCES_AND_SENTENCE: offences, sentence and remissions), "
                    + "the others as in the basic view. Every full read is written to the access log (record RECORD), with "
                    + "the purpose from the `X-Purpose` header, or the information request for a Polres officer. kanwil-officer gets the "
                    + "basic view of every WBP of the region, never the full record. Another facility's WBP is 404 to Lapas roles "
                    + "and a facility's auditor, unless in transit to their facility.")
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the record is read (kept in the access log)",
            example = "LP/B/45/XI/2026 investigation")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(oneOf = {InmateView.class, InmateBasicView.class}), examples = {
                    @ExampleObject(name = "full", ref = "Inmate"),
                    @ExampleObject(name = "basic", ref = "InmateBasic")}))
    @APIResponse(responseCode = "404", description = "No such WBP, or not in the caller's facility",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id, @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        InmateRecords.Read read = records.read(id, purpose);
        Object body = read.view() == AccessPolicy.View.FULL
                ? InmateView.of(read.inmate(), read.categories(), ReleasePlan.of(id).orElse(null))
                : InmateBasicView.of(read.inmate());
        return Response.ok(body).tag(ETags.of(read.inmate().version)).build();
    }

    @PUT
    @Path("{id}/personal-details")
    @Idempotent
    @Operation(operationId = "updatePersonalDetails", summary = "Correct a WBP's personal details",
            description = "Replaces name, aliases, NIK, birth place and date, sex and nationality. Needs `If-Match` with the "
                    + "ETag last read, like every action on a record. Publishes `inmate.updated` (changed: identity). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "details", ref = "PersonalDetails")))
    @APIResponse(responseCode = "200", description = "Updated", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = InmateView.class)))
    @APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Duplicate NIK, or the WBP left the register",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "duplicate NIK", ref = "DuplicateNikProblem")))
    @APIResponse(responseCode = "412", description = "The record changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Response updatePersonalDetails(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                          @Valid @NotNull PersonalDetailsRequest request) {
        Inmate inmate = register.updatePersonalDetails(id, ifMatch, request);
        return Response.ok(InmateView.of(inmate)).tag(ETags.of(inmate.version)).build();
    }

    @GET
    @Path("{id}/key-dates")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getKeyDates", summary = "Key dates of a WBP's sentence",
            description = "1/3, 1/2 and 2/3 of the sentence, expiry after remissions, parole (PB) eligibility; the detention "
                    + "end for a detainee. Lapas roles and auditors of the WBP's facility, the regional auditor, and Polres officers "
                    + "granted KEY_DATES. Each read is written to the access log (record KEY_DATES).")
    @APIResponse(responseCode = "200", description = "The key dates",
            content = @Content(schema = @Schema(implementation = RecordViews.KeyDatesView.class), examples = @ExampleObject(name = "convict", ref = "KeyDates")))
    @APIResponse(responseCode = "404", description = "No such WBP, or not yours to see", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the key dates are read (kept in the access log)")
    public RecordViews.KeyDatesView keyDates(@PathParam("id") UUID id, @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        return RecordViews.KeyDatesView.of(records.keyDates(id, purpose));
    }

    @GET
    @Path("{id}/timeline")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getTimeline", summary = "Everything that happened to a WBP, newest first",
            description = "Admission, risk assessments, movements, remissions, class changes, notices, release. Lapas roles "
                    + "and auditors of the WBP's facility, the regional auditor, and Polres officers granted MOVEMENTS_AND_TIMELINE. Each read is written to the access log "
                    + "(record TIMELINE).")
    @APIResponse(responseCode = "200", description = "A page of the timeline",
            content = @Content(schema = @Schema(ref = "TimelineEntryPage"), examples = @ExampleObject(name = "timeline", ref = "Timeline")))
    @APIResponse(responseCode = "404", description = "No such WBP, or not yours to see", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the timeline is read (kept in the access log)")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-at`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"at", "-at", "updatedAt", "-updatedAt", "changes"}))
    public Page<RecordViews.TimelineEntryView> timeline(@PathParam("id") UUID id, @HeaderParam("X-Purpose") @Size(max = 500) String purpose,
                                                        @BeanParam @Valid PageRequest page) {
        return records.timeline(id, purpose, page).map(RecordViews.TimelineEntryView::of);
    }

    @GET
    @Path("{id}/risk-assessments")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getRiskAssessments", summary = "Risk assessment history, newest first",
            description = "Every risk assessment of a WBP, with its reason and assessor. Lapas roles and auditors of the WBP's "
                    + "facility, the regional auditor, and Polres officers granted RISK_ASSESSMENTS. Each read is written to the access log (record RISK_ASSESSMENTS).")
    @APIResponse(responseCode = "200", description = "A page of assessments")
    @APIResponse(responseCode = "404", description = "No such WBP, or not yours to see", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the risk history is read (kept in the access log)")
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-assessedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"assessedAt", "-assessedAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<RecordViews.RiskAssessmentView> riskAssessments(@PathParam("id") UUID id,
                                                               @HeaderParam("X-Purpose") @Size(max = 500) String purpose,
                                                               @BeanParam @Valid PageRequest page) {
        return records.riskAssessments(id, purpose, page).map(RecordViews.RiskAssessmentView::of);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeInmateStateMachine", summary = "The state machine of a WBP's record",
            description = "For integrators: the states a WBP's record can be in (`IN_FACILITY`, away at court, on a police "
                    + "loan or at medical care, in integration, escaped, `IN_TRANSIT` to another facility of the region, `RELEASED`, "
                    + "`TRANSFERRED` out of the region), every action with the states it may be taken "
                    + "from, where it leads, the roles that may take it and what must hold beside the state. A record's "
                    + "`allowedActions` says which its current state allows; a 409 names the state. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return InmateMachine.MACHINE.describe();
    }

    private static RegisterClass parseClass(String code) {
        try {
            return RegisterClass.fromCode(code);
        } catch (IllegalArgumentException e) {
            throw QueryParameters.invalid("registerClass", code, "register-class");
        }
    }
}
