package id.sinergi.liaison.rest;

import id.sinergi.platform.audit.AccessLogResource;
import jakarta.ws.rs.Path;

import java.util.Set;

/**
 * Reads of reintegration summaries (with a notification, alone or in a list) and of the programmes
 * an information request opens, for auditors and the head of the facility.
 */
@Path("/api/v1/liaison/access-log")
public class LiaisonAccessLogResource extends AccessLogResource {

    static final String REINTEGRATION_SUMMARY = "REINTEGRATION_SUMMARY";
    static final String PROGRAMMES = "PROGRAMMES";

    @Override
    protected Set<String> records() {
        return Set.of(REINTEGRATION_SUMMARY, PROGRAMMES);
    }
}
