package id.sinergi.inmate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A read of a WBP's personal data beyond the basic view: who, when, from which agency and unit, why,
 * and which part of the record. Written by the platform's {@code AccessLog}; read here for the auditors.
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(nullable = false)
    public String actor;

    public String agency;

    public String unit;

    public String purpose;

    /** Which part of the record was read: RECORD, KEY_DATES, TIMELINE, RISK_ASSESSMENTS, RELEASE_PLAN. */
    @Column(nullable = false, insertable = false, updatable = false)
    public String record;

    @Column(nullable = false)
    public OffsetDateTime at;
}
