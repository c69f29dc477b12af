package id.sinergi.platform.rest;

import id.sinergi.platform.error.Problems;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two updates made from the same version: the one that commits second lost the race. It is the
 * same situation as a stale If-Match, so it answers the same 412.
 */
public class OptimisticLockMapper {

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return ProblemMapper.response(Problems.concurrentUpdate());
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e) {
        return ProblemMapper.response(Problems.concurrentUpdate());
    }
}
