package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.ReleasePlanRequest;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.service.InmateRecords;
import id.sinergi.inmate.service.ReleasePlans;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
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

@Path("/api/v1/inmates/{id}/release-plan")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmates")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
public class ReleasePlanResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReleasePlans plans;

    @Inject
    InmateRecords records;

    @PUT
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD})
    @Operation(operationId = "planRelease", summary = "Record a WBP's release plan",
            description = "Where the WBP will live after release (address, village, district, Kemendagri regency code and "
                    + "name), who receives them and the Bapas that supervises (Permenkumham 3/2018); replaces an earlier plan. "
                    + "Only for a WBP the facility holds (action `plan-release`; 409 otherwise). Needs `If-Match` with the "
                    + "record's ETag; the record's version moves. Publishes `inmate.release-planned`; `inmate.release-due`, "
                    + "`inmate.released` and `inmate.integration-started` carry the plan. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", ref = "ReleasePlanRequest")))
    @APIResponse(responseCode = "200", description = "Recorded", headers = @Header(name = "ETag", description = "The record's new version"),
            content = @Content(schema = @Schema(implementation = InmateView.ReleasePlanView.class),
                    examples = @ExampleObject(name = "plan", ref = "ReleasePlan")))
    @APIResponse(responseCode = "400", description = "A field is invalid (e.g. a regency code not `NN.NN`)", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not lapas-registrar or lapas-head", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such WBP", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "The WBP is not in custody (released, transferred, in integration, escaped)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "The record changed since it was read", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Response plan(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                         @Valid @NotNull ReleasePlanRequest request) {
        ReleasePlans.Planned planned = plans.plan(id, ifMatch, request);
        return Response.ok(InmateView.ReleasePlanView.of(planned.plan())).tag(ETags.of(planned.inmate().version)).build();
    }

    @GET
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getReleasePlan", summary = "Read a WBP's release plan",
            description = "Personal data: Lapas roles and auditors, and Polres officers granted IDENTITY by an approved "
                    + "information request (404 to others, as for the rest of the full record). Each read is written to the "
                    + "access log (record RELEASE_PLAN). The ETag is the record's, for a following PUT.")
    @Parameter(name = "X-Purpose", in = ParameterIn.HEADER, description = "Why the plan is read (kept in the access log)",
            example = "Persiapan pembebasan")
    @APIResponse(responseCode = "200", description = "The plan", headers = @Header(name = "ETag", description = "The record's version"),
            content = @Content(schema = @Schema(implementation = InmateView.ReleasePlanView.class),
                    examples = @ExampleObject(name = "plan", ref = "ReleasePlan")))
    @APIResponse(responseCode = "404", description = "No such WBP, not yours to see, or no plan recorded", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("id") UUID id, @HeaderParam("X-Purpose") @Size(max = 500) String purpose) {
        var plan = records.releasePlan(id, purpose);
        Inmate inmate = Inmate.findById(id);
        return Response.ok(InmateView.ReleasePlanView.of(plan)).tag(ETags.of(inmate.version)).build();
    }
}
