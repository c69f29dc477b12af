package id.sinergi.platform.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.platform.observability.RequestIds;
import id.sinergi.platform.observability.TraceContext;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Version;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.Session;
import org.hibernate.type.Type;
import org.jboss.logging.MDC;

import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the changes {@link AuditInterceptor} sees into audit rows. Changes are collected per
 * transaction (in the transaction's own resource map) and written when it is about to commit, after
 * Hibernate's last flush: by then generated ids are known, and a transaction that rolls back leaves
 * no trace, because the rows go out on its own connection.
 */
@ApplicationScoped
public class AuditRecorder {

    private static final Object PENDING = AuditRecorder.class;
    private static final ClassValue<AuditedType> TYPES = new ClassValue<>() {
        @Override
        protected AuditedType computeValue(Class<?> type) {
            return AuditedType.of(type);
        }
    };

    @Inject
    FacilityClock clock;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    EntityManager entityManager;

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Inject
    ObjectMapper objectMapper;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    RequestAudit requestAudit;

    enum Operation { CREATE, UPDATE, DELETE }

    private record Change(Object entity, Object id, AuditedType type, Operation operation, ObjectNode fields,
                          UUID inmateId, AuditScope.Actor actor, OffsetDateTime at, String requestId, String traceId) {
    }

    /** What the trail needs to know about an entity class; null for classes that are not audited. */
    private record AuditedType(String name, String inmate, Set<String> ignored) {
        static AuditedType of(Class<?> type) {
            Audited audited = type.getAnnotation(Audited.class);
            if (audited == null) {
                return null;
            }
            Set<String> ignored = new HashSet<>(Arrays.asList(audited.ignore()));
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field field : c.getDeclaredFields()) {
                    if (field.isAnnotationPresent(Version.class) || setByTheDatabase(field)) {
                        ignored.add(field.getName());
                    }
                }
            }
            Class<?> named = type;
            while (named.getSuperclass() != null && named.getSuperclass().isAnnotationPresent(Audited.class)) {
                named = named.getSuperclass();
            }
            return new AuditedType(named.getSimpleName(), audited.inmate(), Set.copyOf(ignored));
        }

        /** A column the service never writes (a trigger's change position): not a change anyone made. */
        private static boolean setByTheDatabase(Field field) {
            Column column = field.getAnnotation(Column.class);
            return column != null && !column.insertable() && !column.updatable();
        }
    }

    static boolean isAudited(Object entity) {
        return TYPES.get(entity.getClass()) != null;
    }

    void record(Operation operation, Object entity, Object id, Object[] before, Object[] after,
                String[] names, Type[] types) {
        AuditedType type = TYPES.get(entity.getClass());
        if (type == null) {
            return;
        }
        ObjectNode fields = objectMapper.createObjectNode();
        UUID inmateId = null;
        for (int i = 0; i < names.length; i++) {
            Object old = before == null ? null : before[i];
            Object now = after == null ? null : after[i];
            if (names[i].equals(type.inmate())) {
                inmateId = uuid(now != null ? now : old);
            }
            if (type.ignored().contains(names[i]) || types[i].isCollectionType() || (old == null && now == null)
                    || (operation == Operation.UPDATE && before != null && types[i].isEqual(old, now))) {
                continue;
            }
            ObjectNode field = fields.putObject(names[i]);
            field.set("before", operation == Operation.CREATE ? NullNode.getInstance() : render(old, types[i]));
            field.set("after", operation == Operation.DELETE ? NullNode.getInstance() : render(now, types[i]));
        }
        if (fields.isEmpty()) {
            return;
        }
        if (inmateId == null && entity instanceof AuditedForInmate changedThrough) {
            inmateId = changedThrough.auditedInmateId();
        }
        Object requestId = MDC.get(RequestIds.MDC_KEY);
        pending().add(new Change(entity, id, type, operation, fields, inmateId, actor(),
                clock.timestamp(), requestId == null ? null : requestId.toString(),
                TraceContext.currentTraceId()));
    }

    /** Writes the transaction's changes; called once Hibernate has flushed for the last time. */
    void write() {
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Change> pending = (List<Change>) transactions.getResource(PENDING);
        if (pending == null || pending.isEmpty()) {
            return;
        }
        List<Change> changes = List.copyOf(pending);
        pending.clear();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO audit_entry (at, actor, action, operation, entity_type, entity_id, inmate_id, changes,
                                             request_id, trace_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")) {
                for (Change change : changes) {
                    Object id = change.id() != null ? change.id()
                            : entityManagerFactory.getPersistenceUnitUtil().getIdentifier(change.entity());
                    UUID inmateId = change.inmateId() == null && !change.type().inmate().isEmpty() ? uuid(id) : change.inmateId();
                    insert.setObject(1, change.at());
                    insert.setString(2, change.actor().actor());
                    insert.setString(3, change.actor().action());
                    insert.setString(4, change.operation().name());
                    insert.setString(5, change.type().name());
                    insert.setString(6, String.valueOf(id));
                    insert.setObject(7, inmateId, Types.OTHER);
                    insert.setString(8, change.fields().toString());
                    insert.setString(9, change.requestId());
                    insert.setString(10, change.traceId());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    @SuppressWarnings("unchecked")
    private List<Change> pending() {
        List<Change> pending = (List<Change>) transactions.getResource(PENDING);
        if (pending == null) {
            pending = new ArrayList<>();
            transactions.putResource(PENDING, pending);
        }
        return pending;
    }

    /** The token's subject and the operation called; a scope opened by a consumer or job; else "system". */
    private AuditScope.Actor actor() {
        AuditScope.Actor scoped = AuditScope.current();
        if (scoped != null) {
            return scoped;
        }
        if (!Arc.container().requestContext().isActive()) {
            return new AuditScope.Actor(AuditScope.SYSTEM, AuditScope.SYSTEM);
        }
        SecurityIdentity identity = identities.getIdentity();
        String action = requestAudit.action();
        return new AuditScope.Actor(identity == null || identity.isAnonymous() ? AuditScope.SYSTEM : identity.getPrincipal().getName(),
                action == null ? AuditScope.SYSTEM : action);
    }

    private JsonNode render(Object value, Type type) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (type.isEntityType()) {
            return objectMapper.valueToTree(entityManagerFactory.getPersistenceUnitUtil().getIdentifier(value));
        }
        return objectMapper.valueToTree(value);
    }

    private static UUID uuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }
}
