package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A stay that ended in release ({@code inmate.released}), with what was known at release: the risk
 * level, the offence categories, whether a programme was completed and of which categories. The
 * release cohort of a month is the releases of that month. Ids and register numbers only, no names.
 */
@Entity
@Table(name = "wbp_release")
public class Release extends PanacheEntityBase {

    /** The stay released (one release per stay). */
    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "person_id")
    public UUID personId;

    @Column(name = "register_number", nullable = false)
    public String registerNumber;

    public String facility;

    /** The unit the release was routed to ({@link id.sinergi.liaison.service.Recipients#release}). */
    @Column(name = "polres_unit", nullable = false)
    public String polresUnit;

    @Column(name = "released_on", nullable = false)
    public LocalDate releasedOn;

    @Column(nullable = false)
    public String reason;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "offence_categories", nullable = false, columnDefinition = "text[]")
    public List<String> offenceCategories = new ArrayList<>();

    @Column(name = "risk_level", nullable = false)
    public String riskLevel;

    @Column(name = "programme_completed", nullable = false)
    public boolean programmeCompleted;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "programme_categories", nullable = false, columnDefinition = "text[]")
    public List<String> programmeCategories = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** When the row last changed: set by a trigger on every write (docs/decisions/0022). */
    @Column(name = "updated_at", insertable = false, updatable = false)
    public OffsetDateTime updatedAt;

    /** The transaction that last wrote the row, set by the database: the sync order (docs/decisions/0022). */
    @Column(name = "change_position", insertable = false, updatable = false)
    public long changePosition;
}
