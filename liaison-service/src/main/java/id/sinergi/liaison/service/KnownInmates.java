package id.sinergi.liaison.service;

import id.sinergi.liaison.domain.InmateSnapshot;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.platform.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** The WBP that requests and loans name, as this service knows them from inmate events. */
@ApplicationScoped
public class KnownInmates {

    public InmateSnapshot require(UUID inmateId) {
        InmateSnapshot inmate = InmateSnapshot.findById(inmateId);
        if (inmate == null) {
            throw Problems.invalidField("unknown-inmate", "inmateId", "no WBP " + inmateId + " is known to the liaison");
        }
        return inmate;
    }

    /**
     * A WBP can go out on {@code loanId} only from custody, from inside the facility, and when no
     * other loan has them out.
     */
    public void requireAvailableForLoan(InmateSnapshot inmate, UUID loanId) {
        if (!inmate.isInCustody()) {
            throw Problems.conflict("inmate-not-in-custody", "the WBP is " + inmate.status + ", not in custody: no loan is possible");
        }
        boolean onLoan = PoliceLoan.count("inmateId = ?1 and state in ?2 and id <> ?3", inmate.inmateId, PoliceLoan.OUT,
                loanId) > 0;
        if (onLoan || (inmate.location != null && !InmateSnapshot.IN_FACILITY.equals(inmate.location))) {
            throw Problems.conflict("inmate-already-out", "the WBP is already out of the facility ("
                    + (onLoan ? "on another police loan" : inmate.location) + ")");
        }
    }
}
