package id.sinergi.platform.audit;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
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

import java.util.Set;

/**
 * The auditors' query of a service's {@link AccessLog}. A service exposes it under its own prefix
 * by extending this class with a {@code @Path} and naming the parts of the record it logs.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who read which personal data, when and why")
@SecurityRequirement(name = "bearer")
public abstract class AccessLogResource {

    static final String EXAMPLE = """
            {"items":[{"inmateId":"0b6f5a8e-3c1d-4f4e-9a51-2d7c6b1e8f10","actor":"officer-7","agency":"POLRES",
              "unit":"POLRES-HSU","purpose":"Persiapan pengawasan pasca bebas","record":"REINTEGRATION_SUMMARY",
              "at":"2026-11-28T09:15:02.311Z"}],
             "page":0,"size":20,"total":1}""";

    @Inject
    AccessLog log;

    /** The parts of the record this service logs reads of (the values of {@code record}). */
    protected abstract Set<String> records();

    @GET
    @RolesAllowed({Roles.AUDITOR, Roles.LAPAS_HEAD})
    @Operation(operationId = "getAccessLog", summary = "Reads of personal data",
            description = "Every read of a WBP's personal data beyond the basic view that this service serves (`record` "
                    + "names the part), newest first, filtered by WBP, reader, part and time; the purpose is the reader's "
                    + "`X-Purpose`, or the information request that opened the data. Roles: auditor, lapas-head; the head and the "
                    + "auditor of a facility find the reads of their facility's WBP only, the regional auditor every read.")
    @APIResponse(responseCode = "200", description = "A page of the access log",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(ref = "AccessLogEntryPage"), examples = @ExampleObject(name = "log", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter is not a UUID, a date-time or a part this service logs",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an auditor or head of the facility",
            content = @Content(mediaType = "application/problem+json"))
    @Parameter(name = "sort", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-at`. Entries never change: "
                    + "`updatedAt` and `updatedSince` are the time of the read, and there is no `changes` order.",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    enumeration = {"at", "-at", "updatedAt", "-updatedAt"}))
    public Page<AccessLog.Read> accessLog(
            @Parameter(description = "Only reads of this WBP") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Only reads by this subject", example = "officer-7") @QueryParam("actor") String actor,
            @Parameter(description = "Only reads of this part of the record") @QueryParam("record") String record,
            @Parameter(description = "From (inclusive)", example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @BeanParam @Valid PageRequest page) {
        if (record != null && !records().contains(record)) {
            throw QueryParameters.invalid("record", record, "one-of", records().stream().sorted().toList());
        }
        return log.search(QueryParameters.uuid("inmateId", inmateId), actor, record, QueryParameters.dateTime("from", from),
                QueryParameters.dateTime("to", to), page);
    }
}
