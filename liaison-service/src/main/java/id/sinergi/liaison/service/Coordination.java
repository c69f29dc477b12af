package id.sinergi.liaison.service;

import id.sinergi.liaison.config.LiaisonConfig;
import id.sinergi.liaison.domain.CoordinationRecord;
import id.sinergi.liaison.domain.Stateful;
import id.sinergi.platform.auth.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What incidents, agreements, meetings, action items and joint operations share: a new record
 * belongs to the caller's facility and to a Polres unit; an action loads the record under a row
 * lock, checks it against the record's state machine and moves it.
 */
@ApplicationScoped
public class Coordination {

    @Inject
    LiaisonConfig config;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    TransitionGuard guard;

    @Inject
    EntityManager entityManager;

    /** Fills in what every new record carries; the caller's unit is the facility. */
    public <T extends CoordinationRecord> T create(T record, String polresUnit) {
        OffsetDateTime now = OffsetDateTime.now();
        record.id = UUID.randomUUID();
        record.facility = caller.unit();
        record.polresUnit = polresUnit;
        record.createdBy = caller.subject();
        record.createdAt = now;
        record.updatedAt = now;
        return record;
    }

    /** The Polres unit a meeting or joint operation is held with: the one given, else the unit the Lapas works with. */
    public String polresUnitOrDefault(String given) {
        String unit = InfoRequests.blankToNull(given);
        return unit == null ? config.polresUnit() : unit;
    }

    /**
     * Loads a record the caller may see (404 otherwise) for {@code action}, checks the action
     * against its state machine (roles, If-Match, state, reason) and moves it to the next state.
     */
    public <S extends Enum<S>, T extends CoordinationRecord & Stateful<S>> T take(Class<T> type, UUID id, String what,
            Predicate<T> polresMaySee, String action, String ifMatch, String reason) {
        T record = scope.visible(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE), polresMaySee, what, id);
        record.moveTo(guard.check(record.machine(), action, record.currentState(), ifMatch, record.version, reason).to());
        record.updatedAt = OffsetDateTime.now();
        return record;
    }

    /**
     * Flushes the change now: the answer's ETag is then the version it made, and a unique value
     * taken by a concurrent request fails here as a 409.
     */
    public <T extends CoordinationRecord> T flushed(T record) {
        entityManager.flush();
        return record;
    }

    /** A record for reading, if the caller may see it. */
    public <T extends CoordinationRecord> T get(Class<T> type, UUID id, String what, Predicate<T> polresMaySee) {
        return scope.visible(entityManager.find(type, id), polresMaySee, what, id);
    }

    public String subject() {
        return caller.subject();
    }
}
