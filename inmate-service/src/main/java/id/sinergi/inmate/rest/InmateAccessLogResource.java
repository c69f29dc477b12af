package id.sinergi.inmate.rest;

import id.sinergi.inmate.service.AccessPolicy;
import id.sinergi.platform.audit.AccessLogResource;
import jakarta.ws.rs.Path;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads of full records, key dates, timelines, risk histories and release plans, for auditors and the head of the facility. */
@Path("/api/v1/inmates/access-log")
public class InmateAccessLogResource extends AccessLogResource {

    private static final Set<String> RECORDS = Arrays.stream(AccessPolicy.RecordRead.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    @Override
    protected Set<String> records() {
        return RECORDS;
    }
}
