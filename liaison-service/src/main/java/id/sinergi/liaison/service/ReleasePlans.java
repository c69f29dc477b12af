package id.sinergi.liaison.service;

import com.fasterxml.jackson.core.type.TypeReference;
import id.sinergi.liaison.domain.LatestReleasePlan;
import id.sinergi.liaison.domain.ReleasePlan;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the latest release plan of each WBP: the plan's regency routes the release's notices
 * ({@link Recipients#release}).
 */
@ApplicationScoped
public class ReleasePlans {

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

    private ReleasePlan read(LatestReleasePlan held) {
        return json.read(held.plan, new TypeReference<>() {
        });
    }
}
