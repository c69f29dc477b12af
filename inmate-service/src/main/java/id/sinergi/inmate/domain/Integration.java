package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One integration of a stay (PB, CB or CMB): the decree that started it, the Bapas that supervises
 * it, and how it ended: revoked (the WBP came back into custody) or served (the sentence ended).
 * At most one is open per stay (V10's index).
 */
@Entity
@Audited(inmate = "inmateId")
public class Integration extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IntegrationKind kind;

    @Column(name = "decree_number", nullable = false)
    public String decreeNumber;

    @Column(name = "decree_date", nullable = false)
    public LocalDate decreeDate;

    /** The Balai Pemasyarakatan that supervises the WBP, e.g. "Bapas Kelas II Barabai". */
    @Column(nullable = false)
    public String bapas;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revocation_decree")
    public String revocationDecree;

    @Column(name = "revocation_reason")
    public String revocationReason;

    /** The day the sentence ended under this integration (the stay was released then). */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public boolean isOpen() {
        return revokedOn == null && endedOn == null;
    }

    /** Days spent outside before a revocation: none of them counts as served (see docs/domain-rules.md, "Integration"). */
    public int daysOutside() {
        return revokedOn == null ? 0 : (int) ChronoUnit.DAYS.between(startsOn, revokedOn);
    }

    /** The stay's integration in progress, if any. */
    public static Optional<Integration> openOf(UUID inmateId) {
        return find("inmateId = ?1 and revokedOn is null and endedOn is null", inmateId).firstResultOptional();
    }
}
