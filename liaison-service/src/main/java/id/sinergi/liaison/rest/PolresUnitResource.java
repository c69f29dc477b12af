package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.service.PolresDirectory;
import id.sinergi.platform.auth.Roles;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

@Path("/api/v1/liaison/polres-units")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Polres directory", description = "Which Polres unit covers which regency")
@SecurityRequirement(name = "bearer")
public class PolresUnitResource {

    @Schema(name = "PolresUnit", description = "A Polres unit (the token's `unit`) and the regencies/cities it covers.")
    public record PolresUnitView(@Schema(examples = "POLRES-TABALONG") String code,
                                 @Schema(examples = "Polres Tabalong") String name, List<RegencyView> regencies) {

        static PolresUnitView of(PolresUnit unit) {
            return new PolresUnitView(unit.code(), unit.name(),
                    unit.regencies().stream().map(r -> new RegencyView(r.code(), r.name())).toList());
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
            Roles.LAPAS_HEAD, Roles.AUDITOR, Roles.POLRES_OFFICER, Roles.POLRES_HEAD})
    @Operation(operationId = "listPolresUnits", summary = "The Polres directory",
            description = "Every Polres unit of Polda Kalimantan Selatan with the regencies/cities it covers (Kemendagri codes, "
                    + "Kepmendagri 100.1.1-6117/2022): release-due and release notifications go to the unit covering the "
                    + "regency of the release plan. Roles: every Lapas and Polres role, auditor.")
    @APIResponse(responseCode = "200", description = "The units, in the directory's order")
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this operation", content = @Content(mediaType = PROBLEM))
    public List<PolresUnitView> list() {
        return directory.units().stream().map(PolresUnitView::of).toList();
    }
}
