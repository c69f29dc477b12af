package id.sinergi.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One change in the audit trail, as auditors read it; rows are only ever written by {@link AuditRecorder}. */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    public Long id;

    @Column(nullable = false)
    public OffsetDateTime at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String operation;

    @Column(name = "entity_type", nullable = false)
    public String entityType;

    @Column(name = "entity_id", nullable = false)
    public String entityId;

    @Column(name = "inmate_id")
    public UUID inmateId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String changes;

    @Column(name = "request_id")
    public String requestId;

    @Column(name = "trace_id")
    public String traceId;
}
