package id.sinergi.liaison.service;

import id.sinergi.platform.audit.FacilityOfRecords;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * A facility's WBP and records for the platform's access log and audit trail, as {@link Scope} holds
 * them: a read follows its WBP's snapshot; a change follows its record's own facility (a record stays
 * its facility's after its WBP leaves), a finding its joint operation's. A record of no facility, and
 * a webhook subscription, is the regional readers' only.
 */
@ApplicationScoped
public class RecordsOfFacility implements FacilityOfRecords {

    /** The audited records that carry their facility, by entity type. */
    private static final Map<String, String> TABLES = Map.of("Notification", "notification", "InfoRequest", "info_request",
            "PoliceLoan", "police_loan", "DetentionRequest", "detention_request", "OtherCase", "other_case",
            "Incident", "incident", "Agreement", "agreement", "Meeting", "meeting", "JointOperation", "joint_operation",
            "ActionItem", "action_item");

    @Override
    public String inmates(String facility) {
        return "SELECT inmate_id FROM inmate_snapshot WHERE facility = " + facility;
    }

    @Override
    public Map<String, String> records(String facility) {
        Map<String, String> records = TABLES.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                table -> "SELECT CAST(id AS text) FROM " + table.getValue() + " WHERE facility = " + facility));
        records.put("Finding", "SELECT CAST(id AS text) FROM joint_operation_finding WHERE operation_id IN"
                + " (SELECT id FROM joint_operation WHERE facility = " + facility + ")");
        return records;
    }
}
