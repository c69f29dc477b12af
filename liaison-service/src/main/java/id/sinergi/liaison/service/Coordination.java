package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.CoordinationRecord;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.statemachine.ActionGuard;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Stateful;
import id.sinergi.platform.time.FacilityClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * What incidents, agreements, meetings, action items and joint operations share: a new record
 * belongs to the caller's facility and to a Polres unit; an action is checked against the record's
 * state machine through the platform's {@link ActionGuard}, the record loaded under a row lock.
 */
@ApplicationScoped
public class Coordination {

    @Inject
    FacilityClock clock;

    @Inject
    Recipients recipients;

    @Inject
    Caller caller;

    @Inject
    Scope scope;

    @Inject
    ActionGuard guard;

    @Inject
    EntityManager entityManager;

    /** Fills in what every new record carries; the caller's unit is the facility. */
    public <T extends CoordinationRecord> T create(T record, String polresUnit) {
        OffsetDateTime now = clock.timestamp();
        record.id = UUID.randomUUID();
        record.facility = caller.unit();
        record.polresUnit = polresUnit;
        record.createdBy = caller.subject();
        record.createdAt = now;
        record.updatedAt = now;
        return record;
    }

    /**
     * The Polres unit a meeting or joint operation is held with: the one given, else the unit covering the
     * caller's facility's regency ({@link Recipients#ofFacility}).
     */
    public String polresUnitOrDefault(String given) {
        String unit = InfoRequests.blankToNull(given);
        return unit == null ? recipients.ofFacility(caller.unit()) : unit;
    }

    /** Checks the action that creates a record against the machine's creation row (the role); answers its first state. */
    public <S extends Enum<S>, T extends CoordinationRecord & Stateful<S>> S created(StateMachine<S, T> machine, String action,
                                                                                      T record) {
        return guard.checkCreation(machine, action, record, null).to();
    }

    /**
     * Checks {@code action} on a record in the one order (the role; the record, loaded under a row
     * lock, 404 unless the caller may see it; {@code If-Match}; the state; the reason) and marks it
     * changed. The caller moves it to {@link ActionGuard.Checked#target}.
     */
    public <S extends Enum<S>, T extends CoordinationRecord & Stateful<S>> ActionGuard.Checked<T, S, T> check(
            StateMachine<S, T> machine, Class<T> type, UUID id, String what, Predicate<T> polresMaySee, String action,
            String ifMatch, String reason) {
        ActionGuard.Checked<T, S, T> checked = guard.check(machine, action,
                () -> scope.visible(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE), polresMaySee, what, id),
                ifMatch, reason);
        checked.record().updatedAt = clock.timestamp();
        return checked;
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
