package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.DataCategory;
import id.sinergi.platform.audit.AccessLog;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.error.Problems;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Data minimisation (UU 27/2022 Pasal 16: processing limited to its purpose): Lapas staff and
 * auditors read full records; Polres officers read the basic view unless an approved information
 * request granted that officer this WBP's record and the grant has not expired, and then only the
 * data categories the request asked for; the Kanwil officer reads the basic view only, grants never
 * being made to it. Which WBP a caller sees at all is {@link FacilityScope}'s, asked first. Every
 * read beyond the basic view is written to the access log ({@link AccessLog}) with its purpose and
 * the part of the record read.
 */
@ApplicationScoped
public class AccessPolicy {

    public enum View { FULL, BASIC }

    /** The parts of a record an access-log entry says were read. */
    public enum RecordRead { RECORD, KEY_DATES, TIMELINE, RISK_ASSESSMENTS, RELEASE_PLAN }

    /** Every category this service serves: what Lapas staff and auditors see. */
    private static final Set<DataCategory> EVERYTHING = EnumSet.complementOf(EnumSet.of(DataCategory.PROGRAMMES));

    /**
     * What the caller may see of one WBP: the view, the categories open to them, and for a Polres
     * officer the information request that opened each (the purpose of their reads).
     */
    public record Scope(View view, Set<DataCategory> categories, Map<DataCategory, UUID> requests) {

        public boolean opens(DataCategory category) {
            return view == View.FULL && categories.contains(category);
        }

        /** The purpose a read is logged with: the request that opened it for Polres, the reader's own words for Lapas. */
        String purposeOf(DataCategory category, String given) {
            UUID request = category == null ? requests.values().stream().findFirst().orElse(null) : requests.get(category);
            return request == null ? given : "information request " + request;
        }
    }

    @Inject
    FacilityClock clock;

    @Inject
    Caller caller;

    @Inject
    EntityManager entityManager;

    @Inject
    AccessLog accessLog;

    public Scope scopeOf(UUID inmateId) {
        if (caller.hasAnyRole(Roles.LAPAS_ROLES) || caller.hasAnyRole(Roles.AUDITOR)) {
            return new Scope(View.FULL, EVERYTHING, Map.of());
        }
        if (!caller.isPolice()) {
            return new Scope(View.BASIC, Set.of(), Map.of());
        }
        Map<DataCategory, UUID> requests = grantedCategories(inmateId);
        if (requests.isEmpty()) {
            return new Scope(View.BASIC, Set.of(), Map.of());
        }
        Set<DataCategory> categories = EnumSet.copyOf(requests.keySet());
        return new Scope(View.FULL, categories, requests);
    }

    public View viewOf(UUID inmateId) {
        return scopeOf(inmateId).view();
    }

    /** For what only the full record shows: 404 outside the caller's scope. */
    public void requireFull(UUID inmateId) {
        if (viewOf(inmateId) != View.FULL) {
            throw Problems.notFound("inmate", inmateId);
        }
    }

    /**
     * For a part of the record one category opens (key dates, timeline, risk history, release
     * plan): 404 when the caller's scope lacks it, as for a Polres officer without a grant.
     */
    public Scope require(UUID inmateId, DataCategory category) {
        Scope scope = scopeOf(inmateId);
        if (!scope.opens(category)) {
            throw Problems.notFound("inmate", inmateId);
        }
        return scope;
    }

    /** Logs a read of the full record (category null) or of one part of it. */
    public void logRead(UUID inmateId, Scope scope, DataCategory category, RecordRead record, String purpose) {
        accessLog.record(inmateId, scope.purposeOf(category, purpose), record.name());
    }

    /** The categories the caller's unexpired grants on this WBP open, each with the newest request that opened it. */
    private Map<DataCategory, UUID> grantedCategories(UUID inmateId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_id, array_to_string(categories, ',') FROM full_record_grant
                        WHERE officer = ?1 AND inmate_id = ?2 AND expires_at > ?3 ORDER BY expires_at DESC, request_id""")
                .setParameter(1, caller.subject())
                .setParameter(2, inmateId)
                .setParameter(3, clock.timestamp())
                .getResultList();
        Map<DataCategory, UUID> requests = new LinkedHashMap<>();
        for (Object[] row : rows) {
            UUID request = (UUID) row[0];
            Arrays.stream(((String) row[1]).split(","))
                    .filter(name -> Arrays.stream(DataCategory.values()).anyMatch(c -> c.name().equals(name)))
                    .map(DataCategory::valueOf)
                    .forEach(category -> requests.putIfAbsent(category, request));
        }
        return requests;
    }
}
