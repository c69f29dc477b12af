package id.sinergi.inmate.rest;

import id.sinergi.inmate.domain.OffenceCategory;
import id.sinergi.inmate.domain.OffenceTable;
import id.sinergi.inmate.service.OffenceCatalogue;
import id.sinergi.platform.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Issue 20 point 8: the offence table and the offences it does not know. */
@Path("/api/v1/offences")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Offences", description = "Offence categories by law and article, under every code in force")
@SecurityRequirement(name = "bearer")
public class OffenceResource {

    @Inject
    OffenceCatalogue catalogue;

    @Schema(name = "OffenceCategoryRow", description = """
            One row of the offence table: every article of `law` from `articleFrom` to `articleTo` (both
            null: every article of the law) is of `category`; `source` names the legal source.""")
    public record CategoryRow(
            @Schema(examples = "UU-1-2023") String law,
            @Schema(examples = "476") Integer articleFrom,
            @Schema(examples = "478") Integer articleTo,
            @Schema(examples = "PROPERTY_CRIME") OffenceCategory category,
            @Schema(examples = "UU 1/2023 Bab XXIV tindak pidana pencurian: Pasal 476-478") String source) {

        static CategoryRow of(OffenceTable.Row row) {
            return new CategoryRow(row.law(), row.articleFrom(), row.articleTo(), row.category(), row.source());
        }
    }

    @Schema(name = "UncategorisedOffence", description = "A law and article admitted but not in the offence table, and how often.")
    public record UncategorisedView(
            @Schema(examples = "UU-19-2016") String lawCode,
            @Schema(examples = "45A") String article,
            @Schema(examples = "3") long count,
            @Schema(description = "One way the law was written at admission.", examples = "UU 19/2016 tentang ITE") String lawAsWritten,
            @Schema(description = "One way the article was written at admission.", examples = "Pasal 45A ayat (2)") String articleAsWritten) {

        static UncategorisedView of(OffenceCatalogue.Uncategorised u) {
            return new UncategorisedView(u.lawCode(), u.article(), u.count(), u.lawAsWritten(), u.articleAsWritten());
        }
    }

    @GET
    @Path("/categories")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
            Roles.LAPAS_HEAD, Roles.POLRES_OFFICER, Roles.POLRES_HEAD, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getOffenceCategories", summary = "The offence table",
            description = """
                    Which category each range of articles of each law falls into, with its legal source: the old
                    KUHP (WvS, `KUHP`) for cases begun before 2026-01-02, the national KUHP (`UU-1-2023`) after,
                    and the special laws. Offences are categorised from this table at admission; an article the
                    table does not know is OTHER. Every role.""")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = CategoryRow.class),
                    examples = @ExampleObject(name = "table", ref = "OffenceCategories")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    public List<CategoryRow> categories() {
        return catalogue.table().stream().map(CategoryRow::of).toList();
    }

    @GET
    @Path("/uncategorised")
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_HEAD})
    @Operation(operationId = "getUncategorisedOffences", summary = "Offences the table does not know",
            description = """
                    The law and article pairs admitted and categorised OTHER because the offence table has no row
                    for them, with how often each was admitted, most frequent first: the gaps to fill in the table.
                    Roles: lapas-registrar, lapas-head.""")
    @APIResponse(responseCode = "200", description = "The pairs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = UncategorisedView.class),
                    examples = @ExampleObject(name = "gaps", ref = "UncategorisedOffences")))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Not the registrar or head of the facility", content = @Content(mediaType = "application/problem+json"))
    public List<UncategorisedView> uncategorised() {
        return catalogue.uncategorised().stream().map(UncategorisedView::of).toList();
    }
}
