package id.sinergi.inmate.service;

import id.sinergi.platform.audit.FacilityOfRecords;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The WBP of a facility for the platform's access log and audit trail: those its staff see
 * ({@link FacilityScope}). Changes filed under no WBP (the facility directory, a person changed
 * outside a stay) are the regional auditor's.
 */
@ApplicationScoped
public class InmatesOfFacility implements FacilityOfRecords {

    @Override
    public String inmates(String facility) {
        return "SELECT inmate.id FROM inmate WHERE " + FacilityScope.heldBy("inmate", facility);
    }
}
