package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.RiskReviewRequests;
import id.sinergi.inmate.domain.RiskLevel;
import id.sinergi.inmate.domain.RiskReview;
import id.sinergi.inmate.service.RiskReviews;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Risk reviews opened by incidents and joint-operation findings that name a WBP as perpetrator or
 * suspect (events from liaison-service), and their resolution by security or the head.
 */
@Path("/api/v1/inmates/risk-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk reviews", description = "Incidents and findings naming a WBP as perpetrator or suspect, to be answered with a risk assessment or a reason")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "400", description = "A field or parameter is invalid", content = @Content(mediaType = RiskReviewResource.PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = RiskReviewResource.PROBLEM,
        examples = @ExampleObject(name = "unauthorized", ref = "UnauthorizedProblem")))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this", content = @Content(mediaType = RiskReviewResource.PROBLEM))
public class RiskReviewResource {

    static final String PROBLEM = "application/problem+json";

    @Inject
    RiskReviews reviews;

    @Schema(name = "RiskReview", description = "A review of a WBP's risk, opened by an incident or a finding that named them "
            + "as perpetrator or suspect. Its ETag is `\"<version>\"`.")
    public record ReviewView(
            UUID id,
            UUID inmateId,
            @Schema(description = "What named the WBP.") RiskReview.Source source,
            @Schema(description = "The incident's or the finding's id in liaison-service.") UUID sourceId,
            @Schema(examples = "Incident FIGHT, severity HIGH, occurred 2026-11-10T13:20:00Z, police report LP/B/101/XI/2026/SPKT/POLRES HSU")
            String summary,
            OffsetDateTime openedAt,
            @Schema(description = "True until the review is resolved.") boolean pending,
            OffsetDateTime resolvedAt,
            @Schema(examples = "security-1") String resolvedBy,
            @Schema(description = "ASSESSED: a new risk assessment; UNCHANGED: the level stays, with the reason.")
            RiskReview.Outcome outcome,
            @Schema(description = "The level assessed (outcome ASSESSED).") RiskLevel riskLevel,
            @Schema(description = "The assessment's reason, or why the level stays.") String reason,
            @Schema(description = "The risk assessment recorded (outcome ASSESSED).") Long riskAssessmentId,
            @Schema(description = "The Register F entry the resolution recorded, if any.") Long disciplinaryEntryId,
            long version) {

        static ReviewView of(RiskReview r) {
            return new ReviewView(r.id, r.inmateId, r.source, r.sourceId, r.summary, r.openedAt, !r.resolved(), r.resolvedAt,
                    r.resolvedBy, r.outcome, r.riskLevel, r.reason, r.riskAssessmentId, r.disciplinaryEntryId, r.version);
        }
    }

    @Schema(name = "RiskReviewPage")
    public record ReviewPage(java.util.List<ReviewView> items, int page, int size, long total, String next, String cursor) {
    }

    @GET
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD, Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER,
            Roles.LAPAS_LIAISON, Roles.AUDITOR})
    @Operation(operationId = "listRiskReviews", summary = "Risk reviews, oldest first",
            description = "The reviews opened by incidents and joint-operation findings naming a WBP as perpetrator or suspect; "
                    + "`pending=true` gives the ones still to resolve, `inmateId` one WBP's. Roles: Lapas roles and auditors "
                    + "(who read risk assessments), held to the WBP of their facility (a facility's auditor too; the regional "
                    + "auditor reads the region's); Polres roles are refused (403).")
    @APIResponse(responseCode = "200", description = "A page of reviews",
            content = @Content(schema = @Schema(implementation = ReviewPage.class), examples = @ExampleObject(name = "pending", ref = "RiskReviews")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `openedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "openedAt", "-openedAt", "resolvedAt", "-resolvedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<ReviewView> list(
            @Parameter(description = "true: only the pending reviews; false: only the resolved ones", example = "true")
            @QueryParam("pending") String pending,
            @Parameter(description = "Only this WBP's reviews", example = "0b6f1c52-54a4-4a8e-9a57-3f1f3c1f2a10")
            @QueryParam("inmateId") String inmateId,
            @BeanParam @Valid PageRequest page) {
        return reviews.list(QueryParameters.flag("pending", pending), QueryParameters.uuid("inmateId", inmateId), page)
                .map(ReviewView::of);
    }

    @POST
    @Path("{reviewId}/resolution")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "resolveRiskReview", summary = "Resolve a risk review",
            description = "With `assessment` a new risk assessment is recorded, exactly as `assessRisk` does (it publishes "
                    + "`inmate.risk-changed`; a WBP whose record no longer allows an assessment is 409); with `unchanged` the "
                    + "reason the level stays is kept. Exactly one of the two, else 422 `assessment-or-unchanged`. An optional "
                    + "`violation` enters the breach in Register F, as `recordDisciplinaryEntry` does (so remission and "
                    + "integration eligibility read it). `If-Match` is the review's ETag (`\"<version>\"`). A resolved review is "
                    + "409 `review-already-resolved`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "assessed, with a violation", ref = "RiskReviewAssessed"),
            @ExampleObject(name = "unchanged", ref = "RiskReviewUnchanged")}))
    @APIResponse(responseCode = "200", description = "Resolved", headers = @Header(name = "ETag", description = "The review's new version"),
            content = @Content(schema = @Schema(implementation = ReviewView.class)))
    @APIResponse(responseCode = "404", description = "No such review", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @APIResponse(responseCode = "409", description = "The review is already resolved, or the WBP's record does not allow an assessment "
            + "or a Register F entry now", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "already resolved", ref = "ReviewAlreadyResolvedProblem")))
    @APIResponse(responseCode = "412", description = "The review changed since it was read", content = @Content(mediaType = PROBLEM,
            examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
    @APIResponse(responseCode = "422", description = "Not exactly one of assessment and unchanged; a sanction ending before it starts",
            content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = PROBLEM))
    public Response resolve(@PathParam("reviewId") UUID reviewId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @Valid @NotNull RiskReviewRequests.Resolution request) {
        RiskReview review = reviews.resolve(reviewId, ifMatch, request);
        return Response.ok(ReviewView.of(review)).tag(ETags.of(review.version)).build();
    }
}
