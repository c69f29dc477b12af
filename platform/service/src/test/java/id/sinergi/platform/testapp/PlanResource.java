package id.sinergi.platform.testapp;

import id.sinergi.platform.auth.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Test-only: a body with every JSON type the services take, echoed back, for the strict-input rules. */
@Path("/plans")
@RolesAllowed(Roles.LAPAS_REGISTRAR)
public class PlanResource {

    public record Attendee(String name, Note.Colour colour) {
    }

    public record Plan(String number, List<String> blocks, LocalDate due, OffsetDateTime plannedFor,
                       Note.Colour colour, Boolean urgent, Integer places, List<Attendee> attendees) {
    }

    @POST
    public Plan echo(Plan plan) {
        return plan;
    }
}
