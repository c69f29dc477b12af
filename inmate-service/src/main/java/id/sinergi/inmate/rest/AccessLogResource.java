package id.sinergi.inmate.rest;

import id.sinergi.inmate.service.AccessPolicy;
import id.sinergi.inmate.service.InmateRecords;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


@Path("/api/v1/inmates/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read which personal data, when and why")
@SecurityRequirement(name = "bearer")
public class AccessLogResource {

    @Inject
    InmateRecords records;

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.LAPAS_HEAD})
    @Operation(operationId = "getAccessLog", summary = "Reads of full records",
            description = "Every read of a WBP's personal data beyond the basic view (the full record, key dates, timeline, "
                    + "risk assessments, release plan: `record`), newest first, filtered by WBP, reader, part of the record "
                    + "and time; the purpose is the reader's `X-Purpose`, or the information request that opened the record "
                    + "to a Polres officer. Roles: auditor, lapas-head.")
    @APIResponse(responseCode = "200", description = "A page of the access log",
            content = @Content(schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(ref = "AccessLogEntryPage"), examples = @ExampleObject(name = "log", ref = "AccessLog")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an auditor or head of the facility", content = @Content(mediaType = "application/problem+json"))
    public Page<RecordViews.AccessLogView> accessLog(
            @Parameter(description = "Only reads of this WBP") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Only reads by this subject", example = "officer-7") @QueryParam("actor") String actor,
            @Parameter(description = "From (inclusive)", example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(description = "Only reads of this part of the record",
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(implementation = AccessPolicy.RecordRead.class))
            @QueryParam("record") String record,
            @BeanParam @Valid PageRequest page) {
        return records.accessLog(QueryParameters.uuid("inmateId", inmateId), actor, QueryParameters.dateTime("from", from),
                QueryParameters.dateTime("to", to), QueryParameters.enumValue(AccessPolicy.RecordRead.class, "record", record),
                page.page, page.size).map(RecordViews.AccessLogView::of);
    }
}
