package id.sinergi.inmate.event;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.RegisterClass;
import id.sinergi.inmate.domain.RiskLevel;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The events inmate-service publishes on {@code inmate.events.v1}, keyed by the WBP's id. Their
 * schemas and examples are in {@code src/main/resources/META-INF/asyncapi/inmate-events.yaml}.
 * Payloads carry the basic view only: no NIK.
 */
public final class InmateEvents {

    public static final String ADMITTED = "inmate.admitted";

    private InmateEvents() {
    }

    /** {@code inmate.admitted}: a WBP entered the register. */
    public record Admitted(UUID inmateId, String registerNumber, RegisterClass registerClass, String fullName,
                           RiskLevel riskLevel, InmateStatus status, LocalDate admittedOn) {

        public static Admitted of(Inmate inmate) {
            return new Admitted(inmate.id, inmate.registerNumber, inmate.registerClass, inmate.fullName,
                    inmate.riskLevel, inmate.status, inmate.admittedOn);
        }
    }
}
