package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The latest release plan of each WBP (by {@code plannedAt}), as inmate events carried it. */
@Entity
@Table(name = "release_plan")
public class LatestReleasePlan extends PanacheEntityBase {

    @Id
    @Column(name = "inmate_id")
    public UUID inmateId;

    @Column(name = "regency_code", nullable = false)
    public String regencyCode;

    /** The {@link ReleasePlan}, JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public String plan;

    @Column(name = "planned_at", nullable = false)
    public OffsetDateTime plannedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
