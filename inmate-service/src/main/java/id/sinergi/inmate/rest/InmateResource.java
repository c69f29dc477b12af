package id.sinergi.inmate.rest;

import id.sinergi.inmate.service.AdmissionService;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;

import java.util.UUID;

@Path("/api/v1/inmates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmates", description = "The register of WBP (registrasi)")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "unauthorized", value = Examples.UNAUTHORIZED_PROBLEM)))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = "application/problem+json"))
public class InmateResource {

    @Inject
    AdmissionService admissions;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD})
    @Operation(operationId = "admitInmate", summary = "Admit a WBP",
            description = "Enters a WBP into the register and gives them a register number. Publishes `inmate.admitted`. "
                    + "Send an `Idempotency-Key` to make retries safe.")
    @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER, description = "Any unique string per intended admission; a retry with the same key replays the first answer.",
            example = "2b0c6a9e-registry-desk-000123")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "admission", value = Examples.ADMISSION_REQUEST)))
    @APIResponse(responseCode = "201", description = "Admitted",
            headers = {@Header(name = "Location", description = "The new record"), @Header(name = "ETag", description = "The record's version")},
            content = @Content(schema = @Schema(implementation = InmateView.class), examples = @ExampleObject(name = "admitted", value = Examples.INMATE)))
    @APIResponse(responseCode = "400", description = "The body is not valid",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "invalid NIK", value = Examples.VALIDATION_PROBLEM)))
    @APIResponse(responseCode = "409", description = "A WBP with this NIK is already in the register",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "duplicate NIK", value = Examples.DUPLICATE_NIK_PROBLEM)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request",
            content = @Content(mediaType = "application/problem+json"))
    public Response admit(@Valid @NotNull AdmissionRequest request) {
        var inmate = admissions.admit(request);
        return Response.created(uriInfo.getBaseUriBuilder().path("api/v1/inmates").path(inmate.id.toString()).build())
                .tag(ETags.of(inmate.version))
                .entity(InmateView.of(inmate))
                .build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY,
            Roles.LAPAS_LIAISON, Roles.AUDITOR})
    @Operation(operationId = "getInmate", summary = "Read a WBP's record",
            description = "The full record, with its version in the `ETag` header.")
    @APIResponse(responseCode = "200", description = "The record", headers = @Header(name = "ETag", description = "The record's version"),
            content = @Content(schema = @Schema(implementation = InmateView.class), examples = @ExampleObject(name = "inmate", value = Examples.INMATE)))
    @APIResponse(responseCode = "404", description = "No such WBP (or not yours to see)",
            content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@Parameter(description = "The WBP's id", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10") @PathParam("id") UUID id) {
        var inmate = admissions.find(id).orElseThrow(() -> Problems.notFound("Inmate", id));
        return Response.ok(InmateView.of(inmate)).tag(ETags.of(inmate.version)).build();
    }
}
