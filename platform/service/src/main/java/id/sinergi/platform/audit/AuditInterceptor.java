package id.sinergi.platform.audit;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * The audit trail's hook into Hibernate: it sees every insert, update and delete of every entity
 * with the state before and after, and hands those of {@link Audited} entities to the
 * {@link AuditRecorder}.
 *
 * <p>Why an interceptor rather than calls in the write paths: the write paths stay as they are, a
 * new write path is audited without anyone remembering to, and before/after come from Hibernate's
 * own snapshot of the loaded row instead of copies each service would have to make. What it cannot
 * know, the actor and the action, comes from the request (token subject, operation id) or from an
 * {@link AuditScope} that consumers and jobs open. Bulk JPQL/SQL updates bypass it; audited
 * entities are changed through the entity.
 */
@PersistenceUnitExtension
@ApplicationScoped
public class AuditInterceptor implements Interceptor {

    @Inject
    AuditRecorder recorder;

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (AuditRecorder.isAudited(entity)) {
            recorder.record(AuditRecorder.Operation.CREATE, entity, id, null, state, propertyNames, types);
        }
        return false;
    }

    @Override
    public boolean onFlushDirty(Object entity, Object id, Object[] currentState, Object[] previousState,
                                String[] propertyNames, Type[] types) {
        if (AuditRecorder.isAudited(entity)) {
            recorder.record(AuditRecorder.Operation.UPDATE, entity, id, previousState, currentState, propertyNames, types);
        }
        return false;
    }

    @Override
    public void onRemove(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (AuditRecorder.isAudited(entity)) {
            recorder.record(AuditRecorder.Operation.DELETE, entity, id, state, null, propertyNames, types);
        }
    }

    @Override
    public void beforeTransactionCompletion(Transaction transaction) {
        recorder.write();
    }
}
