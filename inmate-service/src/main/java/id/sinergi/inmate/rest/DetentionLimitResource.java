package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.DetentionLimits;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.platform.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Issue 20 point 2: the detention limits per code and stage (rules/detention-limits.csv). */
@Path("/api/v1/detention-limits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Detention", description = "Detention orders of detainees (A.I–A.V): extensions, handovers, limits")
@SecurityRequirement(name = "bearer")
public class DetentionLimitResource {

    @Schema(name = "DetentionLimit", description = """
            How long a stage of detention may last under a code of criminal procedure: the first order at most
            `initialDays`, the extensions by `extendedBy` at most `extensionDays` in all, and with an exceptional
            ground (severe physical or mental disorder, or a case punishable by nine years or more) `exceptionalDays`
            more. `verified` is false where the number could not be checked against the text of the law.""")
    public record LimitView(
            @Schema(description = "UU-8-1981 (cases begun before 2026-01-02) or UU-20-2025.", examples = "UU-8-1981") String code,
            @Schema(implementation = String.class, examples = "A.I") RegisterClass stage,
            @Schema(examples = "Penyidik (Polri; PPNS; KPK; BNN)") String detainedBy,
            @Schema(examples = "20") int initialDays,
            @Schema(examples = "Penuntut umum") String extendedBy,
            @Schema(examples = "40") int extensionDays,
            @Schema(examples = "UU 8/1981 Pasal 24") String article,
            @Schema(examples = "60") int exceptionalDays,
            @Schema(examples = "UU 8/1981 Pasal 29") String exceptionalArticle,
            boolean verified,
            @Schema(examples = "UU 8/1981 (KUHAP) Pasal 24 ayat (1) 20 hari; ayat (2) diperpanjang penuntut umum 40 hari") String source) {

        static LimitView of(DetentionLimits.Limit l) {
            return new LimitView(l.code(), l.stage(), l.detainedBy(), l.initialDays(), l.extendedBy(), l.extensionDays(),
                    l.article(), l.exceptionalDays(), l.exceptionalArticle(), l.verified(), l.source());
        }
    }

    @GET
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getDetentionLimits", summary = "The detention limits",
            description = "How long each stage (A.I–A.V) may last under UU 8/1981 (cases begun before 2026-01-02) and "
                    + "UU 20/2025 (from that day), with the articles. Extensions and handovers are checked against it. Every role.")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = LimitView.class),
                    examples = @ExampleObject(name = "table", ref = "DetentionLimits")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    public List<LimitView> limits() {
        return DetentionLimits.standard().limits().stream().map(LimitView::of).toList();
    }
}
