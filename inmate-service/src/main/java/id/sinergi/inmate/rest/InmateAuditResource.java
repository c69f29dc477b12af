package id.sinergi.inmate.rest;

import id.sinergi.platform.audit.AuditTrailResource;
import jakarta.ws.rs.Path;

/**
 * The audit trail of the register (admissions, corrections, risk assessments, movements, remissions,
 * releases: every change of a WBP's record with before and after), for auditors. Reads of full
 * records stay in the access log ({@link AccessLogResource}).
 */
@Path("/api/v1/inmates/audit")
public class InmateAuditResource extends AuditTrailResource {
}
