package id.sinergi.program.rest;

import id.sinergi.platform.concurrency.ETags;
import id.sinergi.program.service.Enrolments;
import id.sinergi.program.service.Programmes;
import jakarta.ws.rs.core.Response;

/** Answers the resources share: a resource with its ETag, and the documented responses of actions. */
final class Responses {

    static final String PROBLEM = "application/problem+json";
    static final String ACTION_NOTE = "Needs `If-Match` with the ETag last read (428 without, 412 when stale). A state that "
            + "does not allow the action answers 409 with the actions it allows.";

    private Responses() {
    }

    static Response programme(Programmes.Details details) {
        return Response.ok(Views.ProgrammeView.of(details)).tag(ETags.of(details.programme().version)).build();
    }

    static Response enrolment(Enrolments.Details details) {
        return Response.ok(Views.EnrolmentView.of(details)).tag(ETags.of(details.enrolment().version)).build();
    }
}
