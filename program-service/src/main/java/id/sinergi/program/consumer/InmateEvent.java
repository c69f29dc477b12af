package id.sinergi.program.consumer;

import id.sinergi.program.domain.RiskLevel;

import java.util.Objects;
import java.util.UUID;

/**
 * What program-service reads of an inmate event's {@code data} (inmate-service's AsyncAPI document,
 * {@code inmate-events.yaml}): the WBP's snapshot, which every event type carries. A risk change, a
 * release and a transfer say more, read as {@link RiskChanged}, {@link Released} and {@link Transferred}. Fields it does not read are
 * ignored; a required field missing or of the wrong type makes the event a poison one (dead-lettered).
 */
public record InmateEvent(Inmate inmate) {

    public InmateEvent {
        Objects.requireNonNull(inmate, "inmate");
    }

    /**
     * The WBP's basic view once the change the event tells of was committed; {@code version} is
     * inmate-service's version of the record then, which orders snapshots. {@code status} is text, not
     * an enumeration: a status inmate-service adds (IN_TRANSIT did) is held, never a poison event.
     * {@code facility} is the WBP's facility (the sending one while in transit); an event from before the
     * region may lack it.
     */
    public record Inmate(UUID inmateId, Long version, String registerNumber, String registerClass, RiskLevel riskLevel,
                         String status, String location, String facility) {

        public Inmate {
            Objects.requireNonNull(inmateId, "inmate.inmateId");
            Objects.requireNonNull(version, "inmate.version");
            Objects.requireNonNull(registerNumber, "inmate.registerNumber");
            Objects.requireNonNull(registerClass, "inmate.registerClass");
            Objects.requireNonNull(riskLevel, "inmate.riskLevel");
            Objects.requireNonNull(status, "inmate.status");
        }
    }

    /** {@code inmate.risk-changed}: the new level is the snapshot's. */
    public record RiskChanged(Inmate inmate, RiskLevel previousLevel) {

        public RiskChanged {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(previousLevel, "previousLevel");
        }

        public boolean raisedToHigh() {
            return inmate.riskLevel() == RiskLevel.HIGH && previousLevel != RiskLevel.HIGH;
        }
    }

    /**
     * {@code inmate.transferred}: out of the region (status TRANSFERRED, the stay ends) or inside it
     * (status IN_TRANSIT until {@code inmate.transfer-arrived}); {@code toFacility} receives the WBP.
     */
    public record Transferred(Inmate inmate, String toFacility) {

        public Transferred {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(toFacility, "toFacility");
        }
    }

    /** {@code inmate.released}, with its reason ({@code DECEASED} among others). */
    public record Released(Inmate inmate, String reason) {

        public static final String DECEASED = "DECEASED";

        public Released {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
