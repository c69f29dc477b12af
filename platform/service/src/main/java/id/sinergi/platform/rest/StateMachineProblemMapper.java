package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problems;
import id.sinergi.platform.statemachine.ActionForbiddenException;
import id.sinergi.platform.statemachine.ReasonRequiredException;
import id.sinergi.platform.statemachine.TransitionNotAllowedException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The state-machine engine speaks the domain's language; this is where its refusals become problems. */
public class StateMachineProblemMapper {

    @ServerExceptionMapper
    public Response forbidden(ActionForbiddenException e) {
        return ProblemMapper.response(Problems.actionForbidden(e.action(), e.roles()));
    }

    @ServerExceptionMapper
    public Response notAllowed(TransitionNotAllowedException e) {
        return ProblemMapper.response(Problems.transitionNotAllowed(e.action(), e.state(), e.allowedActions()));
    }

    @ServerExceptionMapper
    public Response reasonRequired(ReasonRequiredException e) {
        return ProblemMapper.response(Problems.reasonRequired(e.action()));
    }
}
