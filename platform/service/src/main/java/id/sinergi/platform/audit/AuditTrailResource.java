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

/**
 * The auditors' query of a service's audit trail. A service exposes it under its own prefix (so the
 * gateway routes it) by extending this class with nothing but a {@code @Path}, e.g.
 * {@code @Path("/api/v1/inmates/audit")}.
 */
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who changed what, when, through which operation")
@SecurityRequirement(name = "bearer")
public abstract class AuditTrailResource {

    static final String EXAMPLE = """
            {"items":[{"id":42,"at":"2026-11-28T09:15:02.311Z","actor":"registrar-1","action":"assessRisk",
              "operation":"UPDATE","entityType":"Inmate","entityId":"0b6f5a8e-3c1d-4f4e-9a51-2d7c6b1e8f10",
              "inmateId":"0b6f5a8e-3c1d-4f4e-9a51-2d7c6b1e8f10",
              "changes":{"riskLevel":{"before":"MEDIUM","after":"HIGH"}},
              "requestId":"5d0c8a4e-1f2b-4c3d-8e9f-0a1b2c3d4e5f","traceId":"4bf92f3577b34da6a3ce929d0e0e4736"}],
             "page":0,"size":20,"total":1}""";

    @Inject
    AuditTrail trail;

    @GET
    @RolesAllowed(Roles.AUDITOR)
    @Operation(operationId = "getAuditTrail", summary = "Who changed what",
            description = "Every change of this service's records, newest first: who (token subject, or system:<consumer> "
                    + "for changes caused by events), when, through which operation, and each changed field before and "
                    + "after. Filtered by entity, WBP, actor and time. Role: auditor; the auditor of a facility finds the changes of "
                    + "its facility's WBP and records only, the regional auditor every change (also those of no facility).")
    @APIResponse(responseCode = "200", description = "A page of the audit trail",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(ref = "AuditRecordPage"),
                    examples = @ExampleObject(name = "trail", value = EXAMPLE)))
    @APIResponse(responseCode = "400", description = "A filter is not a UUID or a date-time", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not an auditor", content = @Content(mediaType = "application/problem+json"))
    @Parameter(name = "sort", in = org.eclipse.microprofile.openapi.annotations.enums.ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-at`. Entries never change: "
                    + "`updatedAt` and `updatedSince` are the time of the change, and there is no `changes` order.",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                    enumeration = {"at", "-at", "updatedAt", "-updatedAt"}))
    public Page<AuditTrail.Record> auditTrail(
            @Parameter(description = "Only changes of this kind of record", example = "Inmate") @QueryParam("entityType") String entityType,
            @Parameter(description = "Only changes of this record (with entityType)") @QueryParam("entityId") String entityId,
            @Parameter(description = "Only changes that concern this WBP") @QueryParam("inmateId") String inmateId,
            @Parameter(description = "Only changes by this subject", example = "registrar-1") @QueryParam("actor") String actor,
            @Parameter(description = "From (inclusive)", example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "To (exclusive)", example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @BeanParam @Valid PageRequest page) {
        return trail.search(new AuditTrail.Filter(entityType, entityId, QueryParameters.uuid("inmateId", inmateId), actor,
                QueryParameters.dateTime("from", from), QueryParameters.dateTime("to", to)), page);
    }
}
