package id.sinergi.liaison.rest;

import id.sinergi.platform.audit.AuditTrailResource;
import jakarta.ws.rs.Path;

/**
 * The audit trail of notifications, information requests, police loans, incidents, agreements,
 * meetings, action items, joint operations and their findings, for auditors: every change with
 * before and after, including those made by the escalation job ({@code system:liaison-service.escalation})
 * and by inmate events.
 */
@Path("/api/v1/liaison/audit")
public class LiaisonAuditResource extends AuditTrailResource {
}
