package id.sinergi.program.rest;

import id.sinergi.platform.audit.AuditTrailResource;
import jakarta.ws.rs.Path;

/**
 * The audit trail of programmes, sessions, enrolments, attendance, assessments and reviews, for
 * auditors: every change with before and after, including those made by inmate events
 * ({@code system:<consumer>}).
 */
@Path("/api/v1/programs/audit")
public class ProgramAuditResource extends AuditTrailResource {
}
