package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.DisciplinaryRequests;
import id.sinergi.inmate.domain.DisciplinaryEntry;
import id.sinergi.inmate.service.DisciplinaryRegister;
import id.sinergi.platform.auth.Roles;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Register F, the disciplinary register of a WBP. It is a register beside the record, not a state of it:
 * entries do not change the record's state or version, so they need no {@code If-Match}.
 */
@Path("/api/v1/inmates/{id}/disciplinary-register")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Register F", description = "Breaches of the facility's rules and their disciplinary sanctions; they bar remission")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = DisciplinaryRegisterResource.PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = DisciplinaryRegisterResource.PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content(mediaType = DisciplinaryRegisterResource.PROBLEM))
@APIResponse(responseCode = "404", description = "No such WBP or entry", content = @Content(mediaType = DisciplinaryRegisterResource.PROBLEM,
        examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
public class DisciplinaryRegisterResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    DisciplinaryRegister register;

    @Schema(name = "DisciplinaryEntry", description = "One entry of Register F.")
    public record EntryView(
            @Schema(examples = "12") long id,
            UUID inmateId,
            @Schema(examples = "Kept a mobile phone in the cell") String violation,
            @Schema(examples = "W15.PAS.6-PK.04.01-112/2026") String decisionNumber,
            @Schema(examples = "2026-11-02") LocalDate decisionDate,
            @Schema(examples = "Isolation (strafsel) for 6 days; visits suspended") String sanction,
            @Schema(examples = "2026-11-02") LocalDate sanctionStart,
            @Schema(examples = "2026-11-07") LocalDate sanctionEnd,
            @Schema(examples = "security-1") String recordedBy,
            OffsetDateTime recordedAt,
            @Schema(description = "An annulled entry no longer bars remission.") boolean annulled,
            OffsetDateTime annulledAt,
            String annulledBy,
            String annulmentReason) {

        static EntryView of(DisciplinaryEntry e) {
            return new EntryView(e.id, e.inmateId, e.violation, e.decisionNumber, e.decisionDate, e.sanction, e.sanctionStart,
                    e.sanctionEnd, e.recordedBy, e.recordedAt, e.annulled(), e.annulledAt, e.annulledBy, e.annulmentReason);
        }
    }

    @Schema(name = "DisciplinaryRegister", description = "A WBP's Register F entries, newest sanction first.")
    public record EntriesView(List<EntryView> items) {
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "recordDisciplinaryEntry", summary = "Record a breach and its sanction in Register F",
            description = "The violation, the Kalapas's decision (number and date) and the sanction with its start and end. "
                    + "While a sanction not annulled runs within the 6 months before a remission's date, the WBP is not "
                    + "eligible for it (condition GOOD_CONDUCT). Only for a WBP in custody (409 `not-in-custody`); a sanction "
                    + "ending before it starts is 422 `sanction-ends-before-it-starts`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phone", ref = "DisciplinaryEntry")))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "The WBP is not in custody", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "422", description = "The sanction ends before it starts", content = @Content(mediaType = PROBLEM))
    public Response record(@PathParam("id") UUID id, @Valid @NotNull DisciplinaryRequests.Entry request) {
        return Response.status(Response.Status.CREATED).entity(EntryView.of(register.record(id, request))).build();
    }

    @GET
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_REGISTRAR, Roles.AUDITOR})
    @Operation(operationId = "getDisciplinaryRegister", summary = "A WBP's Register F",
            description = "Every entry, annulled ones included, newest sanction first. Roles: lapas-security, lapas-head, "
                    + "lapas-registrar (who records remissions), auditor.")
    @APIResponse(responseCode = "200", description = "The entries", content = @Content(schema = @Schema(implementation = EntriesView.class)))
    public EntriesView entries(@PathParam("id") UUID id) {
        return new EntriesView(register.entries(id).stream().map(EntryView::of).toList());
    }

    @POST
    @Path("{entryId}/annulment")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "annulDisciplinaryEntry", summary = "Annul a Register F entry",
            description = "The decision was withdrawn or overturned: the entry stays in the register, marked annulled with "
                    + "the reason, and no longer bars remission. Annulling twice is 409 `entry-already-annulled`. "
                    + "Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "set aside", ref = "DisciplinaryAnnulment")))
    @APIResponse(responseCode = "200", description = "Annulled", content = @Content(schema = @Schema(implementation = EntryView.class)))
    @APIResponse(responseCode = "409", description = "Already annulled", content = @Content(mediaType = PROBLEM))
    public Response annul(@PathParam("id") UUID id, @PathParam("entryId") long entryId,
                          @Valid @NotNull DisciplinaryRequests.Annulment request) {
        return Response.ok(EntryView.of(register.annul(id, entryId, request))).build();
    }
}
