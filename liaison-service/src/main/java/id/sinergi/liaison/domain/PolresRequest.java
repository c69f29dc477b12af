package id.sinergi.liaison.domain;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import java.time.OffsetDateTime;

/** A request Polres makes of the Lapas (information, a loan): the requesting unit, and who decided it, when and why. */
@MappedSuperclass
public abstract class PolresRequest extends WbpRecord {

    /** The requesting unit (token {@code unit}); only this unit of Polres sees the request. */
    @Column(name = "polres_unit", nullable = false)
    public String polresUnit;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** Why it was rejected, withdrawn or cancelled, or the approval's note. */
    public String reason;

    public void decided(String by, OffsetDateTime at, String why) {
        decidedBy = by;
        decidedAt = at;
        reason = why;
    }
}
