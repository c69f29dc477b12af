package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The start of an integration (PB, CB, CMB) of a stay, from {@code inmate.integration-started}. */
@Entity
@Table(name = "integration_start")
public class IntegrationStart extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    public String facility;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    @Column(name = "register_class")
    public String registerClass;

    /** PB, CB or CMB. */
    @Column(nullable = false)
    public String kind;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
