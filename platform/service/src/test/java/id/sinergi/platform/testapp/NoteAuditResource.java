package id.sinergi.platform.testapp;

import id.sinergi.platform.audit.AuditTrailResource;
import jakarta.ws.rs.Path;

/** Test-only: the audit trail's query, mounted the way a service mounts it. */
@Path("/notes/audit")
public class NoteAuditResource extends AuditTrailResource {
}
