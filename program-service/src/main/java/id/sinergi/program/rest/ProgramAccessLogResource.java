package id.sinergi.program.rest;

import id.sinergi.platform.audit.AccessLogResource;
import jakarta.ws.rs.Path;

import java.util.Set;

/** Reads of a WBP's participation history across programmes, for auditors and the head of the facility. */
@Path("/api/v1/programs/access-log")
public class ProgramAccessLogResource extends AccessLogResource {

    static final String PARTICIPATION_HISTORY = "PARTICIPATION_HISTORY";

    @Override
    protected Set<String> records() {
        return Set.of(PARTICIPATION_HISTORY);
    }
}
