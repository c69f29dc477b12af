package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.LatestReleasePlan;
import id.sinergi.liaison.domain.Notification.Routing;
import id.sinergi.liaison.domain.PolresUnit;
import id.sinergi.liaison.domain.ReleasePlan;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the latest release plan of each WBP and routes a release to the Polres unit covering the
 * plan's regency; without a plan, or for a regency no unit in the directory covers, to the home unit
 * ({@code sinergi.liaison.polres-unit}), saying why.
 */
@ApplicationScoped
public class ReleasePlans {

    /** Where a release's notices go, and why there. */
    public record Route(String unit, Routing routing) {
    }

    @Inject
    PolresDirectory directory;

    @Inject
    LiaisonConfig config;

    @Inject
    JsonColumns json;

    @Inject
    FacilityClock clock;

    /**
     * The plan to use for an event about the WBP: the one it carries (kept when it is the latest), or
     * the latest kept when it carries none.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<ReleasePlan> remember(UUID inmateId, ReleasePlan carried) {
        LatestReleasePlan held = LatestReleasePlan.findById(inmateId, LockModeType.PESSIMISTIC_WRITE);
        if (carried == null || carried.regencyCode() == null) {
            return held == null ? Optional.empty() : Optional.of(read(held));
        }
        if (held != null && carried.plannedAt() != null && held.plannedAt.isAfter(carried.plannedAt())) {
            return Optional.of(read(held));
        }
        if (held == null) {
            held = new LatestReleasePlan();
            held.inmateId = inmateId;
        }
        held.regencyCode = carried.regencyCode();
        held.plan = json.write(carried);
        held.plannedAt = carried.plannedAt() == null ? clock.timestamp() : carried.plannedAt();
        held.updatedAt = clock.timestamp();
        held.persist();
        return Optional.of(carried);
    }

    public Route route(Optional<ReleasePlan> plan) {
        if (plan.isEmpty()) {
            return new Route(config.polresUnit(), Routing.HOME_UNIT_NO_PLAN);
        }
        return directory.covering(plan.get().regencyCode()).map(PolresUnit::code)
                .map(unit -> new Route(unit, Routing.REGENCY_UNIT))
                .orElseGet(() -> new Route(config.polresUnit(), Routing.HOME_UNIT_NO_UNIT_FOR_REGENCY));
    }

    private ReleasePlan read(LatestReleasePlan held) {
        return json.read(held.plan, new TypeReference<>() {
        });
    }
}
