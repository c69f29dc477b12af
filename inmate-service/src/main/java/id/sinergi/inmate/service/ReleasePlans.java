package id.sinergi.inmate.service;

import id.sinergi.inmate.command.ReleasePlanRequest;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.ReleasePlan;
import id.sinergi.inmate.event.InmateEvents;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Release plans (issue 21 point 5): recorded for a WBP the facility holds, as an action of the
 * record's state machine ({@code plan-release}: 403 role, 404, 428/412 {@code If-Match}, 409 when
 * not in custody). The plan then travels in {@code inmate.release-planned} and in the events of the
 * release ({@code release-due}, {@code released}, {@code integration-started}), so the Polres of the
 * regency the person goes to can be told.
 */
@ApplicationScoped
public class ReleasePlans {

    @Inject
    InmateActions actions;

    @Inject
    InmateChanges changes;

    @Inject
    Caller caller;

    @Inject
    FacilityClock clock;

    /** Records the plan, replacing an earlier one; returns the record (its version moved) and the plan. */
    @Transactional
    public Planned plan(UUID id, String ifMatch, ReleasePlanRequest request) {
        var checked = actions.check(id, InmateMachine.PLAN_RELEASE, ifMatch, null);
        Inmate inmate = actions.take(checked);
        ReleasePlan plan = ReleasePlan.of(id).orElseGet(() -> {
            ReleasePlan created = new ReleasePlan();
            created.inmateId = id;
            return created;
        });
        plan.address = request.address().strip();
        plan.village = request.village().strip();
        plan.district = request.district().strip();
        plan.regencyCode = request.regencyCode();
        plan.regencyName = request.regencyName().strip();
        plan.receiverName = request.receivedBy().name().strip();
        plan.receiverRelationship = request.receivedBy().relationship().strip();
        plan.receiverPhone = request.receivedBy().phone() == null ? null : request.receivedBy().phone().strip();
        plan.bapas = request.bapas().strip();
        plan.plannedBy = caller.subject();
        plan.plannedAt = clock.timestamp();
        if (!plan.isPersistent()) {
            plan.persist();
        }
        // The record's version (ETag) moves with its plan: a later PUT must have read this one.
        inmate.updatedAt = plan.plannedAt;
        changes.record(inmate, InmateEvents.RELEASE_PLANNED,
                snapshot -> new InmateEvents.ReleasePlanned(snapshot, InmateEvents.ReleasePlanData.of(plan)),
                "Release plan: to regency " + plan.regencyCode + " " + plan.regencyName + ", under " + plan.bapas,
                caller.subject());
        return new Planned(inmate, plan);
    }

    public record Planned(Inmate inmate, ReleasePlan plan) {
    }
}
