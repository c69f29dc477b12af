package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.AgreementRequests;
import id.sinergi.liaison.command.SearchRequests;
import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.service.Agreements;
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

import java.time.LocalDate;
import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path(AgreementResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements", description = "Cooperation agreements (MoU / PKS)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class AgreementResource {

    static final String PATH = "/api/v1/liaison/agreements";
    private static final int MAX_WINDOW_DAYS = 3650;

    @Inject
    FacilityClock clock;

    @Inject
    Agreements agreements;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "draftAgreement", summary = "Record a cooperation agreement as a draft",
            description = "Kind (MOU or PKS), a unique number, title, parties, scope and validity; activate it once signed. "
                    + "Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PKS with Polres", ref = "AgreementDraft")))
    @APIResponse(responseCode = "201", description = "Drafted",
            headers = {@Header(name = "Location", description = "The new agreement"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no title", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The number is taken",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "duplicate", ref = "DuplicateAgreementProblem")))
    @APIResponse(responseCode = "422", description = "It ends before it starts, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "ends before start", ref = "EndsBeforeStartProblem")))
    public Response draft(@Valid @NotNull AgreementRequests.Draft draft) {
        Agreement agreement = agreements.draft(draft);
        return Answers.created(uriInfo, PATH, agreement.id, AgreementView.of(agreement, clock.today()), agreement.version);
    }

    @GET
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listAgreements", summary = "List and search agreements",
            description = "The Lapas (liaison, head) sees its facility's agreements; Polres those its unit is party to; auditors "
                    + "all. About to expire: `expiringWithinDays=60` (ACTIVE, ending between today and 60 days from today). "
                    + "`q` finds words in the number, title and scope. Ordered by `validTo`.")
    @APIResponse(responseCode = "200", description = "A page of agreements",
            content = @Content(schema = @Schema(ref = "AgreementPage"), examples = @ExampleObject(name = "page", ref = "AgreementPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `validTo`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"validTo", "-validTo", "createdAt", "-createdAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<AgreementView> list(
            @Parameter(schema = @Schema(implementation = Agreement.State.class)) @QueryParam("state") String state,
            @Parameter(schema = @Schema(implementation = Agreement.Kind.class)) @QueryParam("kind") String kind,
            @Parameter(description = "ACTIVE and ending within this many days (0–3650)", schema = @Schema(type = SchemaType.INTEGER),
                    example = "60") @QueryParam("expiringWithinDays") String expiringWithinDays,
            @Parameter(description = "Words to find. Discouraged when they may name a person: a URL ends up in the access "
                    + "logs of every proxy on the way; send them in the body of `POST /api/v1/liaison/agreements/search`", example = "pengamanan") @QueryParam("q") String text,
            @BeanParam @Valid PageRequest page) {
        var criteria = new Agreements.Criteria(QueryParameters.enumValue(Agreement.State.class, "state", state),
                QueryParameters.enumValue(Agreement.Kind.class, "kind", kind),
                Answers.days("expiringWithinDays", expiringWithinDays, MAX_WINDOW_DAYS), text);
        return agreements.list(criteria, page).map(agreement -> AgreementView.of(agreement, clock.today()));
    }

    @POST
    @Path("search")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "searchAgreements", summary = "Search agreements (filters in the body)",
            description = "The same search as `GET /api/v1/liaison/agreements` (same filters, order, paging, scope and roles), with"
                    + " the filters in a JSON body instead of the URL: `q` finds words in the number, title and scope. A URL, "
                    + "query string included, is written to the access logs of every proxy on the way; a body is not. A read: "
                    + "answers 200, needs no `Idempotency-Key`. Every field may be left out; an unknown field is a 400. Roles: "
                    + "lapas-liaison, lapas-head, auditor, kanwil-officer; Polres: agreements its unit is party to.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "about to expire", ref = "AgreementSearch")))
    @APIResponse(responseCode = "200", description = "A page of agreements",
            content = @Content(schema = @Schema(ref = "AgreementPage"), examples = @ExampleObject(name = "page", ref = "AgreementPage")))
    @APIResponse(responseCode = "400", description = "A field is invalid or unknown, or the body is not the JSON of a search",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "unknown field", ref = "UnknownSearchFieldProblem")))
    public Page<AgreementView> search(@Valid @NotNull SearchRequests.AgreementSearch request) {
        var criteria = new Agreements.Criteria(request.state(), request.kind(), request.expiringWithinDays(), request.q());
        return agreements.list(criteria, PageRequest.of(request.page(), request.size())).map(agreement -> AgreementView.of(agreement, clock.today()));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getAgreement", summary = "Read an agreement",
            description = "An agreement with its parties, validity and state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The agreement", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = AgreementView.class),
                    examples = @ExampleObject(name = "active", ref = "Agreement")))
    @APIResponse(responseCode = "404", description = "No such agreement, or not the caller's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return answer(agreements.get(id), clock.today());
    }

    @PUT
    @Path("{id}")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD})
    @Operation(operationId = "amendAgreement", summary = "Change a draft agreement",
            description = "Replaces the draft's details (the `amend` action, DRAFT only). Needs `If-Match`. Roles: lapas-liaison, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "PKS with Polres", ref = "AgreementDraft")))
    @APIResponse(responseCode = "200", description = "Changed", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = AgreementView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such agreement in the caller's facility",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "Not a draft any more, or the number is taken",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "not allowed", ref = "TransitionProblem"),
                    @ExampleObject(name = "duplicate", ref = "DuplicateAgreementProblem")}))
    @APIResponse(responseCode = "412", description = "The agreement changed since it was read",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "It ends before it starts, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "ends before start", ref = "EndsBeforeStartProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response amend(@PathParam("id") UUID id,
            @Parameter(description = Answers.IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull AgreementRequests.Draft draft) {
        return answer(agreements.amend(id, ifMatch, draft), clock.today());
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeAgreementStateMachine", summary = "The agreement state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return Agreement.MACHINE.describe();
    }

    static Response answer(Agreement agreement, LocalDate today) {
        return Answers.ok(AgreementView.of(agreement, today), agreement.version);
    }
}
