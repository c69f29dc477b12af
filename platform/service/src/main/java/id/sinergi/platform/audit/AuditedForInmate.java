package id.sinergi.platform.audit;

import java.util.UUID;

/**
 * An {@link Audited} entity that holds no WBP id of its own but is changed through one (a person
 * shared by several stays, changed through one of them): its changes are filed under the WBP it
 * names here, so the WBP's trail shows them. Null files them under no WBP.
 */
public interface AuditedForInmate {

    UUID auditedInmateId();
}
