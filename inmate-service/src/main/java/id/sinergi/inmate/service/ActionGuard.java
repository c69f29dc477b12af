package id.sinergi.inmate.service;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateAction;
import id.sinergi.platform.auth.Caller;
import id.sinergi.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.util.UUID;

/**
 * Loads a WBP for an action and checks the actions table: the caller's role (403) and the
 * record's state (409 listing the actions its state allows). The row is locked for the rest of the
 * transaction, so two actions on one WBP happen one after the other.
 */
@ApplicationScoped
public class ActionGuard {

    @Inject
    Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public Inmate load(UUID id, InmateAction action) {
        if (!caller.hasAnyRole(action.roles())) {
            throw Problems.forbidden("'" + action.actionName() + "' needs one of the roles " + action.roles());
        }
        Inmate inmate = Inmate.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (inmate == null) {
            throw Problems.notFound("Inmate", id);
        }
        if (!action.isAllowedFor(inmate)) {
            throw Problems.transitionNotAllowed(action.actionName(), inmate.state(), InmateAction.allowedFor(inmate));
        }
        return inmate;
    }
}
