package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.DataCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Grants of a WBP's full record to a Polres officer, from information requests approved in
 * liaison-service, each opening the data categories the request asked for; {@link AccessPolicy} reads them. One grant per request: a later decision on the
 * same request replaces it.
 */
@ApplicationScoped
public class FullRecordGrants {

    @Inject
    EntityManager entityManager;

    @Transactional(Transactional.TxType.MANDATORY)
    public void grant(UUID requestId, UUID inmateId, String officer, OffsetDateTime expiresAt, Set<DataCategory> categories) {
        String names = categories.stream().map(DataCategory::name).sorted().collect(Collectors.joining(","));
        entityManager.createNativeQuery("""
                        INSERT INTO full_record_grant (request_id, inmate_id, officer, expires_at, categories)
                        VALUES (?1, ?2, ?3, ?4, string_to_array(?5, ','))
                        ON CONFLICT (request_id) DO UPDATE SET expires_at = excluded.expires_at, categories = excluded.categories""")
                .setParameter(1, requestId)
                .setParameter(2, inmateId)
                .setParameter(3, officer)
                .setParameter(4, expiresAt)
                .setParameter(5, names)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(UUID requestId) {
        entityManager.createNativeQuery("DELETE FROM full_record_grant WHERE request_id = ?1")
                .setParameter(1, requestId).executeUpdate();
    }
}
