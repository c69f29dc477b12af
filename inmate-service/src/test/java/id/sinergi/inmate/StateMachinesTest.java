package id.sinergi.inmate;

import id.sinergi.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.inmate.domain.InmateMachine;
import id.sinergi.inmate.domain.InmateMachine.Subject;
import id.sinergi.inmate.domain.InmateState;
import id.sinergi.inmate.domain.InmateStatus;
import id.sinergi.inmate.domain.Location;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.Transition;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.awaitility.Awaitility.await;

/**
 * The state machine of a WBP's record ({@link InmateMachine}), walked through HTTP: every row of
 * the table is taken once from its state and lands where the row says, and every action is refused
 * in the one documented order: 403 (a role no row allows, even for an unknown WBP and without
 * {@code If-Match}), 404 (no such WBP, before the precondition), 428 (no {@code If-Match}) and 412
 * (a stale one) before the state is looked at, 409 (the state does not allow it, naming the state
 * and the allowed actions) before the service's rules, and 422 (a rule) last. No row of this
 * machine requires a reason (the one free text that must be there, the risk assessment's reason,
 * is a field of its request: 400).
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class StateMachinesTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UNKNOWN = "00000000-0000-0000-0000-0000000000aa";

    /** A token for each role. */
    private static final Map<String, String> TOKENS = Map.of(
            Roles.LAPAS_REGISTRAR, TestTokens.REGISTRAR, Roles.LAPAS_SECURITY, TestTokens.SECURITY,
            Roles.LAPAS_HEAD, TestTokens.HEAD, Roles.LAPAS_PROGRAM_OFFICER, TestTokens.PROGRAM_OFFICER,
            Roles.LAPAS_LIAISON, TestTokens.LIAISON, Roles.POLRES_OFFICER, TestTokens.POLRES_OFFICER,
            Roles.POLRES_HEAD, TestTokens.POLRES_HEAD, Roles.AUDITOR, TestTokens.AUDITOR);

    /** What each state allows, written out: the table's specification as a registrar reads it. */
    private static final Map<String, List<String>> ALLOWED = Map.of(
            "convict IN_FACILITY", List.of("update-personal-details", "assess-risk", "move-out", "move-cell", "transfer",
                    "grant-remission", "plan-release", "release", "start-integration", "record-escape"),
            // Offered to a detainee too: the refusal (422 integration-not-eligible) names the rule, not just the state.
            "detainee IN_FACILITY", List.of("update-personal-details", "assess-risk", "move-out", "move-cell", "transfer",
                    "change-class", "extend-detention", "hand-over-detention", "plan-release", "release", "start-integration", "record-escape"),
            "convict AT_COURT", List.of("update-personal-details", "assess-risk", "return", "grant-remission", "plan-release", "record-escape"),
            "convict ON_POLICE_LOAN", List.of("update-personal-details", "assess-risk", "return", "grant-remission", "plan-release", "record-escape"),
            "convict AT_MEDICAL", List.of("update-personal-details", "assess-risk", "return", "grant-remission", "plan-release", "record-escape"),
            "convict IN_INTEGRATION", List.of("revoke-integration"),
            "convict ESCAPED", List.of("update-personal-details", "recapture"),
            "convict IN_TRANSIT", List.of("confirm-arrival"),
            "convict RELEASED", List.of(),
            "convict TRANSFERRED", List.of());

    /** One WBP in each state (convicts, and a detainee in the facility), made once; refusals do not change them. */
    private static final Map<String, String> FIXTURES = new LinkedHashMap<>();

    private record Call(String method, String path, String body) {
    }

    /** The request of an action, with a body that passes validation (a movement out goes where {@code to} is). */
    private static Call call(String action, InmateState to) {
        String today = LocalDate.now().toString();
        return switch (action) {
            case InmateMachine.UPDATE_PERSONAL_DETAILS -> new Call("PUT", "personal-details",
                    "{\"fullName\":\"Renamed\",\"nik\":\"" + Register.randomNik() + "\",\"sex\":\"MALE\",\"nationality\":\"IDN\"}");
            case InmateMachine.ASSESS_RISK -> new Call("POST", "risk-assessments", "{\"level\":\"MEDIUM\",\"reason\":\"Review\"}");
            case InmateMachine.MOVE_OUT -> new Call("POST", "move-out", "{\"kind\":\"" + switch (to == null ? InmateState.AT_COURT : to) {
                case ON_POLICE_LOAN -> "POLICE_LOAN";
                case AT_MEDICAL -> "MEDICAL";
                default -> "COURT";
            } + "\",\"destination\":\"Somewhere\"}");
            case InmateMachine.RETURN -> new Call("POST", "return", "{\"note\":\"Back\"}");
            case InmateMachine.MOVE_CELL -> new Call("POST", "move-cell", "{\"toBlock\":\"Z-9\"}");
            // Within the region (the directory knows Banjarmasin) only when the row leads to IN_TRANSIT.
            case InmateMachine.TRANSFER -> new Call("POST", "transfer", "{\"toFacility\":\""
                    + (to == InmateState.IN_TRANSIT ? "LAPAS-BANJARMASIN" : "LAPAS-KELAS-I-MEDAN") + "\",\"transferredOn\":\"" + today + "\"}");
            case InmateMachine.CONFIRM_ARRIVAL -> new Call("POST", "arrival", "{\"arrivedOn\":\"" + today + "\"}");
            case InmateMachine.GRANT_REMISSION -> new Call("POST", "remissions",
                    "{\"type\":\"GENERAL\",\"days\":10,\"decreeNumber\":\"R-" + UUID.randomUUID() + "\",\"decreeDate\":\"" + today
                            + "\",\"grantedOn\":\"" + today + "\"}");
            case InmateMachine.CHANGE_CLASS -> new Call("POST", "class-change", "{\"registerClass\":\"B.I\",\"sentence\":"
                    + "{\"start\":\"" + today + "\",\"years\":2,\"months\":0,\"days\":0},\"verdictNumber\":\"9/Pid/2026\"}");
            // The detainee fixtures are A.II, detained from today until today + 60: an extension beyond the
            // regular 50 days needs the exceptional ground (UU 8/1981 Pasal 29); the prosecutor hands over to the court.
            case InmateMachine.EXTEND_DETENTION -> new Call("POST", "detention-extensions", "{\"orderNumber\":\"E-1\",\"orderDate\":\""
                    + today + "\",\"issuedBy\":\"Ketua PN Amuntai\",\"endsOn\":\"" + LocalDate.now().plusDays(70)
                    + "\",\"exceptionalGround\":\"PUNISHABLE_BY_NINE_YEARS_OR_MORE\"}");
            case InmateMachine.HAND_OVER_DETENTION -> new Call("POST", "detention-handovers", "{\"stage\":\"A.III\",\"orderNumber\":\"H-1\","
                    + "\"orderDate\":\"" + today + "\",\"authority\":\"PN Amuntai\",\"endsOn\":\"" + LocalDate.now().plusDays(20) + "\"}");
            case InmateMachine.PLAN_RELEASE -> new Call("PUT", "release-plan", "{\"address\":\"Jl. Negara 1\",\"village\":\"Paliwara\","
                    + "\"district\":\"Amuntai Tengah\",\"regencyCode\":\"63.08\",\"regencyName\":\"Hulu Sungai Utara\","
                    + "\"receivedBy\":{\"name\":\"Siti\",\"relationship\":\"Ibu\"},\"bapas\":\"Bapas Kelas II Barabai\"}");
            case InmateMachine.RELEASE -> new Call("POST", "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + today + "\"}");
            case InmateMachine.RECORD_FINE_PAYMENT -> new Call("POST", "fine-payments",
                    "{\"receiptNumber\":\"KW-1\",\"paidOn\":\"" + today + "\",\"amount\":1000000}");
            case InmateMachine.COMMUTE_SENTENCE -> new Call("POST", "sentence-commutations",
                    "{\"decreeNumber\":\"12/G/2026\",\"decreedOn\":\"" + today + "\",\"years\":20,\"months\":0}");
            case InmateMachine.START_INTEGRATION -> new Call("POST", "integrations", "{\"kind\":\"PB\",\"decreeNumber\":\"PB-"
                    + UUID.randomUUID() + "\",\"decreeDate\":\"" + today + "\",\"bapas\":\"Bapas Kelas II Barabai\",\"startsOn\":\"" + today + "\"}");
            case InmateMachine.REVOKE_INTEGRATION -> new Call("POST", "integration-revocations",
                    "{\"decreeNumber\":\"REV-1\",\"reason\":\"Did not report\",\"revokedOn\":\"" + today + "\"}");
            case InmateMachine.RECORD_ESCAPE -> new Call("POST", "escape", "{\"escapedAt\":\"" + OffsetDateTime.now().minusMinutes(1)
                    + "\",\"place\":\"Blok A\",\"method\":\"Over the wall\",\"noticedBy\":\"Pos 2\"}");
            case InmateMachine.RECAPTURE -> new Call("POST", "recapture", "{\"recapturedAt\":\"" + OffsetDateTime.now()
                    + "\",\"by\":\"POLRES\",\"place\":\"Amuntai\"}");
            default -> throw new IllegalArgumentException("no request for " + action);
        };
    }

    private static ValidatableResponse send(String token, String id, Call call, String ifMatch) {
        var request = as(token).body(call.body());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        String path = "/api/v1/inmates/" + id + "/" + call.path();
        return (call.method().equals("PUT") ? request.when().put(path) : request.when().post(path)).then();
    }

    /** The answer's status, with the request and the answer in the failure message. */
    private static ValidatableResponse status(ValidatableResponse response, String what, int status) {
        var answer = response.extract();
        assertThat(answer.statusCode()).as("%s: %s", what, answer.asString()).isEqualTo(status);
        return response;
    }

    private static JsonPath read(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200).extract().jsonPath();
    }

    private static InmateState state(String id) {
        JsonPath record = read(id);
        return InmateState.of(InmateStatus.valueOf(record.getString("status")), Location.valueOf(record.getString("location")));
    }

    /** A WBP brought into the state through the actions themselves. */
    private static String wbpIn(InmateState state, boolean convict) {
        return wbpIn(state, convict ? eligibleConvict() : detainee("Machine Detainee", "A.II", LocalDate.now().plusDays(60)));
    }

    /**
     * The admission a row's condition needs: a detainee, a convict with an unpaid fine, a life sentence, or a
     * convict; a new person each time (a new NIK).
     */
    private static String admissionFor(String condition) {
        return switch (condition) {
            case "DETAINEE" -> detainee("Machine Detainee", "A.II", LocalDate.now().plusDays(60));
            case "UNPAID_FINE" -> convict("Machine Fined").replace("\"days\":0}",
                    "\"days\":0,\"fineAmount\":1000000,\"fineSubstituteDays\":90}");
            case "LIFE_OR_DEATH" -> convict("Machine Lifer").replace("\"years\":5,\"months\":6,", "\"kind\":\"LIFE\",\"years\":0,\"months\":0,");
            default -> eligibleConvict();
        };
    }

    /** A convict who has served 3 of 4 years: past 2/3, so eligible for PB (start-integration) today. */
    private static String eligibleConvict() {
        return convict("Machine Convict", Register.randomNik(), LocalDate.now().minusYears(3).toString(), 4, 0);
    }

    private static String wbpIn(InmateState state, String admission) {
        if (state == InmateState.IN_TRANSIT) {
            return inTransitToThisFacility(admission);
        }
        String id = admitted(admission);
        switch (state) {
            case IN_FACILITY -> { }
            case AT_COURT, ON_POLICE_LOAN, AT_MEDICAL -> take(id, InmateMachine.MOVE_OUT, state);
            case IN_INTEGRATION -> take(id, InmateMachine.START_INTEGRATION, null);
            case ESCAPED -> take(id, InmateMachine.RECORD_ESCAPE, null);
            case RELEASED -> take(id, InmateMachine.RELEASE, null);
            case TRANSFERRED -> take(id, InmateMachine.TRANSFER, null);
            case IN_TRANSIT -> throw new IllegalStateException("made by inTransitToThisFacility");
        }
        assertThat(state(id)).isEqualTo(state);
        return id;
    }

    /**
     * A WBP of another facility of the region (Barabai) in transit to this one (Amuntai): the arrival is
     * this facility's to confirm, so this facility's tokens take and are refused actions on it.
     */
    private static String inTransitToThisFacility(String admission) {
        String id = as(TestTokens.OTHER_FACILITY_REGISTRAR).body(admission).when().post("/api/v1/inmates").then().statusCode(201)
                .extract().path("id");
        String etag = as(TestTokens.OTHER_FACILITY_REGISTRAR).when().get("/api/v1/inmates/" + id).then().statusCode(200)
                .extract().header("ETag");
        as(TestTokens.OTHER_FACILITY_REGISTRAR).header("If-Match", etag)
                .body("{\"toFacility\":\"LAPAS-AMUNTAI\",\"transferredOn\":\"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/inmates/" + id + "/transfer").then().statusCode(200).body("status", equalTo("IN_TRANSIT"));
        assertThat(state(id)).isEqualTo(InmateState.IN_TRANSIT);
        return id;
    }

    /** This facility's WBP in transit to another facility of the region (Banjarmasin). */
    private static String sentFromThisFacility() {
        String id = admitted(eligibleConvict());
        take(id, InmateMachine.TRANSFER, InmateState.IN_TRANSIT);
        assertThat(state(id)).isEqualTo(InmateState.IN_TRANSIT);
        return id;
    }

    private static void take(String id, String action, InmateState to) {
        send(TestTokens.REGISTRAR, id, call(action, to), Register.etag(id)).statusCode(200);
    }

    private static List<String> personActions() {
        return InmateMachine.MACHINE.transitions().stream().filter(t -> !t.bySystem() && !t.createsRecord())
                .map(Transition::action).distinct().toList();
    }

    /** A role that may take the action, and its token. */
    private static String allowedToken(String action) {
        Set<String> roles = InmateMachine.MACHINE.rolesFor(action);
        return TOKENS.get(roles.contains(Roles.LAPAS_REGISTRAR) ? Roles.LAPAS_REGISTRAR : roles.iterator().next());
    }

    /** Made on first use (the application is up only once a test runs), then shared. */
    private static synchronized Map<String, String> fixtures() {
        if (FIXTURES.isEmpty()) {
            for (InmateState state : InmateState.values()) {
                // In transit from this facility: its staff act on it (and are refused by the state), not only the receiver.
                FIXTURES.put("convict " + state, state == InmateState.IN_TRANSIT ? sentFromThisFacility() : wbpIn(state, true));
            }
            FIXTURES.put("detainee IN_FACILITY", wbpIn(InmateState.IN_FACILITY, false));
        }
        return FIXTURES;
    }

    @Test
    void theTableServedIsTheMachine() {
        JsonPath described = as(TestTokens.POLRES_OFFICER).when().get("/api/v1/inmates/state-machine").then().statusCode(200)
                .extract().jsonPath();
        assertThat(described.getString("name")).isEqualTo("inmate");
        assertThat(described.getList("states.state", String.class))
                .containsExactly("IN_FACILITY", "AT_COURT", "ON_POLICE_LOAN", "AT_MEDICAL", "IN_INTEGRATION", "ESCAPED", "IN_TRANSIT",
                        "RELEASED", "TRANSFERRED");
        assertThat(described.getList("states.findAll { it.terminal }.state", String.class)).containsExactly("RELEASED", "TRANSFERRED");
        List<Transition<InmateState, Subject>> rows = InmateMachine.MACHINE.transitions();
        assertThat(described.getList("transitions")).hasSize(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Transition<InmateState, Subject> row = rows.get(i);
            String at = "transitions[" + i + "].";
            assertThat(described.getString(at + "action")).isEqualTo(row.action());
            assertThat(described.getString(at + "from")).isEqualTo(row.from() == null ? null : row.from().name());
            assertThat(described.getString(at + "to")).isEqualTo(row.to() == null ? null : row.to().name());
            assertThat(described.getList(at + "roles", String.class)).containsExactlyElementsOf(row.roles().stream().sorted().toList());
            assertThat(described.getBoolean(at + "bySystem")).isEqualTo(row.bySystem());
            assertThat(described.getString(at + "condition")).isEqualTo(row.condition().name());
            assertThat(described.getBoolean(at + "reasonRequired")).as("no row of this machine requires a reason").isFalse();
        }
        assertThat(described.getList("transitions.findAll { it.condition == 'HAS_SENTENCE' }.action", String.class))
                .containsOnly("grant-remission");
        assertThat(described.getList("transitions.findAll { it.condition == 'DETAINEE' }.action", String.class))
                .containsOnly("change-class", "extend-detention", "hand-over-detention");
    }

    @Test
    void eachStateAllowsWhatTheTableSays() {
        fixtures().forEach((fixture, id) -> assertThat(read(id).getList("allowedActions", String.class)).as(fixture)
                .containsExactlyElementsOf(ALLOWED.get(fixture)));
    }

    @Test
    void everyRowIsTakenFromItsStateAndLandsWhereItSays() {
        List<String> walked = new ArrayList<>();
        for (Transition<InmateState, Subject> row : InmateMachine.MACHINE.transitions()) {
            if (row.bySystem()) {
                continue; // the service's own rows: theServicesOwnRowsFollowLiaisonEvents
            }
            if (row.createsRecord()) {
                var admission = Register.admit(convict("Machine Admission"));
                admission.then().statusCode(201).header("ETag", "\"0\"");
                assertThat(state(admission.jsonPath().getString("id"))).isEqualTo(row.to());
                walked.add("admit");
                continue;
            }
            String condition = row.condition().name();
            String id = wbpIn(row.from(), admissionFor(condition));
            long version = read(id).getLong("version");
            String description = row.from() + " " + row.action() + " → " + row.target(row.from());
            for (String role : row.roles()) {
                // Every role the row names may take it; each is tried on a record of its own state.
                String subject = role.equals(row.roles().stream().sorted().findFirst().orElseThrow()) ? id : wbpIn(row.from(), admissionFor(condition));
                long before = read(subject).getLong("version");
                status(send(TOKENS.get(role), subject, call(row.action(), row.to()), "\"" + before + "\""),
                        description + " by " + role, 200).header("ETag", "\"" + (before + 1) + "\"");
                assertThat(state(subject)).as(description + " by " + role).isEqualTo(row.target(row.from()));
            }
            assertThat(read(id).getLong("version")).isEqualTo(version + 1);
            walked.add(row.from() + " " + row.action());
        }
        assertThat(walked).hasSize((int) InmateMachine.MACHINE.transitions().stream().filter(t -> !t.bySystem()).count());
    }

    @Test
    void theServicesOwnRowsFollowLiaisonEvents() {
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        String id = wbpIn(InmateState.IN_FACILITY, true);
        String loanId = UUID.randomUUID().toString();
        // The police loan rows; the other row of the service's own, end-integration, is the integration job's (IntegrationTest).
        for (Transition<InmateState, Subject> row : InmateMachine.MACHINE.transitions().stream().filter(Transition::bySystem)
                .filter(row -> !row.action().equals(InmateMachine.END_INTEGRATION)).toList()) {
            assertThat(row.roles()).isEmpty();
            assertThat(state(id)).isEqualTo(row.from());
            ObjectNode event = AsyncApiExamples.example(AsyncApiExamples.document("liaison-service", "liaison-events.yaml"),
                    "PoliceLoanChanged", "inmateId", UUID.fromString(id));
            ((ObjectNode) event.get("data")).put("loanId", loanId)
                    .put("state", row.action().equals(InmateMachine.LOAN_CHECKED_OUT) ? "CHECKED_OUT" : "RETURNED");
            event.put("subject", loanId);
            kafka.send("liaison.events.v1", loanId, AsyncApiExamples.json(event));
            await().atMost(Duration.ofSeconds(30)).until(() -> state(id) == row.to());
        }
    }

    @Test
    void aRoleNoRowAllowsIs403BeforeAnythingElse() {
        for (String action : personActions()) {
            Set<String> allowed = InmateMachine.MACHINE.rolesFor(action);
            Call call = call(action, null);
            TOKENS.forEach((role, token) -> {
                if (!allowed.contains(role)) {
                    // Even for an unknown WBP and without If-Match: the role is checked first.
                    status(send(token, UNKNOWN, call, null), action + " by " + role, 403).contentType(PROBLEM)
                            .body("type", org.hamcrest.Matchers.startsWith("https://sinergi.id/problems/"));
                    status(send(token, fixtures().get("convict IN_FACILITY"), call, "\"0\""), action + " by " + role, 403);
                }
            });
        }
    }

    @Test
    void anUnknownWbpIs404BeforeThePrecondition() {
        for (String action : personActions()) {
            status(send(allowedToken(action), UNKNOWN, call(action, null), null), action, 404).contentType(PROBLEM);
            status(send(allowedToken(action), UNKNOWN, call(action, null), "\"0\""), action, 404);
        }
    }

    @Test
    void aMissingOrStaleIfMatchIs428Or412BeforeTheState() {
        for (String action : personActions()) {
            for (String fixture : List.of("convict IN_FACILITY", "convict RELEASED")) {
                String id = fixtures().get(fixture);
                long version = read(id).getLong("version");
                status(send(allowedToken(action), id, call(action, null), null), action + " on " + fixture, 428).contentType(PROBLEM);
                status(send(allowedToken(action), id, call(action, null), "\"" + (version + 7) + "\""),
                        action + " on " + fixture, 412).contentType(PROBLEM);
                assertThat(read(id).getLong("version")).as("refused: unchanged").isEqualTo(version);
            }
        }
    }

    @Test
    void aStateThatDoesNotAllowTheActionIs409WithTheStateAndTheAllowedActions() {
        int refused = 0;
        for (String action : personActions()) {
            for (var fixture : fixtures().entrySet()) {
                List<String> allowed = ALLOWED.get(fixture.getKey());
                if (allowed.contains(action)) {
                    continue;
                }
                String id = fixture.getValue();
                JsonPath record = read(id);
                String state = fixture.getKey().substring(fixture.getKey().indexOf(' ') + 1);
                JsonPath problem = status(send(allowedToken(action), id, call(action, null), "\"" + record.getLong("version") + "\""),
                        action + " on " + fixture.getKey(), 409).contentType(PROBLEM).extract().jsonPath();
                assertThat(problem.getString("type")).isEqualTo("https://sinergi.id/problems/transition-not-allowed");
                assertThat(problem.getString("state")).as(action + " on " + fixture.getKey()).isEqualTo(state);
                assertThat(problem.getList("allowedActions", String.class)).as(action + " on " + fixture.getKey())
                        .containsExactlyElementsOf(allowed);
                assertThat(read(id).getLong("version")).isEqualTo(record.getLong("version"));
                refused++;
            }
        }
        assertThat(refused).as("every state × action the table does not allow").isEqualTo(ALLOWED.entrySet().stream()
                .mapToLong(e -> personActions().stream().filter(a -> !e.getValue().contains(a)).count()).sum());
    }

    @Test
    void theServicesRulesAre422AfterTheState() {
        String today = LocalDate.now().toString();
        // action → a body that breaks one of the service's rules, the problem type, and a state that does not allow the action
        record Rule(String action, Call call, String type) {
        }
        String admittedToday = LocalDate.now().minusYears(1).toString();
        List<Rule> rules = List.of(
                new Rule(InmateMachine.MOVE_CELL, new Call("POST", "move-cell", "{\"toBlock\":\"A-2\"}"), "same-cell-block"),
                new Rule(InmateMachine.TRANSFER, new Call("POST", "transfer",
                        "{\"toFacility\":\"LAPAS-AMUNTAI\",\"transferredOn\":\"" + today + "\"}"), "same-facility"),
                new Rule(InmateMachine.RELEASE, new Call("POST", "release",
                        "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + admittedToday + "\"}"), "release-before-admission"),
                new Rule(InmateMachine.RELEASE, new Call("POST", "release",
                        "{\"reason\":\"PAROLE\",\"releasedOn\":\"" + today + "\"}"), "integration-not-release"),
                new Rule(InmateMachine.START_INTEGRATION, new Call("POST", "integrations", "{\"kind\":\"CB\",\"decreeNumber\":\"CB-1\","
                        + "\"decreeDate\":\"" + today + "\",\"bapas\":\"Bapas Kelas II Barabai\",\"startsOn\":\"" + today + "\"}"),
                        "integration-not-eligible"),
                new Rule(InmateMachine.GRANT_REMISSION, new Call("POST", "remissions",
                        "{\"type\":\"GENERAL\",\"days\":3000,\"decreeNumber\":\"X-" + UUID.randomUUID() + "\",\"decreeDate\":\""
                        + today + "\",\"grantedOn\":\"" + today + "\"}"), "remission-exceeds-scale"),
                new Rule(InmateMachine.CHANGE_CLASS, new Call("POST", "class-change", "{\"registerClass\":\"A.IV\",\"sentence\":"
                        + "{\"start\":\"" + today + "\",\"years\":1,\"months\":0,\"days\":0},\"verdictNumber\":\"1/Pid/2026\"}"),
                        "class-change-to-detainee"),
                new Rule(InmateMachine.EXTEND_DETENTION, new Call("POST", "detention-extensions", "{\"orderNumber\":\"E-2\","
                        + "\"orderDate\":\"" + today + "\",\"issuedBy\":\"Ketua PN Amuntai\",\"endsOn\":\"" + LocalDate.now().plusDays(200) + "\"}"),
                        "detention-limit-exceeded"),
                new Rule(InmateMachine.HAND_OVER_DETENTION, new Call("POST", "detention-handovers", "{\"stage\":\"A.V\","
                        + "\"orderNumber\":\"H-2\",\"orderDate\":\"" + today + "\",\"authority\":\"MA\",\"endsOn\":\"" + today + "\"}"),
                        "detention-handover-out-of-order"),
                new Rule(InmateMachine.RECORD_ESCAPE, new Call("POST", "escape", "{\"escapedAt\":\"" + OffsetDateTime.now().minusYears(1)
                        + "\",\"place\":\"Blok A\",\"method\":\"Over the wall\",\"noticedBy\":\"Pos 2\"}"), "escape-before-admission"),
                new Rule(InmateMachine.RECAPTURE, new Call("POST", "recapture", "{\"recapturedAt\":\"" + OffsetDateTime.now().minusYears(1)
                        + "\",\"by\":\"LAPAS\",\"place\":\"Amuntai\"}"), "recapture-before-escape"));
        for (Rule rule : rules) {
            // Where the state refuses the action, the state answers (409), whatever the body.
            String released = fixtures().get("convict RELEASED");
            status(send(allowedToken(rule.action()), released, rule.call(), Register.etag(released)), rule.action(), 409);
            // Where it allows it, the rule answers.
            boolean forDetainees = InmateMachine.MACHINE.transitions().stream()
                    .anyMatch(t -> t.action().equals(rule.action()) && t.condition().name().equals("DETAINEE"));
            String id = fixtures().get(rule.action().equals(InmateMachine.RECAPTURE) ? "convict ESCAPED"
                    : forDetainees ? "detainee IN_FACILITY" : "convict IN_FACILITY");
            status(send(allowedToken(rule.action()), id, rule.call(), Register.etag(id)), rule.action(), 422)
                    .contentType(PROBLEM).body("type", org.hamcrest.Matchers.equalTo("https://sinergi.id/problems/" + rule.type()));
        }
    }

    @Test
    void theMachineIsCompleteAndConsistent() {
        // Plain checks of the table: every state is reached, every action has a request, no row is duplicated.
        Map<InmateState, Boolean> reached = new EnumMap<>(InmateState.class);
        for (Transition<InmateState, Subject> row : InmateMachine.MACHINE.transitions()) {
            if (row.to() != null) {
                reached.put(row.to(), true);
            }
        }
        assertThat(reached.keySet()).containsExactlyInAnyOrder(InmateState.values());
        personActions().forEach(action -> assertThat(call(action, null)).isNotNull());
        assertThat(InmateMachine.MACHINE.transitions().stream().map(t -> t.from() + " " + t.action() + " " + t.to()).distinct().count())
                .isEqualTo(InmateMachine.MACHINE.transitions().size());
    }
}
