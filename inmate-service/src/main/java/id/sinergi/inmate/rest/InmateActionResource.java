package id.sinergi.inmate.rest;

import id.sinergi.inmate.command.ActionRequests;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.service.InmateActions;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.idempotency.Idempotent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/**
 * State changes of a WBP's record, as explicit actions. Each is checked against the record's state
 * machine ({@code GET /api/v1/inmates/state-machine}) in the one order: a role no row allows answers
 * 403, an unknown WBP or another facility's 404, no {@code If-Match} 428 and a stale one 412, a state
 * that does not allow the action 409 with the actions it does allow, and a broken rule 422.
 */
@Path("/api/v1/inmates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Inmate actions", description = "Risk assessments, movements, remissions, verdicts, fines paid, commutations, transfers and arrivals, integrations, releases, escapes and recaptures")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "200", description = "Done: the updated record",
        headers = @Header(name = "ETag", description = "The record's new version"),
        content = @Content(schema = @Schema(implementation = InmateView.class)))
@APIResponse(responseCode = "400", description = "A field is invalid", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "401", description = "No valid token", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "403", description = "The caller's roles do not allow this action", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "404", description = "No such WBP, or not of the caller's facility", content = @Content(mediaType = "application/problem+json",
        examples = @ExampleObject(name = "not found", ref = "NotFoundProblem")))
@APIResponse(responseCode = "412", description = "The record changed since it was read (`If-Match` names another version)",
        content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "428", description = "If-Match is missing", content = @Content(mediaType = "application/problem+json"))
@APIResponse(responseCode = "409", description = "The record's state does not allow this action; `state` names it and `allowedActions` lists what it allows",
        content = @Content(mediaType = "application/problem+json", examples = @ExampleObject(name = "not allowed", ref = "TransitionProblem")))
@APIResponse(responseCode = "422", description = "A rule is broken (see `type` and `field`), or the Idempotency-Key was reused",
        content = @Content(mediaType = "application/problem+json"))
public class InmateActionResource {

    private static final String IF_MATCH = "The WBP's ETag last read: an action applies only to the version the client saw";

    @Inject
    InmateActions actions;

    @POST
    @Path("{id}/risk-assessments")
    @Idempotent
    @Operation(operationId = "assessRisk", summary = "Record a risk assessment",
            description = "Sets the WBP's risk level with the reason; the assessor is the caller. The history is kept. "
                    + "Publishes `inmate.risk-changed`. Roles: lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "raised", ref = "RiskAssessment")))
    public Response assessRisk(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.RiskAssessment request) {
        return answer(actions.assessRisk(id, ifMatch, request));
    }

    @POST
    @Path("{id}/move-out")
    @Idempotent
    @Operation(operationId = "moveOut", summary = "Leave the facility for a while",
            description = "To court (sidang), on a police loan (bon) or for medical care. Publishes `inmate.moved` (OUT). "
                    + "Roles: lapas-registrar, lapas-head. Police loans approved in liaison-service move the WBP out by themselves.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "court", ref = "MoveOut")))
    public Response moveOut(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.MoveOut request) {
        return answer(actions.moveOut(id, ifMatch, request));
    }

    @POST
    @Path("{id}/return")
    @Idempotent
    @Operation(operationId = "returnToFacility", summary = "Come back to the facility",
            description = "Ends the current movement out. Publishes `inmate.moved` (IN). Roles: lapas-registrar, lapas-head.")
    public Response returnToFacility(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActionRequests.Return request) {
        return answer(actions.returnToFacility(id, ifMatch, request));
    }

    @POST
    @Path("{id}/move-cell")
    @Idempotent
    @Operation(operationId = "moveCell", summary = "Move to another cell block",
            description = "Publishes `inmate.moved` (WITHIN, kind CELL). Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cell move", ref = "CellMove")))
    public Response moveCell(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.CellMove request) {
        return answer(actions.moveCell(id, ifMatch, request));
    }

