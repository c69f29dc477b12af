package id.sinergi.liaison.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** liaison-service's read model of a WBP's enrolment in a programme, kept from program events. */
@Entity
@Table(name = "enrolment_snapshot")
public class EnrolmentSnapshot extends PanacheEntityBase {

    public static final String COMPLETED = "COMPLETED";
    /** Enrolments the WBP is taking part in now. */
    public static final List<String> ONGOING = List.of("ACTIVE", "SUSPENDED");

    @Id
    @Column(name = "enrolment_id")
    public UUID enrolmentId;

    @Column(name = "inmate_id", nullable = false)
    public UUID inmateId;

    @Column(name = "programme_code", nullable = false)
    public String programmeCode;

    @Column(name = "programme_name", nullable = false)
    public String programmeName;

    @Column(nullable = false)
    public String category;

    public String partner;

    @Column(nullable = false)
    public String state;

    public String reason;

    @Column(name = "attendance_rate")
    public BigDecimal attendanceRate;

    @Column(name = "certificate_number")
    public String certificateNumber;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "changed_at", nullable = false)
    public OffsetDateTime changedAt;

    public static List<EnrolmentSnapshot> completedBy(UUID inmateId) {
        return list("inmateId = ?1 and state = ?2 order by completedOn, programmeCode", inmateId, COMPLETED);
    }

    /** Every enrolment of the WBP known here, the most recently changed first. */
    public static List<EnrolmentSnapshot> participationOf(UUID inmateId) {
        return list("inmateId = ?1 order by changedAt desc, enrolmentId", inmateId);
    }

    public static List<EnrolmentSnapshot> ongoingFor(UUID inmateId) {
        return list("inmateId = ?1 and state in ?2 order by programmeCode", inmateId, ONGOING);
    }
}
