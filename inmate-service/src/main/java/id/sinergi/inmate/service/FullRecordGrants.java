package id.sinergi.inmate.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Grants of a WBP's full record to a Polres officer, from information requests approved in
 * liaison-service; {@link AccessPolicy} reads them. One grant per request: a later decision on the
 * same request replaces it.
 */
@ApplicationScoped
public class FullRecordGrants {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(UUID requestId, UUID inmateId, String officer, OffsetDateTime expiresAt) {
        entityManager.createNativeQuery("""
                        INSERT INTO full_record_grant (request_id, inmate_id, officer, expires_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (request_id) DO UPDATE SET expires_at = excluded.expires_at""")
                .setParameter(1, requestId)
                .setParameter(2, inmateId)
                .setParameter(3, officer)
                .setParameter(4, expiresAt)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(UUID requestId) {
        entityManager.createNativeQuery("DELETE FROM full_record_grant WHERE request_id = ?1")
                .setParameter(1, requestId).executeUpdate();
    }
}
