package id.sinergi.liaison.rest;

import id.sinergi.liaison.command.PolresUnitRequests;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.service.PolresDirectory;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.List;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path("/api/v1/liaison/polres-units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Polres directory", description = "Which Polres unit covers which regency")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation", content = @Content(mediaType = PROBLEM))
public class PolresUnitResource {

    static final String CODE = "^[A-Z][A-Z0-9-]{1,39}$";

    @Schema(name = "PolresUnit", description = "A Polres unit (the token's `unit`) and the regencies/cities it covers.")
    public record PolresUnitView(@Schema(examples = "POLRES-TABALONG") String code,
                                 @Schema(examples = "Polres Tabalong") String name, List<RegencyView> regencies,
                                 @Schema(description = "Its version (the ETag)", examples = "0") long version,
                                 OffsetDateTime updatedAt,
                                 @Schema(examples = "admin-1") String updatedBy) {

        static PolresUnitView of(PolresUnit unit) {
            return new PolresUnitView(unit.code(), unit.name(),
                    unit.regencies().stream().map(r -> new RegencyView(r.code(), r.name())).toList(), unit.version(),
                    unit.updatedAt(), unit.updatedBy());
        }
    }

    @Schema(name = "Regency", description = "A kabupaten/kota by its Kemendagri code (Kepmendagri 100.1.1-6117/2022).")
    public record RegencyView(@Schema(examples = "63.09", pattern = "^\\d{2}\\.\\d{2}$") String code,
                              @Schema(examples = "Kabupaten Tabalong") String name) {
    }

    @Inject
    PolresDirectory directory;

    @GET
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER, Roles.SINERGI_ADMIN})
    @Operation(operationId = "listPolresUnits", summary = "The Polres directory",
            description = "Every Polres unit of Polda Kalimantan Selatan with the regencies/cities it covers (Kemendagri codes, "
                    + "Kepmendagri 100.1.1-6117/2022): release-due and release notifications go to the unit covering the "
                    + "regency of the release plan. Roles: every Lapas and Polres role, auditor, kanwil-officer, sinergi-admin.")
    @APIResponse(responseCode = "200", description = "The units, in the order of the first regency each covers")
    public List<PolresUnitView> list() {
        return directory.units().stream().map(PolresUnitView::of).toList();
    }

    @GET
    @Path("{code}")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER, Roles.SINERGI_ADMIN})
    @Operation(operationId = "getPolresUnit", summary = "A Polres unit of the directory",
            description = "The unit and the regencies it covers, with its version as `ETag` (to replace it). Roles: as the directory.")
    @APIResponse(responseCode = "200", description = "The unit", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = PolresUnitView.class)))
    @APIResponse(responseCode = "404", description = "No such unit",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("code") String code) {
        PolresUnit unit = directory.get(code);
        return Response.ok(PolresUnitView.of(unit)).tag(ETags.of(unit.version())).build();
    }

    @PUT
    @Path("{code}")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.SINERGI_ADMIN)
    @Operation(operationId = "putPolresUnit", summary = "Create or replace a Polres unit",
            description = "Sets the unit's name and every regency/city it covers (Kemendagri codes). A new unit answers 201 "
                    + "(no `If-Match`); replacing one needs `If-Match` with its ETag and answers 200. A regency covered by "
                    + "another unit is a conflict (409 `regency-covered`): one regency has one Polres unit, so move it by "
                    + "first replacing the unit that covers it. Release notices are routed by the new directory from the "
                    + "moment it commits. Publishes `liaison.polres-unit-changed`. Role: sinergi-admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "Polres Tabalong", ref = "PolresUnitChange")))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", description = "The new version"),
            content = @Content(schema = @Schema(implementation = PolresUnitView.class)))
    @APIResponse(responseCode = "201", description = "Created", headers = {@Header(name = "ETag", description = "Its version"),
            @Header(name = "Location", description = "The unit")},
            content = @Content(schema = @Schema(implementation = PolresUnitView.class)))
    @APIResponse(responseCode = "400", description = "The code or a field is invalid (e.g. a regency code that is not NN.NN)",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "Never for a code of the right form: a unit that does not exist is created",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "A regency is covered by another unit (`unit` names it)",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "covered", ref = "RegencyCoveredProblem")))
    @APIResponse(responseCode = "412", description = "The unit changed since it was read, or `If-Match` was sent for a unit that does not exist",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "A regency is listed twice, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "Replacing an existing unit without If-Match",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
    public Response put(@PathParam("code") @Pattern(regexp = CODE, message = "{sinergi.unit-code}")
                        @Parameter(example = "POLRES-TABALONG") String code,
                        @Parameter(description = Answers.IF_MATCH + " (replacing only)", example = "\"0\"")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Context UriInfo uriInfo,
                        @Valid @NotNull PolresUnitRequests.Unit unit) {
        PolresDirectory.Stored stored = directory.put(code, ifMatch, unit);
        PolresUnitView view = PolresUnitView.of(stored.unit());
        if (stored.created()) {
            return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/liaison/polres-units").path(code).build())
                    .tag(ETags.of(stored.unit().version())).entity(view).build();
        }
        return Response.ok(view).tag(ETags.of(stored.unit().version())).build();
    }
}
