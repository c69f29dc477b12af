package id.sinergi.program;

import id.sinergi.platform.testing.TestTokens;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;
import id.sinergi.program.domain.EnrolmentMachine;
import id.sinergi.program.domain.ProgrammeMachine;
import id.sinergi.program.domain.ReviewMachine;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import static id.sinergi.program.Api.PROBLEM;
import static id.sinergi.program.Api.action;
import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.etag;
import static id.sinergi.program.Api.openProgramme;
import static id.sinergi.program.Api.programme;
import static id.sinergi.program.Api.requested;
import static id.sinergi.program.Api.uniqueCode;
import static id.sinergi.program.Inmates.deliver;
import static id.sinergi.program.Inmates.example;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * Every row of every state machine of program-service (enrolment, programme, review), walked over
 * HTTP from the tables themselves, and every refusal in the platform's order: 401 without a token,
 * 403 for a role the table does not name (before the record is looked up), 404 for an unknown record
 * (before If-Match), 428 without If-Match and 412 with a stale one (before the state), 409 for a
 * state that does not allow the action, with {@code state} and {@code allowedActions} (before the
 * reason), 422 for a missing required reason. A row added to a table is walked here at once; a row
 * only the service takes needs its walk in {@link #walkBySystem}, or this test fails.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class StateMachinesTest {

    private static final String STAFF = TestTokens.OFFICER;
    /** Lapas staff whom no row of the three tables names. */
    private static final String OUTSIDER = TestTokens.REGISTRAR;
    private static final String STALE = "\"999\"";
    private static final String REASON = "{\"reason\":\"As the table requires\"}";

    /**
     * A kind of record: its table, where its actions are posted, the field its state is in, how a
     * record is brought into a state ({@code full}: its programme has no free place), and an
     * action's body.
     */
    private record Kind(String name, StateMachine<?, ?> machine, String collection, String stateField,
                        BiFunction<String, Boolean, String> arrange, Function<Boolean, String> body) {

        String record(String state) {
            return arrange.apply(state, false);
        }

        /** A record in the state that only refused actions are sent to, made once. */
        String fixture(String state) {
            return FIXTURES.computeIfAbsent(name + ":" + state, key -> record(state));
        }

        String path(String id, String action) {
            return "/api/v1/" + collection + "/" + id + "/" + action;
        }

        /** The actions the table lets people take from the state: what a 409 lists. */
        List<String> allowedFrom(String state) {
            return machine.transitions().stream()
                    .filter(t -> t.from() != null && t.from().name().equals(state) && !t.bySystem())
                    .map(Transition::action).distinct().toList();
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();

    private static final Kind ENROLMENT = new Kind("enrolment", EnrolmentMachine.MACHINE, "enrolments", "state",
            StateMachinesTest::enrolmentIn, withReason -> withReason ? REASON : "{}");
    private static final Kind PROGRAMME = new Kind("programme", ProgrammeMachine.MACHINE, "programs", "status",
            (state, full) -> programmeIn(state), withReason -> withReason ? REASON : "{}");
    private static final Kind REVIEW = new Kind("review", ReviewMachine.MACHINE, "enrolments/reviews", "status",
            (state, full) -> reviewIn(state), withReason -> "{\"note\":\"Discussed with kamtib; stays\"}");
    private static final List<Kind> KINDS = List.of(ENROLMENT, PROGRAMME, REVIEW);

    static Stream<Arguments> rows() {
        return KINDS.stream().flatMap(kind -> kind.machine().transitions().stream()
                .map(row -> Arguments.of(kind, row, "%s: %s -%s-> %s%s".formatted(kind, row.from() == null ? "(new)" : row.from(),
                        row.action(), row.to(), row.bySystem() ? " by the service" : "")
                        + (row.condition().name().equals("ALWAYS") ? "" : " when " + row.condition().name()))));
    }

    /** Every action people take on an existing record, with each state that does not allow it. */
    static Stream<Arguments> refusedStates() {
        return KINDS.stream().flatMap(kind -> kind.machine().transitions().stream()
                .filter(t -> !t.bySystem() && !t.createsRecord()).map(Transition::action).distinct()
                .flatMap(action -> kind.machine().states().stream().map(Enum::name)
                        .filter(state -> !kind.allowedFrom(state).contains(action))
                        .map(state -> Arguments.of(kind, action, state))));
    }

    @ParameterizedTest(name = "{2}")
    @MethodSource("rows")
    void everyRowIsWalked(Kind kind, Transition<?, ?> row, String label) {
        if (row.bySystem()) {
            walkBySystem(kind, row);
        } else if (row.createsRecord()) {
            walkCreation(kind, row);
        } else {
            walkByStaff(kind, row);
        }
    }

    /** A person's row: each refusal in order on the way, then the transition itself. */
    private static void walkByStaff(Kind kind, Transition<?, ?> row) {
        String action = row.action();
        String body = kind.body().apply(row.reasonRequired());
        String unknown = UUID.randomUUID().toString();
        // 401, then 403 before the record is looked up (an unknown id is refused for the role too).
        given().contentType("application/json").body(body).when().post(kind.path(unknown, action)).then().statusCode(401);
        action(OUTSIDER, kind.collection(), unknown, action, body, null).statusCode(403).contentType(PROBLEM);
        // 404 before If-Match.
        action(STAFF, kind.collection(), unknown, action, body, null).statusCode(404).contentType(PROBLEM);

        String id = kind.arrange().apply(row.from().name(), row.condition() == EnrolmentMachine.PROGRAMME_FULL);
        String current = etag(kind.collection(), id);
        action(OUTSIDER, kind.collection(), id, action, body, current).statusCode(403);
        // 428 and 412 before the reason is looked at.
        action(STAFF, kind.collection(), id, action, kind.body().apply(false), null).statusCode(428).contentType(PROBLEM);
        action(STAFF, kind.collection(), id, action, kind.body().apply(false), STALE).statusCode(412).contentType(PROBLEM);
        if (row.reasonRequired()) {
            action(STAFF, kind.collection(), id, action, kind.body().apply(false), current).statusCode(422).contentType(PROBLEM)
                    .body("type", equalTo("https://sinergi.id/problems/reason-required")).body("field", equalTo("reason"));
        }
        assertThat(etag(kind.collection(), id)).as("refusals change nothing").isEqualTo(current);

        action(STAFF, kind.collection(), id, action, body, current).statusCode(200)
                .body(kind.stateField(), equalTo(row.to().name())).header("ETag", not(equalTo(current)));
        if (kind == ENROLMENT) {
            assertLastTransition(id, action, row.to().name(), "programs-1");
        }
    }

    /** The row that creates a record: the role is checked; no If-Match is needed. */
    private static void walkCreation(Kind kind, Transition<?, ?> row) {
        String path;
        String body;
        if (kind == ENROLMENT) {
            path = "/api/v1/enrolments";
            body = "{\"programId\":\"" + openProgramme(5) + "\",\"inmateId\":\"" + Inmates.admitted() + "\"}";
        } else if (kind == PROGRAMME) {
            path = "/api/v1/programs";
            body = programme(uniqueCode("SM"), 5, "", "");
        } else {
            fail("no walk for the creation %s of %s", row.action(), kind);
            return;
        }
        as(OUTSIDER).body(body).when().post(path).then().statusCode(403).contentType(PROBLEM);
        String id = as(STAFF).body(body).when().post(path).then().statusCode(201).header("ETag", "\"0\"")
                .body(kind.stateField(), equalTo(row.to().name())).extract().jsonPath().getString("id");
        if (kind == ENROLMENT) {
            assertLastTransition(id, row.action(), row.to().name(), "programs-1");
        }
    }

    /** A row only the service takes, brought about by what causes it. */
    private static void walkBySystem(Kind kind, Transition<?, ?> row) {
        String from = row.from() == null ? null : row.from().name();
        switch (kind.name() + ":" + row.action()) {
            case "enrolment:promote" -> {
                // A place freed on a full programme goes to the first on the waiting list.
                String programId = openProgramme(1);
                List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
                String leaving = enrolled(programId, inmates.get(0));
                String waiting = enrolled(programId, inmates.get(1));
                assertThat(Api.state(waiting)).isEqualTo(from);
                action(STAFF, "enrolments", leaving, "withdraw", REASON).statusCode(200);
                assertLastTransition(waiting, row.action(), row.to().name(), "system");
            }
            case "enrolment:end" -> {
                // The WBP is released: every open enrolment ends with the service's reason.
                String id = ENROLMENT.record(from);
                String inmate = as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then().extract().path("inmateId");
                deliver(example("InmateReleased", UUID.fromString(inmate)));
                assertLastTransition(id, row.action(), row.to().name(), "system");
                as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + id).then().body("reason", equalTo("RELEASED"));
            }
            case "review:raise" -> {
                String id = reviewIn(row.to().name());
                as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/reviews/" + id).then().statusCode(200)
                        .header("ETag", "\"0\"").body("status", equalTo(row.to().name()));
            }
            default -> fail("no walk for %s's %s from %s, which only the service takes: add one", kind, row.action(), from);
        }
    }

    @ParameterizedTest(name = "{0}: {1} from {2}")
    @MethodSource("refusedStates")
    void aStateThatDoesNotAllowTheActionAnswers409BeforeTheReason(Kind kind, String action, String state) {
        String id = kind.fixture(state);
        String current = etag(kind.collection(), id);
        // If-Match is checked before the state...
        action(STAFF, kind.collection(), id, action, kind.body().apply(false), null).statusCode(428);
        action(STAFF, kind.collection(), id, action, kind.body().apply(false), STALE).statusCode(412);
        // ...and the state before the reason (the body has none).
        action(STAFF, kind.collection(), id, action, kind.body().apply(false), current).statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/transition-not-allowed"))
                .body("state", equalTo(state))
                .body("allowedActions", equalTo(kind.allowedFrom(state)));
        assertThat(etag(kind.collection(), id)).isEqualTo(current);
    }

    @Test
    void everyStateMachineIsDescribedFromItsTable() {
        Map<String, Kind> served = Map.of("/api/v1/enrolments/state-machine", ENROLMENT,
                "/api/v1/programs/state-machine", PROGRAMME, "/api/v1/enrolments/reviews/state-machine", REVIEW);
        served.forEach((path, kind) -> {
            JsonPath described = as(TestTokens.AUDITOR).when().get(path).then().statusCode(200).extract().jsonPath();
            var table = kind.machine().describe();
            assertThat(described.getString("name")).isEqualTo(table.name());
            assertThat(described.getList("states.state")).containsExactlyElementsOf(
                    table.states().stream().map(s -> s.state()).toList());
            assertThat(described.getList("transitions.action")).containsExactlyElementsOf(
                    table.transitions().stream().map(t -> t.action()).toList());
            assertThat(described.getList("transitions.to")).containsExactlyElementsOf(
                    table.transitions().stream().map(t -> t.to()).toList());
            assertThat(described.getList("transitions.bySystem")).containsExactlyElementsOf(
                    table.transitions().stream().map(t -> t.bySystem()).toList());
        });
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/enrolments/reviews/state-machine").then().statusCode(403);
    }

    private static void assertLastTransition(String enrolmentId, String action, String to, String actor) {
        List<Map<String, Object>> history = as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + enrolmentId + "/transitions")
                .then().statusCode(200).extract().jsonPath().getList("$");
        Map<String, Object> last = history.get(history.size() - 1);
        assertThat(last).containsEntry("action", action).containsEntry("to", to).containsEntry("actor", actor);
        assertThat(Api.state(enrolmentId)).isEqualTo(to);
    }

    // How a record of each kind is brought into each state, through the service's own actions and events.

    private static String enrolmentIn(String state, boolean full) {
        return switch (state) {
            case "REQUESTED" -> {
                String programId = openProgramme(full ? 1 : 5);
                if (full) {
                    enrolled(programId, Inmates.admitted());
                }
                yield requested(programId, Inmates.admitted());
            }
            case "ACTIVE" -> enrolled(openProgramme(5), Inmates.admitted());
            case "WAITLISTED" -> {
                String programId = openProgramme(1);
                List<UUID> inmates = Inmates.admitted(2, "B.I", "LOW");
                enrolled(programId, inmates.get(0));
                String waiting = enrolled(programId, inmates.get(1));
                assertThat(Api.state(waiting)).isEqualTo("WAITLISTED");
                yield waiting;
            }
            case "SUSPENDED" -> moved(enrolmentIn("ACTIVE", false), "suspend", REASON);
            case "COMPLETED" -> moved(enrolmentIn("ACTIVE", false), "complete", "{}");
            case "WITHDRAWN" -> moved(enrolmentIn("REQUESTED", false), "withdraw", REASON);
            case "ENDED" -> {
                UUID inmate = Inmates.admitted();
                String id = requested(openProgramme(5), inmate);
                deliver(example("InmateReleased", inmate));
                yield id;
            }
            default -> throw new IllegalArgumentException("no way to an enrolment " + state);
        };
    }

    private static String moved(String enrolmentId, String action, String body) {
        action(STAFF, "enrolments", enrolmentId, action, body).statusCode(200);
        return enrolmentId;
    }

    private static String programmeIn(String state) {
        String id = as(STAFF).body(programme(uniqueCode("SM"), 5, "", "")).when().post("/api/v1/programs").then()
                .statusCode(201).extract().jsonPath().getString("id");
        List<String> path = switch (state) {
            case "DRAFT" -> List.of();
            case "OPEN" -> List.of("open");
            case "RUNNING" -> List.of("open", "start");
            case "COMPLETED" -> List.of("open", "start", "finish");
            case "CANCELLED" -> List.of("cancel");
            default -> throw new IllegalArgumentException("no way to a programme " + state);
        };
        for (String action : path) {
            action(STAFF, "programs", id, action, REASON).statusCode(200);
        }
        return id;
    }

    private static String reviewIn(String state) {
        UUID inmate = Inmates.admitted("B.I", "MEDIUM");
        String enrolment = enrolled(openProgramme(5), inmate);
        deliver(example("InmateRiskChanged", inmate));
        String id = as(TestTokens.AUDITOR).queryParam("enrolmentId", enrolment).when().get("/api/v1/enrolments/reviews")
                .then().statusCode(200).extract().jsonPath().getString("items[0].id");
        assertThat(id).as("the raise queued the enrolment").isNotNull();
        if (state.equals("ACKNOWLEDGED")) {
            action(STAFF, "enrolments/reviews", id, "acknowledge", REVIEW.body().apply(false)).statusCode(200);
        } else if (!state.equals("PENDING")) {
            throw new IllegalArgumentException("no way to a review " + state);
        }
        return id;
    }
}
