package id.sinergi.program.rest;

import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import id.sinergi.platform.statemachine.StateMachineDescription;
import id.sinergi.program.command.ReviewAcknowledgement;
import id.sinergi.program.domain.EnrolmentReview;
import id.sinergi.program.domain.ReviewMachine;
import id.sinergi.program.service.Reviews;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * The review queue: enrolments of WBP whose risk was raised to HIGH, until a programme officer acknowledges them.
 * A review follows its programme's scope.
 */
@Path("/api/v1/enrolments/reviews")
@RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_SECURITY, Roles.LAPAS_LIAISON,
        Roles.LAPAS_HEAD, Roles.AUDITOR})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolment reviews", description = "Enrolments a change of the WBP put in front of a programme officer")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = Responses.PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation", content = @Content(mediaType = Responses.PROBLEM))
public class ReviewResource {

    @Inject
    Reviews reviews;

    @GET
    @Operation(operationId = "listReviews", summary = "The review queue",
            description = "Oldest first. An inmate event that raises a WBP's risk to HIGH puts each of their open enrolments "
                    + "here; the enrolment itself does not change until staff act on it. Lapas staff and facility auditors "
                    + "see the reviews of their facility's programmes, the regional auditor every facility's.")
    @APIResponse(responseCode = "200", description = "A page of reviews",
            content = @Content(schema = @Schema(ref = "EnrolmentReviewPage"), examples = @ExampleObject(name = "pending", ref = "Reviews")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = Responses.PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `raisedAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {
                    "raisedAt", "-raisedAt", "acknowledgedAt", "-acknowledgedAt",
                    "updatedAt", "-updatedAt", "changes"}))
    public Page<Views.ReviewView> list(
            @Parameter(description = "true: waiting for acknowledgement; false: acknowledged; absent: both", example = "true",
                    schema = @Schema(type = SchemaType.BOOLEAN))
            @QueryParam("pending") String pending,
            @Parameter(description = "Only this programme's") @QueryParam("programId") String programId,
            @Parameter(description = "Only this enrolment's") @QueryParam("enrolmentId") String enrolmentId,
            @BeanParam @Valid PageRequest page) {
        return reviews.list(QueryParameters.flag("pending", pending), QueryParameters.uuid("programId", programId), QueryParameters.uuid("enrolmentId", enrolmentId),
                page).map(Views.ReviewView::of);
    }

    @GET
    @Path("state-machine")
    @Operation(operationId = "describeReviewStateMachine", summary = "A review's states and who may move it",
            description = "The service raises a review (PENDING) from an inmate event; a programme officer acknowledges it.")
    @APIResponse(responseCode = "200", description = "The state machine",
            content = @Content(schema = @Schema(implementation = StateMachineDescription.class)))
    public StateMachineDescription stateMachine() {
        return ReviewMachine.MACHINE.describe();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getReview", summary = "Read a review",
            description = "One review of an enrolment, with its state and the ETag to act on it.")
    @APIResponse(responseCode = "200", description = "The review", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = Views.ReviewView.class), examples = @ExampleObject(name = "pending", ref = "Review")))
    @APIResponse(responseCode = "404", description = "No such review, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    public Response get(@PathParam("id") UUID id) {
        return review(reviews.get(id));
    }

    @POST
    @Path("{id}/acknowledge")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_PROGRAM_OFFICER, Roles.LAPAS_HEAD})
    @Operation(operationId = "acknowledgeReview", summary = "Acknowledge a review with what was decided",
            description = "Takes it out of the queue. To suspend or withdraw the enrolment, use its actions. Roles: "
                    + "lapas-program-officer, lapas-head. " + Responses.ACTION_NOTE)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "acknowledgement", ref = "Acknowledgement")))
    @APIResponse(responseCode = "200", description = "Acknowledged", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(schema = @Schema(implementation = Views.ReviewView.class)))
    @APIResponse(responseCode = "400", description = "The note is missing", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "404", description = "No such review, or its programme is outside the caller's scope", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "409", description = "Already acknowledged", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "412", description = "If-Match names an old version", content = @Content(mediaType = Responses.PROBLEM))
    @APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = Responses.PROBLEM))
    public Response acknowledge(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ReviewAcknowledgement request) {
        return review(reviews.acknowledge(id, request, ifMatch));
    }

    private static Response review(EnrolmentReview review) {
        return Response.ok(Views.ReviewView.of(review)).tag(ETags.of(review.version)).build();
    }
}
