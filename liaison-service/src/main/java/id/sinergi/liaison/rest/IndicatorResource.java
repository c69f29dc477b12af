package id.sinergi.liaison.rest;

import id.sinergi.liaison.domain.OffenceCategory;
import id.sinergi.liaison.domain.Release;
import id.sinergi.liaison.domain.RiskLevel;
import id.sinergi.liaison.service.Indicators;
import id.sinergi.liaison.service.Releases;
import id.sinergi.liaison.service.Scope;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.UUID;

import static id.sinergi.liaison.rest.Answers.PROBLEM;

/**
 * The re-offence and incident indicators and the list of releases behind them. Read by the heads
 * and their liaison staff on both sides (lapas-head, lapas-liaison, polres-head, polres-officer) and
 * auditors: the figure of the agencies' meetings. Lapas security and the other Lapas roles do not
 * need it. Scope as everywhere in the liaison: the Lapas its facility's releases, Polres the releases
 * routed to its unit, auditors all.
 */
@Path("/api/v1/liaison")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Indicators", description = "Is crime involving former WBP falling, and which programmes go with fewer re-offences")
@SecurityRequirement(name = "bearer")
public class IndicatorResource {

    static final int MAX_MONTHS = 36;

    @Inject
    Indicators indicators;

    @Inject
    Releases releases;

    @Inject
    Scope scope;

    @GET
    @Path("indicators")
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.POLRES_HEAD, Roles.POLRES_OFFICER, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "getLiaisonIndicators", summary = "Incidents, releases and re-offences per month",
            description = "Per month from `from` to `to` (YYYY-MM, at most 36 months): incidents by type and severity, the "
                    + "month's releases and how many re-offended (re-arrest or readmission) within 6, 12 and 24 months, "
                    + "optionally split by `groupBy`. Each figure names the list query whose `total` it is. "
                    + "Roles: lapas-head, lapas-liaison, polres-head, polres-officer, auditor.")
    @APIResponse(responseCode = "200", description = "The indicators",
            content = @Content(schema = @Schema(implementation = IndicatorsView.class)))
    @APIResponse(responseCode = "400", description = "`from`, `to` or `groupBy` is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this operation", content = @Content(mediaType = PROBLEM))
    public IndicatorsView indicators(
            @Parameter(description = "First month (YYYY-MM)", required = true, example = "2026-01") @QueryParam("from") String from,
            @Parameter(description = "Last month (YYYY-MM)", required = true, example = "2026-12") @QueryParam("to") String to,
            @Parameter(description = "Split the release cohorts", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"programme-completed", "programme-category", "risk-level", "offence-category"}))
            @QueryParam("groupBy") String groupBy) {
        YearMonth first = month("from", from);
        YearMonth last = month("to", to);
        if (last.isBefore(first)) {
            throw QueryParameters.invalid("to", to, "month-before-from");
        }
        if (ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
            throw QueryParameters.invalid("to", to, "months-after-from", MAX_MONTHS);
        }
        Indicators.GroupBy group = groupBy == null || groupBy.isBlank() ? null
                : Arrays.stream(Indicators.GroupBy.values()).filter(g -> g.parameter.equals(groupBy)).findFirst()
                .orElseThrow(() -> QueryParameters.invalid("groupBy", groupBy, "group-by"));
        return IndicatorsView.of(first.toString(), last.toString(), group, indicators.between(first, last, group));
    }

    @GET
    @Path("releases")
    @Transactional
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.LAPAS_LIAISON, Roles.POLRES_HEAD, Roles.POLRES_OFFICER, Roles.AUDITOR, Roles.KANWIL_OFFICER})
    @Operation(operationId = "listReleases", summary = "Releases and the re-offences that followed",
            description = "The releases behind the indicators, oldest first: each figure of `GET …/indicators` is the `total` "
                    + "of this list with the filters it names. No names or NIK. "
                    + "Roles: lapas-head, lapas-liaison, polres-head, polres-officer, auditor.")
    @APIResponse(responseCode = "200", description = "A page of releases")
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "403", description = "The token's roles do not allow this operation", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `releasedOn`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "releasedOn", "-releasedOn", "recordedAt", "-recordedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<ReleaseView> list(
            @Parameter(description = "Released on or after", example = "2026-03-01") @QueryParam("releasedFrom") String releasedFrom,
            @Parameter(description = "Released on or before", example = "2026-03-31") @QueryParam("releasedTo") String releasedTo,
            @Parameter(description = "Re-arrested or readmitted before the N-month anniversary of the release",
                    schema = @Schema(type = SchemaType.INTEGER, enumeration = {"6", "12", "24"}))
            @QueryParam("reoffendedWithinMonths") String within,
            @Parameter(schema = @Schema(type = SchemaType.BOOLEAN)) @QueryParam("programmeCompleted") String completed,
            @Parameter(description = "Completed a programme of this category", example = "LEGAL_AWARENESS")
            @QueryParam("programmeCategory") String programmeCategory,
            @Parameter(schema = @Schema(implementation = RiskLevel.class)) @QueryParam("riskLevel") String riskLevel,
            @Parameter(schema = @Schema(implementation = OffenceCategory.class)) @QueryParam("offenceCategory") String offenceCategory,
            @Parameter(description = "One facility of the caller's scope (another facility's: 404)", example = "LAPAS-AMUNTAI")
            @QueryParam("facility") String facility,
            @BeanParam @Valid PageRequest page) {
        OffenceCategory offence = QueryParameters.enumValue(OffenceCategory.class, "offenceCategory", offenceCategory);
        var criteria = new Releases.Criteria(QueryParameters.date("releasedFrom", releasedFrom),
                QueryParameters.date("releasedTo", releasedTo), window(within), QueryParameters.flag("programmeCompleted", completed),
                programmeCategory == null || programmeCategory.isBlank() ? null : programmeCategory.strip(),
                QueryParameters.enumValue(RiskLevel.class, "riskLevel", riskLevel), offence == null ? null : offence.name(), facility);
        Page<Release> found = releases.list(criteria, page);
        var reoffences = releases.reoffencesAfter(found.items().stream().map(r -> r.inmateId).toList());
        boolean basic = scope.isBasicViewOnly();
        return found.map(r -> ReleaseView.of(r, reoffences, basic));
    }

    private static Integer window(String within) {
        if (within == null || within.isBlank()) {
            return null;
        }
        return Indicators.WINDOWS.stream().filter(w -> String.valueOf(w).equals(within.strip())).findFirst()
                .orElseThrow(() -> QueryParameters.invalid("reoffendedWithinMonths", within, "reoffended-within"));
    }

    private static YearMonth month(String name, String value) {
        if (value == null || value.isBlank()) {
            throw QueryParameters.invalid(name, value, "month");
        }
        try {
            return YearMonth.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw QueryParameters.invalid(name, value, "month");
        }
    }
}
