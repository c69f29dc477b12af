package id.sinergi.liaison.webhook.rest;

import id.sinergi.liaison.webhook.service.Subscriptions;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.idempotency.Idempotent;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

import static id.sinergi.liaison.webhook.rest.WebhookSubscriptionResource.PROBLEM;
import static id.sinergi.liaison.webhook.rest.WebhookSubscriptionResource.answer;

/**
 * The owner's actions on a subscription, checked against its state machine in the one order (role,
 * scope, If-Match, state). None publishes an event: no other service needs to know.
 */
@Path(WebhookSubscriptionResource.PATH)
@RolesAllowed({Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the subscription as it is now", headers = @Header(name = "ETag", description = "The new version"),
        content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class),
                examples = @ExampleObject(name = "paused", ref = "WebhookSubscriptionPaused")))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
@APIResponse(responseCode = "404", description = "No such subscription, or another unit's",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "409", description = "The subscription's state does not allow this action (`allowedActions` lists what it allows)",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "412", description = "The subscription changed since it was read",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "stale", ref = "PreconditionFailedProblem")))
@APIResponse(responseCode = "422", description = "The Idempotency-Key was reused with another request", content = @Content(mediaType = PROBLEM))
@APIResponse(responseCode = "428", description = "If-Match is missing",
        content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "missing", ref = "PreconditionRequiredProblem")))
public class WebhookSubscriptionActionResource {

    private static final String IF_MATCH = "The ETag last read: an action applies only to the version the client saw";
    private static final String OWNERS = "Roles: lapas-head, polres-head, kanwil-officer, for the subscriptions of "
            + "their role and unit (anyone else's is 404).";

    @Inject
    Subscriptions subscriptions;

    @POST
    @Path("{id}/pause")
    @Idempotent
    @Operation(operationId = "pauseSubscription", summary = "Stop sending for a while",
            description = "Events keep being queued (within the retention, 3 days by default) and go out in order when "
                    + "resumed. " + OWNERS)
    public Response pause(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(subscriptions.pause(id, ifMatch));
    }

    @POST
    @Path("{id}/resume")
    @Idempotent
    @Operation(operationId = "resumeSubscription", summary = "Send again, the queued events first",
            description = "From PAUSED, whether the owner or the failures paused it: the failure count starts again "
                    + "and what waited is sent at once, in order. " + OWNERS)
    public Response resume(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(subscriptions.resume(id, ifMatch));
    }

    @POST
    @Path("{id}/cancel")
    @Idempotent
    @Operation(operationId = "cancelSubscription", summary = "End the subscription",
            description = "Nothing more is queued; deliveries still waiting are ABANDONED. Final. " + OWNERS)
    public Response cancel(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"1\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return answer(subscriptions.cancel(id, ifMatch));
    }
}
