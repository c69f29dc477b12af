package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.ReArrestRequest;
import id.sinergi.inmate.domain.ReArrest;
import id.sinergi.inmate.service.ReArrests;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Path("/api/v1/inmates/re-arrests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Re-arrests", description = "Arrests of former WBP recorded by Polres: what re-offence indicators count")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
public class ReArrestResource {

    private static final String PROBLEM = "application/problem+json";

    @Inject
    ReArrests reArrests;

    @Schema(name = "ReArrest", description = "The arrest of a former WBP: the person, the stay last released from, the police "
            + "report. Never the NIK.")
    public record ReArrestView(UUID id, UUID personId,
                               @Schema(description = "The stay the person was last released from") UUID inmateId,
                               @Schema(examples = "B.I-0123/2026") String registerNumber,
                               LocalDate releasedOn, LocalDate arrestedOn,
                               @Schema(examples = "LP/B/112/VIII/2027/Kalsel/Res HSU") String policeReportNumber,
                               @Schema(examples = "Pasal 363 KUHP") String article,
                               @Schema(examples = "POLRES-HSU") String polresUnit,
                               String recordedBy, OffsetDateTime recordedAt) {

        static ReArrestView of(ReArrest arrest) {
            return new ReArrestView(arrest.id, arrest.personId, arrest.inmateId, arrest.registerNumber, arrest.releasedOn,
                    arrest.arrestedOn, arrest.policeReportNumber, arrest.article, arrest.polresUnit, arrest.recordedBy,
                    arrest.recordedAt);
        }
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "recordReArrest", summary = "Record the arrest of a former WBP",
            description = "Polres names the person by NIK or by `personId` (exactly one), with the arrest date, the police "
                    + "report number and the article; the unit is the caller's. The person's last release from this facility "
                    + "is found and named. 404 unknown person; 409 `not-a-former-wbp` (never released here), `in-custody` "
                    + "(this facility's WBP now) or `duplicate-re-arrest` (same person and police report); 422 an arrest "
                    + "before that release or in the future. Publishes `inmate.re-arrested` (never the NIK). "
                    + "Roles: polres-officer, polres-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "by NIK", ref = "ReArrestRequest")))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReArrestView.class), examples = @ExampleObject(name = "recorded", ref = "ReArrest")))
    @APIResponse(responseCode = "400", description = "A field is invalid, or not exactly one of nik and personId", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not a Polres officer or head", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such person", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "409", description = "Never released here, in custody now, or recorded already", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The arrest is before the release or in the future, or the Idempotency-Key "
            + "was used for another request", content = @Content(mediaType = PROBLEM))
    public Response record(@Valid @NotNull ReArrestRequest request) {
        ReArrest arrest = reArrests.record(request);
        return Response.status(Response.Status.CREATED).entity(ReArrestView.of(arrest)).build();
    }

    @GET
    @RolesAllowed({Roles.POLRES_HEAD, Roles.LAPAS_HEAD, Roles.LAPAS_REGISTRAR, Roles.AUDITOR})
    @Operation(operationId = "listReArrests", summary = "Re-arrests of former WBP",
            description = "By arrest date (inclusive), newest first: the list the re-offence indicators can be checked "
                    + "against. Lapas roles and a facility's auditor list the re-arrests of people their facility released; "
                    + "polres-head and the regional auditor every re-arrest of the region. Roles: polres-head, lapas-head, "
                    + "lapas-registrar, auditor.")
    @APIResponse(responseCode = "200", description = "A page of re-arrests",
            content = @Content(schema = @Schema(ref = "ReArrestPage"), examples = @ExampleObject(name = "page", ref = "ReArrestPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "Not one of the roles above", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-arrestedOn`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "arrestedOn", "-arrestedOn", "recordedAt", "-recordedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<ReArrestView> list(
            @Parameter(description = "Arrested on or after", example = "2027-01-01") @QueryParam("from") String from,
            @Parameter(description = "Arrested on or before", example = "2027-12-31") @QueryParam("to") String to,
            @BeanParam @Valid PageRequest page) {
        return reArrests.list(QueryParameters.date("from", from), QueryParameters.date("to", to), page)
                .map(ReArrestView::of);
    }
}
