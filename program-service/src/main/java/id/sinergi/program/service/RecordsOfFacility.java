package id.sinergi.program.service;

import id.sinergi.platform.audit.FacilityOfRecords;
import id.sinergi.program.domain.KnownInmate;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;

/**
 * A facility's WBP and programmes for the platform's access log and audit trail, as {@link Scope}
 * holds them: the WBP it holds (theirs, or in transit to it), and its programmes with their sessions,
 * attendance and assessments, whose changes name no WBP. Enrolments and reviews name theirs.
 */
@ApplicationScoped
public class RecordsOfFacility implements FacilityOfRecords {

    @Override
    public String inmates(String facility) {
        return "SELECT inmate_id FROM known_inmate WHERE facility = " + facility + " OR (status = '" + KnownInmate.IN_TRANSIT
                + "' AND transferred_to = " + facility + ")";
    }

    @Override
    public Map<String, String> records(String facility) {
        String programmes = "SELECT id FROM programme WHERE facility = " + facility;
        String sessions = "SELECT id FROM programme_session WHERE programme_id IN (" + programmes + ")";
        return Map.of(
                "Programme", "SELECT CAST(id AS text) FROM programme WHERE facility = " + facility,
                "ProgrammeSession", "SELECT CAST(id AS text) FROM programme_session WHERE programme_id IN (" + programmes + ")",
                "Attendance", "SELECT CAST(id AS text) FROM attendance WHERE session_id IN (" + sessions + ")",
                "Assessment", "SELECT CAST(id AS text) FROM assessment WHERE enrolment_id IN (SELECT id FROM enrolment"
                        + " WHERE programme_id IN (" + programmes + "))");
    }
}
