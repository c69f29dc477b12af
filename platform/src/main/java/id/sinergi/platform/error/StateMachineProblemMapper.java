package id.sinergi.platform.error;

import id.sinergi.platform.statemachine.ActionForbiddenException;
import id.sinergi.platform.statemachine.ReasonRequiredException;
import id.sinergi.platform.statemachine.TransitionNotAllowedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The state-machine engine speaks the domain's language; this is where its refusals become problems. */
public class StateMachineProblemMapper {

    @ServerExceptionMapper
    public Response forbidden(ActionForbiddenException e) {
        return Problems.forbidden(e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response notAllowed(TransitionNotAllowedException e) {
        return Problems.transitionNotAllowed(e.action(), e.state(), e.allowedActions()).toResponse();
    }

    @ServerExceptionMapper
    public Response reasonRequired(ReasonRequiredException e) {
        return Problems.invalidField("reason-required", "reason", e.getMessage()).toResponse();
    }
}
