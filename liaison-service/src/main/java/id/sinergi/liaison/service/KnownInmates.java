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
        return require(inmateId, "inmateId");
    }

    /** The WBP, or 422 {@code unknown-inmate} naming {@code field} (e.g. {@code involved[1].inmateId}). */
    public InmateSnapshot require(UUID inmateId, String field) {
        InmateSnapshot inmate = InmateSnapshot.findById(inmateId);
        if (inmate == null) {
            throw unknown(inmateId, field);
        }
        return inmate;
    }

    private static RuntimeException unknown(UUID inmateId, String field) {
        return Problems.invalidField("unknown-inmate", field, inmateId);
    }

    /**
     * A WBP held in {@code facility}; one of another facility (or of none recorded) is as unknown to
     * this Lapas as one never admitted.
     */
    public InmateSnapshot requireIn(String facility, UUID inmateId, String field) {
        InmateSnapshot inmate = require(inmateId, field);
        if (inmate.facility == null || !inmate.facility.equals(facility)) {
            throw unknown(inmateId, field);
        }
        return inmate;
    }

    /**
     * A WBP can go out on {@code loanId} only from custody, from inside the facility, and when no
     * other loan has them out.
     */
    public void requireAvailableForLoan(InmateSnapshot inmate, UUID loanId) {
        if (!inmate.isInCustody()) {
            throw Problems.conflict("inmate-not-in-custody.loan", inmate.status);
        }
        boolean onLoan = PoliceLoan.count("inmateId = ?1 and state in ?2 and id <> ?3", inmate.inmateId, PoliceLoan.OUT,
                loanId) > 0;
        if (onLoan || (inmate.location != null && !InmateSnapshot.IN_FACILITY.equals(inmate.location))) {
            throw onLoan ? Problems.conflict("inmate-already-out.on-loan") : Problems.conflict("inmate-already-out", inmate.location);
        }
    }
}
