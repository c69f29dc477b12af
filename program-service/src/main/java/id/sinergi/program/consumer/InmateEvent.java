package id.sinergi.program.consumer;

import id.sinergi.program.domain.RiskLevel;

import java.util.Objects;
import java.util.UUID;

/**
 * What program-service reads of an inmate event's {@code data} (inmate-service's AsyncAPI document,
 * {@code inmate-events.yaml}): the WBP's snapshot, which every event type carries. A risk change and
 * a release say more, read as {@link RiskChanged} and {@link Released}. Fields it does not read are
 * ignored; a required field missing or of the wrong type makes the event a poison one (dead-lettered).
 */
public record InmateEvent(Inmate inmate) {

    public InmateEvent {
        Objects.requireNonNull(inmate, "inmate");
    }

    /**
     * The WBP's basic view once the change the event tells of was committed; {@code version} is
     * inmate-service's version of the record then, which orders snapshots.
     */
    public record Inmate(UUID inmateId, Long version, String registerNumber, String registerClass, RiskLevel riskLevel,
                         String status, String location) {

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

    /** {@code inmate.released}, with its reason ({@code DECEASED} among others). */
    public record Released(Inmate inmate, String reason) {

        public static final String DECEASED = "DECEASED";

        public Released {
            Objects.requireNonNull(inmate, "inmate");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