    @POST
    @Path("{id}/transfer")
    @Idempotent
    @Operation(operationId = "transferInmate", summary = "Transfer to another facility (mutasi)",
            description = "To a facility of the region's directory (`GET /api/v1/inmates/facilities`) the WBP is `IN_TRANSIT`: "
                    + "the stay stays open (and this facility's) until the receiving facility confirms the arrival "
                    + "(`confirmArrival`). To any other facility the WBP leaves the register (`TRANSFERRED`). Transferring to "
                    + "the WBP's own facility is 422 `same-facility`, to a Bapas 422 `not-a-holding-facility`. Publishes `inmate.transferred` with `fromFacility` and "
                    + "`withinRegion`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "within the region", ref = "Transfer"),
            @ExampleObject(name = "out of the region", ref = "TransferOutOfRegion")}))
    public Response transfer(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Transfer request) {
        return answer(actions.transfer(id, ifMatch, request));
    }

    @POST
    @Path("{id}/arrival")
    @Idempotent
    @Operation(operationId = "confirmArrival", summary = "Confirm the arrival of a WBP transferred within the region",
            description = "By the receiving facility (the caller's unit is the WBP's `transferredTo`), for a WBP `IN_TRANSIT`: "
                    + "the same stay goes on here (`IN_CUSTODY`, `IN_FACILITY`) with a register number of this facility; sentence, "
                    + "key dates, remissions, detention orders, pending cases, release plan and history stay with it, and the "
                    + "previous register number stays in the timeline. `arrivedOn` may not be before the transfer nor after today "
                    + "in this facility's zone (422). Another facility's staff get 404, the sending facility's 409 "
                    + "`not-receiving-facility`, a WBP not in transit 409. Publishes `inmate.transfer-arrived`. "
                    + "Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "arrived", ref = "Arrival")))
    @APIResponse(responseCode = "409", description = "The caller's facility is not the one the WBP is in transit to "
            + "(`not-receiving-facility`), or the WBP is not in transit (`transition-not-allowed`)",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "the sending facility", ref = "NotReceivingFacilityProblem"),
                    @ExampleObject(name = "not in transit", ref = "TransitionProblem")}))
    public Response confirmArrival(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Arrival request) {
        return answer(actions.confirmArrival(id, ifMatch, request));
    }

    @POST
    @Path("{id}/remissions")
    @Idempotent
    @Operation(operationId = "grantRemission", summary = "Record a remission (remisi)",
            description = """
                    Days off the sentence by decree (number and date), of a type: GENERAL (17 August), SPECIAL (the WBP's
                    religious holiday), ADDITIONAL (with ground SERVICE_TO_STATE or PEMUKA), DASAWARSA (every tenth
                    anniversary of independence), HUMANITARIAN (with ground SHORT_SENTENCE, AGE_OVER_70 or LONG_ILLNESS).
                    The expiry moves earlier. A decree is recorded once per WBP (409 `duplicate-remission`). A WBP who
                    does not meet a condition of the regulation is refused with 422 `remission-not-eligible`, whose
                    `condition` names it (NOT_LIFE_OR_DEATH_SENTENCE, NOT_SERVING_SUBSTITUTE_CUSTODY,
                    NOT_ON_PRE_RELEASE_LEAVE, SERVED_MORE_THAN_SIX_MONTHS, GOOD_CONDUCT (Register F), ONCE_A_YEAR,
                    DASAWARSA_YEAR, GENERAL_REMISSION_OF_THE_YEAR, SENTENCE_OF_AT_MOST_ONE_YEAR, OLDER_THAN_70) and
                    `rule` its legal source; more days than the scale allows for the time served is 422
                    `remission-exceeds-scale` with `maxDays`; a ground that does not fit the type is 422
                    `remission-ground`. Publishes `inmate.updated` (changed: sentence). Roles: lapas-registrar, lapas-head.""")
    @RequestBody(content = @Content(examples = {@ExampleObject(name = "general", ref = "Remission"),
            @ExampleObject(name = "additional", ref = "RemissionAdditional")}))
    @APIResponse(responseCode = "422", description = "Not eligible (`remission-not-eligible`, see `condition` and `rule`), more "
            + "days than the scale (`remission-exceeds-scale`), a ground that does not fit the type (`remission-ground`), "
            + "remissions reaching the whole sentence (`remission-exceeds-sentence`), or the Idempotency-Key was reused",
            content = @Content(mediaType = "application/problem+json", examples = {
                    @ExampleObject(name = "not eligible", ref = "RemissionNotEligibleProblem"),
                    @ExampleObject(name = "over the scale", ref = "RemissionExceedsScaleProblem")}))
    public Response grantRemission(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Remission request) {
        return answer(actions.grantRemission(id, ifMatch, request));
    }

    @POST
    @Path("{id}/class-change")
    @Idempotent
    @Operation(operationId = "changeClass", summary = "Record the verdict: detainee becomes convict",
            description = "Sets the B class and the sentence; the detention end no longer applies. Publishes "
                    + "`inmate.class-changed`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "verdict", ref = "ClassChange")))
    public Response changeClass(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.ClassChange request) {
        return answer(actions.changeClass(id, ifMatch, request));
    }

    @POST
    @Path("{id}/fine-payments")
    @Idempotent
    @Operation(operationId = "recordFinePayment", summary = "Record the fine paid",
            description = "The whole fine (denda) was paid, with the receipt: the substitute custody (subsider) no longer "
                    + "counts, so the expiry and the release-due notices move earlier; for a sentence of a fine alone the "
                    + "expiry becomes the day of payment (KUHP Pasal 31 ayat (2)). Only while a fine is unpaid. Publishes "
                    + "`inmate.fine-paid`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fine paid", ref = "FinePayment")))
    public Response recordFinePayment(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.FinePayment request) {
        return answer(actions.recordFinePayment(id, ifMatch, request));
    }

    @POST
    @Path("{id}/sentence-commutations")
    @Idempotent
    @Operation(operationId = "commuteSentence", summary = "Record a decree changing a life or death sentence",
            description = "A Keputusan Presiden changes a life sentence to a term of imprisonment (UU 1/2023 Pasal 69; grasi, "
                    + "UU 22/2002 Pasal 4 ayat (2)) or a death sentence to life (UU 1/2023 Pasal 100, 101) or to a term "
                    + "(grasi). A term's key dates and expiry then apply; the register class is checked against it. "
                    + "Publishes `inmate.sentence-commuted`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "life to 20 years", ref = "SentenceCommutation")))
    public Response commuteSentence(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.SentenceCommutation request) {
        return answer(actions.commuteSentence(id, ifMatch, request));
    }

    @POST
    @Path("{id}/release")
    @Idempotent
    @Operation(operationId = "releaseInmate", summary = "Release from the register",
            description = "End of sentence, by law, or deceased. Publishes `inmate.released`. PB, CB and CMB are not releases: "
                    + "they are refused (422 `integration-not-release`) and started with `POST /api/v1/inmates/{id}/integrations`; "
                    + "records released before keep those reasons. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "end of sentence", ref = "Release")))
    public Response release(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Release request) {
        return answer(actions.release(id, ifMatch, request));
    }

    @POST
    @Path("{id}/integrations")
    @Idempotent
    @Operation(operationId = "startIntegration", summary = "Start an integration: PB, CB or CMB",
            description = "By decree, the WBP goes out under the named Bapas's supervision until the sentence ends (status "
                    + "IN_INTEGRATION; the stay stays open). Refused with 422 `integration-not-eligible` naming the unmet "
                    + "condition and its rule: not for detainees; 2/3 of the term served, and 2/3 at least 9 months for PB and "
                    + "CMB; CB only for sentences of at most 1 year 6 months; CMB as long as the last remission, at most 6 "
                    + "months (docs/domain-rules.md, \"Integration (PB, CB, CMB)\"). The end of the sentence releases the WBP "
                    + "(`inmate.released`, reason SERVED_UNDER_INTEGRATION). Publishes `inmate.integration-started`. "
                    + "Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "parole", ref = "Integration")))
    @APIResponse(responseCode = "422", description = "Not eligible (see `detail`: the condition and the rule), or a date is invalid",
            content = @Content(mediaType = "application/problem+json",
                    examples = @ExampleObject(name = "not eligible", ref = "IntegrationNotEligibleProblem")))
    public Response startIntegration(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.StartIntegration request) {
        return answer(actions.startIntegration(id, ifMatch, request));
    }

    @POST
    @Path("{id}/integration-revocations")
    @Idempotent
    @Operation(operationId = "revokeIntegration", summary = "Revoke the integration: back into custody",
            description = "By decree, the WBP in integration is back in custody in the same stay (IN_FACILITY). The days "
                    + "outside are not counted as served: the key dates and the expiry move later by that many days. "
                    + "Publishes `inmate.integration-revoked`. Roles: lapas-registrar, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "revocation", ref = "IntegrationRevocation")))
    public Response revokeIntegration(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.RevokeIntegration request) {
        return answer(actions.revokeIntegration(id, ifMatch, request));
    }

    @POST
    @Path("{id}/escape")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "recordEscape", summary = "Record an escape (melarikan diri)",
            description = "From the facility, a court, a police loan or medical care: the status becomes ESCAPED and the "
                    + "stay stays open. Publishes `inmate.escaped` with the identifying features and last known contacts, "
                    + "which liaison-service turns into an urgent notification to Polres. "
                    + "Roles: lapas-registrar, lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "over the wall", ref = "Escape")))
    public Response recordEscape(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Escape request) {
        return answer(actions.recordEscape(id, ifMatch, request));
    }

    @POST
    @Path("{id}/recapture")
    @Idempotent
    @RolesAllowed({Roles.LAPAS_REGISTRAR, Roles.LAPAS_SECURITY, Roles.LAPAS_HEAD})
    @Operation(operationId = "recapture", summary = "Record the recapture after an escape",
            description = "Back in custody in the facility, in the same stay. The days at large are not served "
                    + "(UU 1/2023 Pasal 63): the expiry and key dates move later by them. Publishes `inmate.recaptured`. "
                    + "Roles: lapas-registrar, lapas-security, lapas-head.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "by Polres", ref = "Recapture")))
    public Response recapture(@PathParam("id") UUID id,
            @Parameter(description = IF_MATCH, required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull ActionRequests.Recapture request) {
        return answer(actions.recapture(id, ifMatch, request));
    }

    private static Response answer(Inmate inmate) {
        return Response.ok(InmateView.of(inmate)).tag(ETags.of(inmate.version)).build();
    }
}
