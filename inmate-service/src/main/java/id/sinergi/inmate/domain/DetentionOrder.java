package id.sinergi.inmate.domain;

import id.sinergi.platform.audit.Audited;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One order that detains a WBP of an A class: the first of a stage, an extension, or the handover to the next stage. */
@Entity
@Table(name = "detention_order")
@Audited(inmate = "inmateId")
public class DetentionOrder extends PanacheEntityBase {

    public enum Kind {
        /** The order the stay was admitted under. */
        INITIAL,
        /** The same stage extended. */
        EXTENSION,
        /** The first order of the next stage. */
        HANDOVER
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Convert(converter = RegisterClassConverter.class)
    @Column(nullable = false)
    public RegisterClass stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String authority;

    @Column(name = "order_number")
    public String orderNumber;

    @Column(name = "order_date")
    public LocalDate orderDate;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    public LocalDate endsOn;

    @Column(name = "liaison_request_id")
    public UUID liaisonRequestId;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** A stay's orders, oldest first. */
    public static List<DetentionOrder> of(UUID inmateId) {
        return list("inmateId = ?1 order by id", inmateId);
    }

    /** The first day of the stay's current stage: the start of the stage's first order (null: none recorded). */
    public static LocalDate stageStartedOn(UUID inmateId, RegisterClass stage) {
        return find("inmateId = ?1 and stage = ?2 order by id", inmateId, stage).<DetentionOrder>firstResultOptional()
                .map(o -> o.startsOn).orElse(null);
    }
}
