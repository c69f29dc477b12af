package id.sinergi.system;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Programmes as the Lapas's programme officer runs them through the gateway: open, enrol, attend, complete. */
final class Programmes {

    private Programmes() {
    }

    /**
     * A running programme (created, opened, started) from two weeks ago to a month ahead; with a
     * {@code coOrganiserUnit}, co-organised by that Polres unit. Returns its id.
     */
    static String open(Gateway gateway, String code, String category, String name, String partner, String coOrganiserUnit) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("code", code, "category", category, "name", name,
                "partner", partner, "capacity", 20, "startsOn", today.minusDays(14).toString(),
                "endsOn", today.plusDays(30).toString()));
        if (coOrganiserUnit != null) {
            body.put("coOrganiserUnit", coOrganiserUnit);
        }
        Gateway.Answer created = gateway.post("/api/v1/programs").as(Actors.PROGRAM_OFFICER).json(body).send();
        assertThat(created.status()).as("programme: %s", created).isEqualTo(201);
        String id = created.json().path("id").asText();
        String etag = created.header("ETag");
        for (String action : List.of("open", "start")) {
            Gateway.Answer moved = gateway.post("/api/v1/programs/" + id + "/" + action).as(Actors.PROGRAM_OFFICER)
                    .ifMatch(etag).json(Map.of()).send();
            assertThat(moved.status()).as("%s: %s", action, moved).isEqualTo(200);
            etag = moved.header("ETag");
        }
        return id;
    }

    /** An enrolment requested and approved (ACTIVE). Returns its id. */
    static String enrolAndApprove(Gateway gateway, String programme, String inmate) {
        Gateway.Answer requested = gateway.post("/api/v1/enrolments").as(Actors.PROGRAM_OFFICER)
                .json(Map.of("programId", programme, "inmateId", inmate, "reason", "Recommended by the TPP")).send();
        assertThat(requested.status()).as("enrolment: %s", requested).isEqualTo(201);
        String id = requested.json().path("id").asText();
        Gateway.Answer approved = gateway.post("/api/v1/enrolments/" + id + "/approve").as(Actors.PROGRAM_OFFICER)
                .ifMatch(requested.header("ETag")).json(Map.of()).send();
        assertThat(approved.status()).as("approval: %s", approved).isEqualTo(200);
        assertThat(approved.json().path("state").asText()).isEqualTo("ACTIVE");
        return id;
    }

    /** A session yesterday with the WBP present (the roll kept by {@code rollKeeper}). Returns the session id. */
    static String attendedSession(Gateway gateway, String programme, String enrolment, String facilitatingUnit, String rollKeeper) {
        LocalDate today = LocalDate.now();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("date", today.minusDays(1).toString(), "startsAt", "09:00",
                "endsAt", "11:00", "topic", "Bahaya narkotika dan hukumnya", "facilitator", "Satbinmas Polres HSU"));
        if (facilitatingUnit != null) {
            body.put("facilitatingUnit", facilitatingUnit);
        }
        Gateway.Answer session = gateway.post("/api/v1/programs/" + programme + "/sessions").as(Actors.PROGRAM_OFFICER)
                .json(body).send();
        assertThat(session.status()).as("session: %s", session).isEqualTo(201);
        String sessionId = session.json().path("id").asText();
        Gateway.Answer roll = gateway.post("/api/v1/programs/" + programme + "/sessions/" + sessionId + "/attendance")
                .as(rollKeeper).json(Map.of("records", List.of(Map.of("enrolmentId", enrolment, "status", "PRESENT")))).send();
        assertThat(roll.status()).as("roll: %s", roll).isBetween(200, 201);
        return sessionId;
    }

    /** Completion with the final assessment by the programme officer; returns the answer (200). */
    static Gateway.Answer complete(Gateway gateway, String enrolment) {
        Gateway.Answer read = gateway.get("/api/v1/enrolments/" + enrolment).as(Actors.PROGRAM_OFFICER).send();
        assertThat(read.json().path("attendance").path("present").asInt()).isEqualTo(1);
        Gateway.Answer completed = gateway.post("/api/v1/enrolments/" + enrolment + "/complete").as(Actors.PROGRAM_OFFICER)
                .ifMatch(read.header("ETag")).json(Map.of("score", 85, "notes", "Aktif berdiskusi; memahami materi")).send();
        assertThat(completed.status()).as("completion: %s", completed).isEqualTo(200);
        assertThat(completed.json().path("state").asText()).isEqualTo("COMPLETED");
        return completed;
    }
}
