package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.FacilityRequest;
import id.sinergi.inmate.domain.Facility;
import id.sinergi.inmate.service.Facilities;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/**
 * The region's facility directory: where stays are held, and where a transfer within the region
 * goes. Every caller reads it; sinergi-admin writes it.
 */
@Path("/api/v1/inmates/facilities")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Facilities", description = "The region's facility directory (UPT Pemasyarakatan of the Kanwil)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized", ref = "UnauthorizedProblem")))
public class FacilityResource {

    private static final String PROBLEM = "application/problem+json";
    private static final String CODE = "[A-Z0-9]+(-[A-Z0-9]+)*";

    @Inject
    Facilities facilities;

    @Context
    UriInfo uriInfo;

    @GET
    @Operation(operationId = "listFacilities", summary = "List the region's facilities",
            description = "Every facility of the directory, ordered by code; the whole list (a region has a few dozen), not "
                    + "paged. Any authenticated role.")
    @APIResponse(responseCode = "200", description = "The directory",
            content = @Content(schema = @Schema(implementation = FacilityView.Listing.class),
                    examples = @ExampleObject(name = "facilities", ref = "Facilities")))
    public FacilityView.Listing list() {
        return new FacilityView.Listing(Facility.<Facility>listAll(io.quarkus.panache.common.Sort.by("code")).stream()
                .map(FacilityView::of).toList());
    }

    @GET
    @Path("{code}")
    @Operation(operationId = "getFacility", summary = "Read a facility of the directory",
            description = "The facility with its version as ETag (for a following PUT). Any authenticated role.")
    @APIResponse(responseCode = "200", description = "The facility", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = FacilityView.class), examples = @ExampleObject(name = "facility", ref = "Facility")))
    @APIResponse(responseCode = "404", description = "No such facility in the directory", content = @Content(mediaType = PROBLEM))
    public Response get(@PathParam("code") String code) {
        Facility facility = Facility.findById(code);
        if (facility == null) {
            throw Problems.notFound("facility", code);
        }
        return Response.ok(FacilityView.of(facility)).tag(ETags.of(facility.version)).build();
    }

    @PUT
    @Path("{code}")
    @Idempotent
    @RolesAllowed(Roles.SINERGI_ADMIN)
    @Operation(operationId = "putFacility", summary = "Create or replace a facility of the directory",
            description = "Creates the facility (201, no `If-Match`) or replaces it as a whole (200, `If-Match` with its ETag "
                    + "required: 428 without, 412 stale; any `If-Match`, even `*`, for a code not yet known is 412). The kind is LAPAS, RUTAN, "
                    + "LPKA or BAPAS, the zone an IANA zone (422 `invalid-time-zone`), the regency a Kemendagri code `NN.NN`. "
                    + "Publishes `inmate.facility-changed` keyed by the code; transfers to the code are within the region from "
                    + "then on. Role: sinergi-admin.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "facility", ref = "FacilityPut")))
    @APIResponse(responseCode = "200", description = "Replaced", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(schema = @Schema(implementation = FacilityView.class), examples = @ExampleObject(name = "facility", ref = "Facility")))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "The facility"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = FacilityView.class), examples = @ExampleObject(name = "facility", ref = "Facility")))
    @APIResponse(responseCode = "400", description = "A field is invalid (kind, class, a regency code not `NN.NN`, a code not "
            + "upper-case words joined by '-')", content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "invalid", ref = "ValidationProblem")))
    @APIResponse(responseCode = "403", description = "Not sinergi-admin", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "412", description = "The facility changed since it was read, or does not exist yet",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "428", description = "If-Match is missing for an existing facility", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "Not an IANA time zone, or the Idempotency-Key was used for another request",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "zone", ref = "InvalidTimeZoneProblem")))
    public Response put(@PathParam("code") @Size(max = 50) @Pattern(regexp = CODE, message = "{sinergi.facility-code}")
                        String code,
                        @Parameter(description = "The facility's ETag last read; not for a creation", example = "\"0\"")
                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @Valid @NotNull FacilityRequest request) {
        Facilities.Put put = facilities.put(code, ifMatch, request);
        Response.ResponseBuilder answer = put.created()
                ? Response.created(uriInfo.getBaseUriBuilder().path("api/v1/inmates/facilities").path(code).build())
                : Response.ok();
        return answer.entity(FacilityView.of(put.facility())).tag(ETags.of(put.facility().version)).build();
    }
}
