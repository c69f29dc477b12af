package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.PoliceLoanRequests;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.service.PoliceLoans;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import id.sinergi.liaison.service.Scope;
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

import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path(PoliceLoanResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Police loans", description = "Police loans of WBP for investigation (bon / peminjaman)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class PoliceLoanResource {

    static final String PATH = "/api/v1/liaison/police-loans";

    @Inject
    FacilityClock clock;

    @Inject
    PoliceLoans loans;

    @Inject
    Scope scope;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "requestPoliceLoan", summary = "Ask to borrow a WBP for investigation",
            description = "Purpose, case number, loan letter, the borrowing unit, planned departure and return, and the "
                    + "escorting officers. Refused for an unknown WBP (422), one released or transferred (409 "
                    + "`inmate-not-in-custody`) or one already out (409 `inmate-already-out`). Publishes "
                    + "`liaison.police-loan-changed` (REQUESTED). Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "witness", ref = "LoanRequest")))
    @APIResponse(responseCode = "201", description = "Requested",
            headers = {@Header(name = "Location", description = "The new loan"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = PoliceLoanView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no purpose", ref = "ValidationProblem")))
    @APIResponse(responseCode = "409", description = "The WBP is not in custody or is already out",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "already out", ref = "AlreadyOutProblem"),
                    @ExampleObject(name = "released", ref = "NotInCustodyProblem")}))
    @APIResponse(responseCode = "422", description = "Unknown WBP, return before departure, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "unknown WBP", ref = "UnknownInmateProblem"),
                    @ExampleObject(name = "back before out", ref = "BackBeforeOutProblem")}))
    public Response request(@Valid @NotNull PoliceLoanRequests.LoanRequest request) {
        PoliceLoan loan = loans.request(request);
        return Answers.created(uriInfo, PATH, loan.id, PoliceLoanView.of(loan, loans.escortsOf(loan), clock.timestamp()), loan.version);
    }

    @GET
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_REGISTRAR,
            Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listPoliceLoans", summary = "List police loans",
            description = "Polres sees its unit's loans; the Lapas (liaison, head, registrar, security) every loan of its "
                    + "facility; auditors all. Out now: `state=CHECKED_OUT`; late: `overdue=true`. Ordered by planned departure.")
    @APIResponse(responseCode = "200", description = "A page of loans",
            content = @Content(schema = @Schema(ref = "PoliceLoanPage"), examples = @ExampleObject(name = "page", ref = "LoanPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `plannedOutAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "plannedOutAt", "-plannedOutAt", "requestedAt", "-requestedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<PoliceLoanView> list(
            @Parameter(schema = @Schema(implementation = PoliceLoan.State.class)) @QueryParam("state") String state,
            @Parameter(description = "true: OVERDUE, or checked out past the planned return", schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("overdue") String overdue,
            @Parameter(description = "One WBP", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Planned departure on or after (UTC date)", example = "2026-11-01") @QueryParam("outFrom") String from,
            @Parameter(description = "Planned departure on or before (UTC date)", example = "2026-11-30") @QueryParam("outTo") String to,
            @BeanParam @Valid PageRequest page) {
        var criteria = new PoliceLoans.Criteria(QueryParameters.enumValue(PoliceLoan.State.class, "state", state),
                QueryParameters.flag("overdue", overdue), QueryParameters.uuid("inmateId", inmateId),
                QueryParameters.date("outFrom", from), QueryParameters.date("outTo", to));
        boolean basic = scope.isBasicViewOnly();
        return loans.list(criteria, page).map(loan -> PoliceLoanView.of(loan, loans.escortsOf(loan), clock.timestamp(), basic));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.LAPAS_LIAISON, Roles.LAPAS_HEAD, Roles.LAPAS_REGISTRAR,
            Roles.LAPAS_SECURITY, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getPoliceLoan", summary = "Read a police loan",
            description = "A police loan with its WBP, escort, dates and state, and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The loan", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = PoliceLoanView.class),
                    examples = @ExampleObject(name = "checked out", ref = "Loan")))
    @APIResponse(responseCode = "404", description = "No such loan, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        PoliceLoan loan = loans.get(id);
        return Answers.ok(PoliceLoanView.of(loan, loans.escortsOf(loan), clock.timestamp(), scope.isBasicViewOnly()), loan.version);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describePoliceLoanStateMachine", summary = "The police loan state machine",
            description = "Every state, every allowed transition, the roles that may take it and whether it needs a reason. Every role.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return PoliceLoan.MACHINE.describe();
    }
}
