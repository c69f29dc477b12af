package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

/**
 * One escape of a WBP from custody (melarikan diri) and, once it happened, the recapture. The days
 * between the escape and the recapture are not served (UU 1/2023 Pasal 63; see docs/domain-rules.md,
 * "Escape and recapture"), so the stay's key dates move later by {@link #daysNotCountedFrom}.
 */
@Entity
@Table(name = "escape")
@Audited(inmate = "inmateId")
public class Escape extends PanacheEntityBase {

    /** Who brought the WBP back. */
    public enum RecapturedBy { POLRES, LAPAS, OTHER }

    @Id
    public UUID id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "escaped_at", nullable = false)
    public OffsetDateTime escapedAt;

    /** The facility's calendar date of the escape (the zone of {@code sinergi.facility.zone}). */
    @Column(name = "escaped_on", nullable = false)
    public LocalDate escapedOn;

    /** Where from: the block, the court, the hospital. */
    @Column(nullable = false)
    public String place;

    /** How: over the wall, from the escort, ... */
    @Column(nullable = false)
    public String method;

    @Column(name = "noticed_by", nullable = false)
    public String noticedBy;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recaptured_at")
    public OffsetDateTime recapturedAt;

    /** The facility's calendar date of the recapture. */
    @Column(name = "recaptured_on")
    public LocalDate recapturedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "recaptured_by")
    public RecapturedBy recapturedBy;

    @Column(name = "recapture_place")
    public String recapturePlace;

    @Column(name = "recapture_recorded_by")
    public String recaptureRecordedBy;

    public boolean isOngoing() {
        return recapturedOn == null;
    }

    /** The escape of the WBP not yet recaptured. */
    public static Optional<Escape> ongoingOf(UUID inmateId) {
        return find("inmateId = ?1 and recapturedOn is null", inmateId).firstResultOptional();
    }

    /**
     * The days at large that would otherwise count towards a sentence begun on {@code sentenceStart}:
     * from the escape's date (or the sentence's start, if later) up to the day before the recapture. The
     * day of the recapture is served again; an escape and recapture on one day costs nothing. An escape
     * still under way counts nothing yet: its length is known only at the recapture.
     */
    public long daysNotCountedFrom(LocalDate sentenceStart) {
        if (isOngoing()) {
            return 0;
        }
        LocalDate from = escapedOn.isBefore(sentenceStart) ? sentenceStart : escapedOn;
        return Math.max(0, ChronoUnit.DAYS.between(from, recapturedOn));
    }
}
