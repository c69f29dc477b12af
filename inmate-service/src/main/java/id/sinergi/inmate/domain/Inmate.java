package id.sinergi.inmate.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A WBP in the register. */
@Entity
public class Inmate extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "register_number", nullable = false, unique = true)
    public String registerNumber;

    @Convert(converter = RegisterClassConverter.class)
    @Column(name = "register_class", nullable = false)
    public RegisterClass registerClass;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    @Column(unique = true)
    public String nik;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level", nullable = false)
    public RiskLevel riskLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InmateStatus status;

    @Column(name = "admitted_on", nullable = false)
    public LocalDate admittedOn;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
