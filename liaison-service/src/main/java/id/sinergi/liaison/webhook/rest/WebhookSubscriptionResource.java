package id.sinergi.liaison.webhook.rest;

import id.sinergi.liaison.webhook.command.SubscriptionRequests;
import id.sinergi.liaison.webhook.domain.WebhookDelivery;
import id.sinergi.liaison.webhook.domain.WebhookSubscription;
import id.sinergi.liaison.webhook.service.Subscriptions;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.QueryParameters;
import id.sinergi.platform.idempotency.Idempotent;
import id.sinergi.platform.paging.Page;
import id.sinergi.platform.paging.PageRequest;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
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

import java.util.UUID;

/**
 * Webhook subscriptions (issue 22 point 5): agency systems that cannot read Kafka receive the
 * events of their scope as signed HTTPS POSTs.
 */
@Path(WebhookSubscriptionResource.PATH)
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Events of the caller's scope POSTed to an agency system, signed per Standard Webhooks")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = WebhookSubscriptionResource.PROBLEM))
@APIResponse(responseCode = "403", description = "The token's roles do not allow this operation",
        content = @Content(mediaType = WebhookSubscriptionResource.PROBLEM,
                examples = @ExampleObject(name = "forbidden", ref = "ForbiddenProblem")))
public class WebhookSubscriptionResource {

    static final String PATH = "/api/v1/liaison/subscriptions";
    static final String PROBLEM = "application/problem+json";

    @Inject
    Subscriptions subscriptions;

    @Context
    UriInfo uriInfo;

    @POST
    @Idempotent
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER})
    @Operation(operationId = "createSubscription", summary = "Subscribe an agency system to events of the caller's scope",
            description = "Event types of the three services (exact names; unknown ones 422 `unknown-event-type`), an "
                    + "https URL (422 `webhook-url-not-allowed` otherwise) and optionally the signing secret "
                    + "(`whsec_` + base64 of 24–64 random bytes; 422 `invalid-webhook-secret`). Without a secret one is "
                    + "generated and answered once, here. The subscription belongs to the token's role and unit; the "
                    + "events delivered are those of that scope: a facility's for lapas-head, the region's for "
                    + "kanwil-officer, what is addressed to the unit for polres-head. Roles: lapas-head, polres-head, "
                    + "kanwil-officer.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "Polres system", ref = "WebhookSubscriptionRequest"),
            @ExampleObject(name = "own secret", ref = "WebhookSubscriptionRequestWithSecret")}))
    @APIResponse(responseCode = "201", description = "Subscribed; the answer carries the secret, this once",
            headers = {@Header(name = "Location", description = "The new subscription"), @Header(name = "ETag", description = "Its version")},
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class),
                    examples = @ExampleObject(name = "created", ref = "WebhookSubscriptionCreated")))
    @APIResponse(responseCode = "400", description = "A field is invalid",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "no event types", ref = "ValidationProblem")))
    @APIResponse(responseCode = "422", description = "Unknown event type, URL not allowed, malformed secret, or the Idempotency-Key was reused",
            content = @Content(mediaType = PROBLEM, examples = {
                    @ExampleObject(name = "unknown event type", ref = "UnknownEventTypeProblem"),
                    @ExampleObject(name = "plain http", ref = "WebhookUrlProblem"),
                    @ExampleObject(name = "bad secret", ref = "WebhookSecretProblem")}))
    public Response create(@Valid @NotNull SubscriptionRequests.Create request) {
        Subscriptions.Created created = subscriptions.create(request);
        WebhookSubscription subscription = created.subscription();
        return Response.created(uriInfo.getBaseUriBuilder().path(PATH).path(subscription.id.toString()).build())
                .tag(ETags.of(subscription.version))
                .entity(WebhookSubscriptionView.of(subscription, created.secret())).build();
    }

    @GET
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER, Roles.AUDITOR})
    @Operation(operationId = "listSubscriptions", summary = "List webhook subscriptions",
            description = "The caller's own (its role and unit); the regional auditor every one, a facility's auditor "
                    + "those of its facility. Secrets are never listed. Oldest first. Roles: lapas-head, polres-head, "
                    + "kanwil-officer, auditor.")
    @APIResponse(responseCode = "200", description = "A page of subscriptions",
            content = @Content(schema = @Schema(ref = "WebhookSubscriptionPage"),
                    examples = @ExampleObject(name = "page", ref = "WebhookSubscriptionPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `createdAt`."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"createdAt", "-createdAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<WebhookSubscriptionView> list(
            @Parameter(schema = @Schema(implementation = WebhookSubscription.State.class)) @QueryParam("state") String state,
            @BeanParam @Valid PageRequest page) {
        return subscriptions.list(QueryParameters.enumValue(WebhookSubscription.State.class, "state", state), page)
                .map(WebhookSubscriptionView::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER, Roles.AUDITOR})
    @Operation(operationId = "getSubscription", summary = "Read a webhook subscription",
            description = "Its event types, URL, state (and why it is paused) and the ETag to act on it; never the "
                    + "secret. Roles: the owner's (lapas-head, polres-head, kanwil-officer of its unit), auditor.")
    @APIResponse(responseCode = "200", description = "The subscription", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(schema = @Schema(implementation = WebhookSubscriptionView.class),
                    examples = @ExampleObject(name = "paused", ref = "WebhookSubscriptionPaused")))
    @APIResponse(responseCode = "404", description = "No such subscription, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    public Response get(@PathParam("id") UUID id) {
        return answer(subscriptions.get(id));
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Roles.LAPAS_HEAD, Roles.POLRES_HEAD, Roles.KANWIL_OFFICER, Roles.AUDITOR})
    @Operation(operationId = "listSubscriptionDeliveries", summary = "The deliveries of a webhook subscription",
            description = "Newest first: each event's id and type, attempts, status (PENDING, DELIVERED, FAILED — "
                    + "to be retried at `nextAttemptAt` —, ABANDONED), the last status code and error. Delivered and "
                    + "abandoned ones are kept for `SINERGI_LIAISON_WEBHOOKS_HISTORY` (30 days). Roles: the owner's, auditor.")
    @APIResponse(responseCode = "200", description = "A page of deliveries",
            content = @Content(schema = @Schema(ref = "WebhookDeliveryPage"),
                    examples = @ExampleObject(name = "page", ref = "WebhookDeliveryPage")))
    @APIResponse(responseCode = "400", description = "A parameter is invalid", content = @Content(mediaType = PROBLEM))
    @APIResponse(responseCode = "404", description = "No such subscription, or another unit's",
            content = @Content(mediaType = PROBLEM, examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
    @Parameter(name = "sort", in = ParameterIn.QUERY,
            description = "Order (`-` for descending; the id ends every order). Default: `-seq` (the latest first)."
                    + " `changes`: the order to sync a copy in (see Sync a copy in the HTTP conventions).",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"seq", "-seq", "createdAt", "-createdAt", "updatedAt", "-updatedAt", "changes"}))
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") UUID id,
            @Parameter(schema = @Schema(implementation = WebhookDelivery.Status.class)) @QueryParam("status") String status,
            @BeanParam @Valid PageRequest page) {
        return subscriptions.deliveries(id, QueryParameters.enumValue(WebhookDelivery.Status.class, "status", status),
                page).map(WebhookDeliveryView::of);
    }

    static Response answer(WebhookSubscription subscription) {
        return Response.ok(WebhookSubscriptionView.of(subscription)).tag(ETags.of(subscription.version)).build();
    }
}
