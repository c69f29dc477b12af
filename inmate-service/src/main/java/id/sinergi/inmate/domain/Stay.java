package id.sinergi.inmate.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A read-only summary of one stay (a row of {@code inmate}), as a person's list of stays shows it:
 * what the record of a later stay needs to show the earlier ones without loading them whole.
 */
@Entity
@Immutable
@Table(name = "inmate")
public class Stay {

    @Id
    public UUID id;

    @Column(name = "register_number", insertable = false, updatable = false)
    public String registerNumber;

    @Convert(converter = RegisterClassConverter.class)
    @Column(name = "register_class", insertable = false, updatable = false)
    public RegisterClass registerClass;

    @Column(name = "admitted_on", insertable = false, updatable = false)
    public LocalDate admittedOn;

    /** The day the stay ended (release or transfer). */
    @Column(name = "left_on", insertable = false, updatable = false)
    public LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(insertable = false, updatable = false)
    public InmateStatus status;

    /** Open: the person is still this facility's (any status but released or transferred). */
    public boolean isOpen() {
        return status != InmateStatus.RELEASED && status != InmateStatus.TRANSFERRED;
    }

    /** Released while in a convict class (B.I–B.III): a conviction served here. */
    public boolean endedAfterConviction() {
        return status == InmateStatus.RELEASED && registerClass != null && !registerClass.isDetainee();
    }
}
