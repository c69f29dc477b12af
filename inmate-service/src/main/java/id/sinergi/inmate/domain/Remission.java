package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Remisi: days taken off a sentence by a decree, of a {@link RemissionType}. Rows recorded before
 * migration V8 have no decree date, and a type only when they were granted on 17 August (GENERAL).
 */
@Entity
@Audited(inmate = "inmateId")
public class Remission extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(nullable = false)
    public int days;

    @Enumerated(EnumType.STRING)
    @Column
    public RemissionType type;

    /** Why an additional or a humanitarian remission was granted; null for the other types. */
    @Enumerated(EnumType.STRING)
    @Column
    public RemissionGround ground;

    @Column(name = "decree_number", nullable = false)
    public String decreeNumber;

    @Column(name = "decree_date")
    public LocalDate decreeDate;

    @Column(name = "granted_on", nullable = false)
    public LocalDate grantedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
