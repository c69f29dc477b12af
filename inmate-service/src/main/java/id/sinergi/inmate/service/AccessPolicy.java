package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.AccessLogEntry;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * Data minimisation (UU 27/2022): Lapas staff and auditors read full records; Polres officers read
 * the basic view unless an approved information request granted that officer this WBP's full
 * record and the grant has not expired. Every full read is written to the access log.
 */
@ApplicationScoped
public class AccessPolicy {

    private static final Logger LOG = Logger.getLogger(AccessPolicy.class);

    public enum View { FULL, BASIC }

    @Inject
    FacilityClock clock;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    public View viewOf(UUID inmateId) {
        if (caller.hasAnyRole(Roles.LAPAS_ROLES) || caller.hasAnyRole(Roles.AUDITOR)) {
            return View.FULL;
        }
        return caller.isPolice() && hasGrant(inmateId) ? View.FULL : View.BASIC;
    }

    /** For what only the full record shows (timeline, key dates' details): 404 outside the caller's scope. */
    public void requireFull(UUID inmateId) {
        if (viewOf(inmateId) != View.FULL) {
            throw Problems.notFound("Inmate", inmateId);
        }
    }

    @Transactional(Transactional.TxType.REQUIRED)
    public void logFullRead(Inmate inmate, String purpose) {
        AccessLogEntry entry = new AccessLogEntry();
        entry.inmateId = inmate.id;
        entry.actor = caller.subject();
        entry.agency = caller.agency();
        entry.unit = caller.unit();
        entry.purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
        entry.at = clock.timestamp();
        entry.persist();
        LOG.debugf("full record of inmate %s read by %s", inmate.id, entry.actor);
    }

    private boolean hasGrant(UUID inmateId) {
        return !entityManager.createNativeQuery("""
                        SELECT 1 FROM full_record_grant WHERE officer = ?1 AND inmate_id = ?2 AND expires_at > ?3""")
                .setParameter(1, caller.subject())
                .setParameter(2, inmateId)
                .setParameter(3, clock.timestamp())
                .setMaxResults(1)
                .getResultList().isEmpty();
    }
}
