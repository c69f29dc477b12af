package id.sinergi.liaison.domain;

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
import java.util.UUID;

/**
 * A former WBP arrested by Polres ({@code inmate.re-arrested}) or admitted again
 * ({@code inmate.admitted} with {@code previousStay}), linked to the release it followed.
 * {@code monthsAfterRelease} is whole months from the release to the day: a re-offence is "within N
 * months" when it is less than N, i.e. before the N-month anniversary of the release.
 */
@Entity
@Table(name = "reoffence")
public class Reoffence extends PanacheEntityBase {

    public enum Kind { RE_ARREST, READMISSION }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    /** The re-arrest's id, or the new stay's inmate id: once each. */
    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    /** The stay released before: the {@link Release}'s {@code inmateId}. */
    @Column(name = "release_inmate_id", nullable = false)
    public UUID releaseInmateId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    /** The day of the arrest, or of the readmission. */
    @Column(name = "occurred_on", nullable = false)
    public LocalDate occurredOn;

    @Column(name = "months_after_release", nullable = false)
    public int monthsAfterRelease;

    @Column(name = "police_report_number")
    public String policeReportNumber;

    @Column(name = "polres_unit")
    public String polresUnit;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public static int monthsBetween(LocalDate releasedOn, LocalDate occurredOn) {
        return (int) Math.max(0, ChronoUnit.MONTHS.between(releasedOn, occurredOn));
    }
}
