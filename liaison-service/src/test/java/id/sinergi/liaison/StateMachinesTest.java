package id.sinergi.liaison;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.liaison.domain.ActionItem;
import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.domain.Incident;
import id.sinergi.liaison.domain.InfoRequest;
import id.sinergi.liaison.domain.JointOperation;
import id.sinergi.liaison.domain.Meeting;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.liaison.domain.OtherCase;
import id.sinergi.liaison.domain.PoliceLoan;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.auth.Roles;
import id.sinergi.platform.statemachine.StateMachine;
import id.sinergi.platform.statemachine.Transition;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every liaison state machine walked over HTTP: every row of every table taken once (creations,
 * people's actions, the service's own), each landing in the state the table gives, and every
 * action's refusals in the one order: 403 (no role of the action), 404 (unknown, or outside the
 * caller's scope), 428 (no {@code If-Match}), 412 (a stale one), 409 (the state, or a row's
 * condition, does not allow it: with {@code state} and {@code allowedActions}), 422 (a reason the
 * table requires). Each refusal is provoked where the next check would refuse too, so the order
 * shows: 403 on an unknown id, 404 without {@code If-Match}, 428 and 412 on a record whose state
 * refuses the action, 409 without the reason the action needs.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class StateMachinesTest {

    private static final String LIAISON = "/api/v1/liaison/";
    private static final String NO_REASON = "{}";
    private static final String REASON = "{\"reason\":\"Sesuai arahan Kalapas\"}";

    /** A token for each role. */
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();

    static {
        TOKENS.put(Roles.POLRES_OFFICER, TestTokens.POLRES_OFFICER);
        TOKENS.put(Roles.POLRES_HEAD, TestTokens.POLRES_HEAD);
        TOKENS.put(Roles.LAPAS_LIAISON, TestTokens.LIAISON);
        TOKENS.put(Roles.LAPAS_HEAD, TestTokens.LAPAS_HEAD);
        TOKENS.put(Roles.LAPAS_SECURITY, TestTokens.SECURITY);
        TOKENS.put(Roles.LAPAS_REGISTRAR, TestTokens.REGISTRAR);
        TOKENS.put(Roles.LAPAS_PROGRAM_OFFICER, TestTokens.PROGRAM_OFFICER);
        TOKENS.put(Roles.AUDITOR, TestTokens.AUDITOR);
    }

    @Inject
    EscalationJob escalation;

    /** How an action is called: POST on a sub-path of the record, or PUT on the record itself ({@code amend}). */
    record Call(String method, String suffix, int status) {

        static Call post(String suffix) {
            return new Call("POST", "/" + suffix, 200);
        }

        static Call put() {
            return new Call("PUT", "", 200);
        }
    }

    /** A record and who acts on it. */
    record At(String path, String token) {
    }

    private static String roleOf(String token) {
        return TOKENS.entrySet().stream().filter(e -> e.getValue().equals(token)).map(Map.Entry::getKey).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a token of no single role"));
    }

    /** Checks an answer's status and, for a problem, its type; says what was asked when it differs. */
    private static Response expect(Response answer, int status, String type, String what) {
        assertThat(answer.statusCode()).as("%s: %s", what, answer.asString()).isEqualTo(status);
        if (type != null) {
            assertThat(answer.<String>path("type")).as(what).isEqualTo("https://sinergi.id/problems/" + type);
        }
        return answer;
    }

    private static Response send(String token, String method, String path, String ifMatch, String body) {
        RequestSpecification request = as(token);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.body(body);
        }
        return request.when().request(method, path);
    }

    /** One machine walked over HTTP: the calls of its actions, and the rows taken so far. */
    static final class Walk<S extends Enum<S>> {

        private final StateMachine<S, ?> machine;
        private final String collection;
        private final Map<String, Call> calls;
        private final Set<Transition<S, ?>> walked = new LinkedHashSet<>();

        Walk(StateMachine<S, ?> machine, String collection, Map<String, Call> calls) {
            this.machine = machine;
            this.collection = LIAISON + collection;
            this.calls = calls;
            for (Transition<S, ?> row : machine.transitions()) {
                assertThat(row.bySystem() || row.createsRecord() || calls.containsKey(row.action()))
                        .as("%s: how '%s' is called", machine.name(), row.action()).isTrue();
            }
        }

        private S state(String name) {
            return machine.states().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
        }

        private Response read(String token, String path) {
            return expect(as(token).when().get(path), 200, null, "read " + path);
        }

        private S stateOf(String token, String path) {
            return state(read(token, path).path("state"));
        }

        private Transition<S, ?> only(List<? extends Transition<S, ?>> rows, String what) {
            assertThat(rows).as("%s: one row %s", machine.name(), what).hasSize(1);
            return rows.get(0);
        }

        /** The row a person with {@code role} takes for {@code action} from {@code from}; the liaison tables have one. */
        private Transition<S, ?> row(S from, String action, String role) {
            return only(machine.transitions().stream().filter(t -> t.from() == from && t.action().equals(action)
                    && t.roles().contains(role)).toList(), action + " from " + from + " by " + role);
        }

        private void took(Transition<S, ?> row, S from, S now) {
            assertThat(now).as("%s: %s from %s", machine.name(), row.action(), from).isEqualTo(row.target(from));
            walked.add(row);
        }

        /** Creates a record as {@code token} with {@code body} (201): the creation row; returns the record's path. */
        String create(String token, String body) {
            Response created = expect(as(token).body(body).when().post(collection), 201, null,
                    machine.name() + " created by " + roleOf(token));
            return created(created, token);
        }

        /** A record another machine's action created (an action item with a meeting's minutes); returns its path. */
        String created(Response answer, String token) {
            Transition<S, ?> row = only(machine.transitions().stream()
                    .filter(t -> t.createsRecord() && t.roles().contains(roleOf(token))).toList(), "creating");
            took(row, null, state(answer.path("state")));
            return collection + "/" + answer.path("id");
        }

        /** A record the service created itself (a notification from an inmate event). */
        void createdBySystem(String token, String path) {
            Transition<S, ?> row = only(machine.transitions().stream().filter(t -> t.createsRecord() && t.bySystem()).toList(),
                    "created by the service");
            took(row, null, stateOf(token, path));
        }

        /** Takes {@code action} on the record as {@code token} with its current ETag; the row it took must be the table's. */
        Response act(String path, String action, String token, String body) {
            Response before = read(token, path);
            S from = state(before.path("state"));
            Call call = calls.get(action);
            Response answer = expect(send(token, call.method(), path + call.suffix(), before.header("ETag"), body),
                    call.status(), null, machine.name() + " " + action + " from " + from + " by " + roleOf(token));
            took(row(from, action, roleOf(token)), from, stateOf(token, path));
            return answer;
        }

        /** The service's own {@code action}, which {@code trigger} runs (the scheduled escalation). */
        void bySystem(String path, String action, String token, Runnable trigger) {
            S from = stateOf(token, path);
            trigger.run();
            took(only(machine.transitions().stream().filter(t -> t.bySystem() && !t.createsRecord() && t.from() == from
                    && t.action().equals(action)).toList(), action + " by the service"), from, stateOf(token, path));
        }

        /** Roles without the creating action's roles are refused (403). */
        void creationRefusals(String body) {
            Set<String> roles = machine.transitions().stream().filter(Transition::createsRecord)
                    .flatMap(t -> t.roles().stream()).collect(java.util.stream.Collectors.toSet());
            TOKENS.forEach((role, token) -> {
                if (!roles.contains(role)) {
                    expect(as(token).body(body).when().post(collection), 403, null, machine.name() + " created by " + role);
                }
            });
        }

        /**
         * The refusals of a person's {@code action}, in the one order.
         *
         * @param body           a valid body without a reason (null: the action takes none)
         * @param wrongState     a record the caller may see whose state does not allow the action
         * @param outOfScope     a token of a role of the action that may not see {@code wrongState}
         * @param needingReasons records in the state of each row that requires a reason, with who takes it
         */
        void refusals(String action, String body, At wrongState, String outOfScope, At... needingReasons) {
            Call call = calls.get(action);
            Set<String> roles = machine.rolesFor(action);
            String unknown = collection + "/" + UUID.randomUUID();
            String what = machine.name() + " " + action;
            TOKENS.forEach((role, token) -> {
                if (roles.contains(role)) {
                    expect(send(token, call.method(), unknown + call.suffix(), null, body), 404, "not-found",
                            what + " as " + role + ", unknown id");
                } else {
                    expect(send(token, call.method(), unknown + call.suffix(), "\"0\"", body), 403, null,
                            what + " as " + role + ", who has no role of it");
                }
            });
            String path = wrongState.path() + call.suffix();
            expect(send(outOfScope, call.method(), path, null, body), 404, "not-found", what + " out of scope");
            expect(send(wrongState.token(), call.method(), path, null, body), 428, "precondition-required",
                    what + " without If-Match");
            expect(send(wrongState.token(), call.method(), path, "\"999\"", body), 412, "precondition-failed",
                    what + " with a stale If-Match");
            notAllowed(action, body, wrongState);
            for (At needing : needingReasons) {
                Response current = read(needing.token(), needing.path());
                assertThat(machine.transitions()).as("%s needs a reason from %s", what, current.<String>path("state"))
                        .anyMatch(t -> t.action().equals(action) && t.reasonRequired()
                                && t.from() == state(current.path("state")));
                Response refused = expect(send(needing.token(), call.method(), needing.path() + call.suffix(),
                        current.header("ETag"), body), 422, "reason-required", what + " without a reason");
                assertThat(refused.<String>path("field")).isEqualTo("reason");
            }
            for (Transition<S, ?> row : machine.transitions()) {
                if (row.action().equals(action) && row.reasonRequired()) {
                    assertThat(needingReasons).as("%s: the reason of the row from %s is checked", what, row.from())
                            .anyMatch(at -> stateOf(at.token(), at.path()) == row.from());
                }
            }
        }

        /** 409 with the record's state and what it allows: the state refuses, or a row's condition does, the caller. */
        void notAllowed(String action, String body, At at) {
            Call call = calls.get(action);
            Response current = read(at.token(), at.path());
            List<String> allowed = current.path("allowedActions");
            Response refused = expect(send(at.token(), call.method(), at.path() + call.suffix(), current.header("ETag"), body),
                    409, "transition-not-allowed", machine.name() + " " + action + " in " + current.path("state"));
            assertThat(refused.<String>path("state")).isEqualTo(current.<String>path("state"));
            assertThat(refused.<List<String>>path("allowedActions")).isEqualTo(allowed);
        }

        void assertEveryRowWalked() {
            List<Transition<S, ?>> missing = new ArrayList<>(machine.transitions());
            missing.removeAll(walked);
            assertThat(missing).as("%s: rows not walked", machine.name()).isEmpty();
        }
    }

    // ---------------------------------------------------------------- notifications

    private static String notice(UUID inmateId, Function<Notification, Boolean> which) {
        Feed.awaitApplied(() -> QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>list("inmateId", inmateId))
                .stream().anyMatch(which::apply));
        return LIAISON + "notifications/" + QuarkusTransaction.requiringNew()
                .call(() -> Notification.<Notification>list("inmateId", inmateId)).stream().filter(which::apply)
                .findFirst().orElseThrow().id;
    }

    /** A D-7 release notice addressed to Polres. */
    private static String toPolres() {
        UUID inmateId = Feed.admittedHighRisk();
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(7), 7);
        return notice(inmateId, n -> n.audience == Notification.Audience.POLRES);
    }

    /** A detention notice for the prosecutor, which the Lapas delivers. */
    private static String toAuthority() {
        UUID inmateId = Feed.admitted("LOW", "A.II", "OTHER");
        Feed.inmateEvent("InmateDetentionExpiring", inmateId, e -> Feed.inmate(e).put("registerClass", "A.II"));
        return notice(inmateId, n -> n.audience == Notification.Audience.DETAINING_AUTHORITY);
    }

    /** An escape's urgent notice to Polres, and the escape it is of. */
    private record EscapeNotice(UUID inmateId, UUID escapeId, String path) {

        /** The recapture, as inmate-service tells it; waits until the notice is closed. */
        Runnable recapture() {
            return () -> {
                Feed.inmateEvent("InmateRecaptured", inmateId, e -> ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()));
                Feed.awaitApplied(() -> QuarkusTransaction.requiringNew().call(() -> Notification.<Notification>find("escapeId", escapeId)
                        .firstResult().state) == Notification.State.CLOSED);
            };
        }
    }

    private static EscapeNotice escapeNotice() {
        UUID inmateId = Feed.admitted("LOW", "B.I", "OTHER");
        UUID escapeId = UUID.randomUUID();
        Feed.inmateEvent("InmateEscaped", inmateId, e -> ((ObjectNode) e.get("data")).put("escapeId", escapeId.toString()));
        return new EscapeNotice(inmateId, escapeId, notice(inmateId, n -> n.kind == Notification.Kind.ESCAPED));
    }

    @Test
    void notifications() {
        var walk = new Walk<>(Notification.MACHINE, "notifications", Map.of(Notification.ACKNOWLEDGE, Call.post("acknowledge")));
        String polres = toPolres();
        String authority = toAuthority();
        String polresEscalated = toPolres();
        String authorityEscalated = toAuthority();
        EscapeNotice escalatedEscape = escapeNotice();
        walk.createdBySystem(TestTokens.POLRES_OFFICER, polres);
        walk.act(polres, "acknowledge", TestTokens.POLRES_OFFICER, "{\"note\":\"Diterima\"}");
        walk.act(authority, "acknowledge", TestTokens.LIAISON, "{\"note\":\"Diantar ke Kejari\"}");
        walk.bySystem(polresEscalated, "escalate", TestTokens.POLRES_HEAD,
                () -> escalation.run(OffsetDateTime.now().plusHours(49)));
        walk.act(polresEscalated, "acknowledge", TestTokens.POLRES_HEAD, null);
        walk.act(authorityEscalated, "acknowledge", TestTokens.LAPAS_HEAD, null);
        // The recapture closes an escape's notice from every state but CLOSED.
        EscapeNotice openEscape = escapeNotice();
        EscapeNotice acknowledgedEscape = escapeNotice();
        walk.act(acknowledgedEscape.path(), "acknowledge", TestTokens.POLRES_OFFICER, null);
        walk.bySystem(openEscape.path(), "close", TestTokens.POLRES_OFFICER, openEscape.recapture());
        walk.bySystem(escalatedEscape.path(), "close", TestTokens.POLRES_HEAD, escalatedEscape.recapture());
        walk.bySystem(acknowledgedEscape.path(), "close", TestTokens.POLRES_OFFICER, acknowledgedEscape.recapture());
        walk.assertEveryRowWalked();

        walk.refusals("acknowledge", NO_REASON, new At(polres, TestTokens.POLRES_OFFICER), TestTokens.OTHER_UNIT_OFFICER);
        // The condition: the Lapas acknowledges notices for a detaining authority, not those addressed to Polres.
        walk.notAllowed("acknowledge", NO_REASON, new At(toPolres(), TestTokens.LIAISON));
    }

    // ---------------------------------------------------------------- information requests

    private static String submission(UUID inmateId) {
        return """
                {"inmateId":"%s","purpose":"Penyidikan perkara curas","requestedData":["IDENTITY","MOVEMENTS_AND_TIMELINE"],
                 "legalBasis":{"letterNumber":"B/412/XI/2026/Reskrim"},"neededBy":"%s"}"""
                .formatted(inmateId, LocalDate.now().plusDays(5));
    }

    private static String approval() {
        return "{\"accessExpiresAt\":\"" + OffsetDateTime.now(ZoneOffset.UTC).plusDays(30) + "\"}";
    }

    @Test
    void informationRequests() {
        var walk = new Walk<>(InfoRequest.MACHINE, "info-requests", Map.of(
                InfoRequest.APPROVE, Call.post("approve"), InfoRequest.REJECT, Call.post("reject"),
                InfoRequest.FULFIL, Call.post("fulfil"), InfoRequest.WITHDRAW, Call.post("withdraw")));
        UUID inmateId = Feed.admittedHighRisk();
        String fulfilled = walk.create(TestTokens.POLRES_OFFICER, submission(inmateId));
        walk.act(fulfilled, "approve", TestTokens.LIAISON, approval());
        walk.act(fulfilled, "fulfil", TestTokens.LAPAS_HEAD, "{\"providedData\":[\"IDENTITY\"]}");
        String rejected = walk.create(TestTokens.POLRES_HEAD, submission(inmateId));
        walk.act(rejected, "reject", TestTokens.LIAISON, REASON);
        String withdrawn = walk.create(TestTokens.POLRES_OFFICER, submission(inmateId));
        walk.act(withdrawn, "withdraw", TestTokens.POLRES_OFFICER, NO_REASON);
        walk.assertEveryRowWalked();

        walk.creationRefusals(submission(inmateId));
        String submitted = walk.create(TestTokens.POLRES_OFFICER, submission(inmateId));
        At done = new At(fulfilled, TestTokens.LIAISON);
        walk.refusals("approve", approval(), done, TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("reject", NO_REASON, done, TestTokens.OTHER_LAPAS_LIAISON, new At(submitted, TestTokens.LIAISON));
        walk.refusals("fulfil", "{\"providedData\":[\"IDENTITY\"]}", new At(rejected, TestTokens.LIAISON),
                TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("withdraw", NO_REASON, new At(fulfilled, TestTokens.POLRES_OFFICER), TestTokens.OTHER_UNIT_OFFICER);
    }

    // ---------------------------------------------------------------- police loans

    private static String loan(UUID inmateId, int backInHours) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return """
                {"inmateId":"%s","purpose":"Pemeriksaan tambahan sebagai saksi","caseNumber":"LP/B/45/XI/2026",
                 "letterNumber":"B/123/XI/2026/Reskrim","borrowingUnit":"Satreskrim Polres Hulu Sungai Utara",
                 "plannedOutAt":"%s","plannedBackAt":"%s",
                 "escorts":[{"name":"Bripka Andi Saputra","rank":"Bripka","nrp":"86051234"}]}"""
                .formatted(inmateId, now.plusMinutes(30), now.plusHours(backInHours));
    }

    @Test
    void policeLoans() {
        var walk = new Walk<>(PoliceLoan.MACHINE, "police-loans", Map.of(
                PoliceLoan.APPROVE, Call.post("approve"), PoliceLoan.REJECT, Call.post("reject"),
                PoliceLoan.CANCEL, Call.post("cancel"), PoliceLoan.CHECK_OUT, Call.post("check-out"),
                PoliceLoan.RETURN, Call.post("return")));
        UUID inmateId = Feed.admittedHighRisk();
        String returned = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 8));
        walk.act(returned, "approve", TestTokens.LIAISON, null);
        walk.act(returned, "check-out", TestTokens.REGISTRAR, null);
        walk.act(returned, "return", TestTokens.REGISTRAR, null);
        String rejected = walk.create(TestTokens.POLRES_HEAD, loan(inmateId, 8));
        walk.act(rejected, "reject", TestTokens.LAPAS_HEAD, REASON);
        String cancelledRequest = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 8));
        walk.act(cancelledRequest, "cancel", TestTokens.POLRES_OFFICER, REASON);
        String cancelledApproval = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 8));
        walk.act(cancelledApproval, "approve", TestTokens.LIAISON, null);
        walk.act(cancelledApproval, "cancel", TestTokens.LIAISON, REASON);
        String late = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 2));
        walk.act(late, "approve", TestTokens.LIAISON, null);
        walk.act(late, "check-out", TestTokens.LIAISON, null);
        walk.bySystem(late, "mark-overdue", TestTokens.LIAISON, () -> escalation.run(OffsetDateTime.now().plusHours(3)));
        walk.act(late, "return", TestTokens.LAPAS_HEAD, null);
        walk.assertEveryRowWalked();

        walk.creationRefusals(loan(inmateId, 8));
        String requested = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 8));
        String approved = walk.create(TestTokens.POLRES_OFFICER, loan(inmateId, 8));
        walk.act(approved, "approve", TestTokens.LIAISON, null);
        At back = new At(returned, TestTokens.LIAISON);
        walk.refusals("approve", null, back, TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("reject", NO_REASON, back, TestTokens.OTHER_LAPAS_LIAISON, new At(requested, TestTokens.LIAISON));
        walk.refusals("cancel", NO_REASON, new At(returned, TestTokens.POLRES_OFFICER), TestTokens.OTHER_UNIT_OFFICER,
                new At(requested, TestTokens.POLRES_OFFICER), new At(approved, TestTokens.LIAISON));
        walk.refusals("check-out", null, new At(returned, TestTokens.REGISTRAR), TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("return", null, new At(rejected, TestTokens.REGISTRAR), TestTokens.OTHER_LAPAS_LIAISON);
    }

    // ---------------------------------------------------------------- incidents

    @Test
    void incidents() {
        var walk = new Walk<>(Incident.MACHINE, "incidents", Map.of(
                Incident.AMEND, Call.put(), Incident.SHARE, Call.post("share"), Incident.RECEIVE, Call.post("receive"),
                Incident.INVESTIGATE, Call.post("investigate"), Incident.CHARGE, Call.post("charge"),
                Incident.CLOSE, Call.post("close")));
        UUID suspect = Feed.admittedHighRisk();
        String unshared = IncidentTest.report("FIGHT", "LOW", false, suspect);
        String shared = IncidentTest.report("NARCOTICS", "HIGH", true, suspect);
        String charged = walk.create(TestTokens.SECURITY, unshared);
        walk.act(charged, "amend", TestTokens.LAPAS_HEAD, IncidentTest.report("FIGHT", "MEDIUM", false, suspect));
        walk.act(charged, "share", TestTokens.SECURITY, null);
        walk.act(charged, "receive", TestTokens.POLRES_OFFICER, "{\"note\":\"Diterima SPKT\"}");
        walk.act(charged, "investigate", TestTokens.POLRES_OFFICER, "{\"policeReportNumber\":\"LP/B/52/XI/2026\"}");
        walk.act(charged, "charge", TestTokens.POLRES_HEAD, null);
        walk.act(charged, "close", TestTokens.POLRES_HEAD, "{\"reason\":\"Putusan PN Amuntai berkekuatan hukum tetap\"}");
        String handledInside = walk.create(TestTokens.LAPAS_HEAD, unshared);
        walk.act(handledInside, "close", TestTokens.SECURITY, "{\"reason\":\"Hukuman disiplin register F\"}");
        String noCase = IncidentTest.reported(TestTokens.SECURITY, shared);
        walk.act(noCase, "receive", TestTokens.POLRES_HEAD, null);
        walk.act(noCase, "close", TestTokens.POLRES_OFFICER, REASON);
        String stopped = IncidentTest.reported(TestTokens.SECURITY, shared);
        walk.act(stopped, "receive", TestTokens.POLRES_OFFICER, null);
        walk.act(stopped, "investigate", TestTokens.POLRES_OFFICER, "{\"policeReportNumber\":\"LP/B/53/XI/2026\"}");
        walk.act(stopped, "close", TestTokens.POLRES_OFFICER, "{\"reason\":\"SP3: tidak cukup bukti\"}");
        walk.assertEveryRowWalked();

        walk.creationRefusals(unshared);
        String reported = walk.create(TestTokens.SECURITY, unshared);
        String received = IncidentTest.reported(TestTokens.SECURITY, shared);
        walk.act(received, "receive", TestTokens.POLRES_OFFICER, null);
        String investigated = IncidentTest.reported(TestTokens.SECURITY, shared);
        walk.act(investigated, "receive", TestTokens.POLRES_OFFICER, null);
        walk.act(investigated, "investigate", TestTokens.POLRES_OFFICER, "{\"policeReportNumber\":\"LP/B/54/XI/2026\"}");
        At closedBySecurity = new At(charged, TestTokens.SECURITY);
        At closedForPolres = new At(charged, TestTokens.POLRES_OFFICER);
        walk.refusals("amend", unshared, closedBySecurity, TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("share", null, closedBySecurity, TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("receive", NO_REASON, closedForPolres, TestTokens.OTHER_UNIT_OFFICER);
        walk.refusals("investigate", NO_REASON, closedForPolres, TestTokens.OTHER_UNIT_OFFICER);
        walk.refusals("charge", NO_REASON, closedForPolres, TestTokens.OTHER_UNIT_OFFICER);
        String chargedOpen = IncidentTest.reported(TestTokens.SECURITY, shared);
        walk.act(chargedOpen, "receive", TestTokens.POLRES_OFFICER, null);
        walk.act(chargedOpen, "investigate", TestTokens.POLRES_OFFICER, "{\"policeReportNumber\":\"LP/B/55/XI/2026\"}");
        walk.act(chargedOpen, "charge", TestTokens.POLRES_OFFICER, null);
        walk.refusals("close", NO_REASON, closedForPolres, TestTokens.OTHER_UNIT_OFFICER,
                new At(reported, TestTokens.SECURITY), new At(received, TestTokens.POLRES_OFFICER),
                new At(investigated, TestTokens.POLRES_HEAD), new At(chargedOpen, TestTokens.POLRES_HEAD));
        // Polres does not see an incident the Lapas has not shared: 404, as for another unit, before If-Match.
        expect(send(TestTokens.POLRES_OFFICER, "POST", reported + "/receive", null, NO_REASON), 404, "not-found",
                "receive an unshared incident");
        // The Lapas closes only what it never shared: once shared, the state allows closing to Polres alone.
        walk.notAllowed("close", REASON, new At(investigated, TestTokens.SECURITY));
    }

    // ---------------------------------------------------------------- other cases

    @Test
    void otherCases() {
        var walk = new Walk<>(OtherCase.MACHINE, "other-cases", Map.of(OtherCase.CLOSE, Call.post("close")));
        UUID suspect = Feed.admittedHighRisk();
        String closed = walk.create(TestTokens.POLRES_OFFICER, OtherCaseTest.report(suspect, "LP/B/80/XII/2026"));
        walk.act(closed, "close", TestTokens.POLRES_HEAD, "{\"outcome\":\"RESTORATIVE_JUSTICE\",\"reason\":\"Perdamaian\"}");
        walk.assertEveryRowWalked();

        walk.creationRefusals(OtherCaseTest.report(suspect, "LP/B/81/XII/2026"));
        String open = walk.create(TestTokens.POLRES_HEAD, OtherCaseTest.report(suspect, "LP/B/82/XII/2026"));
        walk.refusals("close", "{\"outcome\":\"DROPPED_SP3\"}", new At(closed, TestTokens.POLRES_OFFICER),
                TestTokens.OTHER_UNIT_OFFICER, new At(open, TestTokens.POLRES_OFFICER));
    }

    // ---------------------------------------------------------------- agreements

    @Test
    void agreements() {
        var walk = new Walk<>(Agreement.MACHINE, "agreements", Map.of(
                Agreement.AMEND, Call.put(), Agreement.ACTIVATE, Call.post("activate"),
                Agreement.TERMINATE, Call.post("terminate")));
        LocalDate from = LocalDate.now().minusYears(1);
        String number = AgreementTest.number();
        String terminated = walk.create(TestTokens.LIAISON, AgreementTest.draft(number, from, LocalDate.now().plusYears(1),
                "POLRES-HSU"));
        walk.act(terminated, "amend", TestTokens.LAPAS_HEAD, AgreementTest.draft(number, from, LocalDate.now().plusYears(2),
                "POLRES-HSU"));
        walk.act(terminated, "activate", TestTokens.LIAISON, null);
        walk.act(terminated, "terminate", TestTokens.LIAISON, REASON);
        String expired = walk.create(TestTokens.LAPAS_HEAD, AgreementTest.draft(AgreementTest.number(), from, LocalDate.now(),
                "POLRES-HSU"));
        walk.act(expired, "activate", TestTokens.LAPAS_HEAD, null);
        walk.bySystem(expired, "expire", TestTokens.LIAISON, () -> escalation.run(OffsetDateTime.now().plusDays(2)));
        walk.assertEveryRowWalked();

        String draft = AgreementTest.draft(AgreementTest.number(), from, LocalDate.now().plusYears(1), "POLRES-HSU");
        walk.creationRefusals(draft);
        String active = walk.create(TestTokens.LIAISON, AgreementTest.draft(AgreementTest.number(), from,
                LocalDate.now().plusYears(1), "POLRES-HSU"));
        walk.act(active, "activate", TestTokens.LIAISON, null);
        At ended = new At(terminated, TestTokens.LIAISON);
        walk.refusals("amend", draft, ended, TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("activate", null, ended, TestTokens.OTHER_LAPAS_LIAISON);
        walk.refusals("terminate", NO_REASON, new At(expired, TestTokens.LIAISON), TestTokens.OTHER_LAPAS_LIAISON,
                new At(active, TestTokens.LAPAS_HEAD));
    }

    // ---------------------------------------------------------------- meetings and their action items

    @Test
    void meetingsAndActionItems() {
        var meetings = new Walk<>(Meeting.MACHINE, "meetings", Map.of(
                Meeting.AMEND, Call.put(), Meeting.RECORD_MINUTES, Call.post("record-minutes"),
                Meeting.ADD_ACTION_ITEM, new Call("POST", "/action-items", 201), Meeting.CANCEL, Call.post("cancel")));
        var items = new Walk<>(ActionItem.MACHINE, "action-items", Map.of(
                ActionItem.START, Call.post("start"), ActionItem.COMPLETE, Call.post("complete"),
                ActionItem.CANCEL, Call.post("cancel")));
        OffsetDateTime yesterday = OffsetDateTime.now().minusDays(1);
        String schedule = MeetingTest.schedule("Rakor kamtib", yesterday);
        String held = meetings.create(TestTokens.LIAISON, schedule);
        meetings.act(held, "amend", TestTokens.LAPAS_HEAD, MeetingTest.schedule("Rakor kamtib (diubah)", yesterday));
        Response minutes = meetings.act(held, "record-minutes", TestTokens.LIAISON,
                MeetingTest.minutes(MeetingTest.item("LAPAS", LocalDate.now().plusDays(7))));
        String lapasStarted = items.collection + "/" + minutes.path("actionItems[0].id");
        Function<String, String> added = agency -> items.created(meetings.act(held, "add-action-item", TestTokens.LIAISON,
                MeetingTest.item(agency, LocalDate.now().plusDays(7))), TestTokens.LIAISON);
        String cancelled = meetings.create(TestTokens.LAPAS_HEAD, schedule);
        meetings.act(cancelled, "cancel", TestTokens.LIAISON, REASON);

        items.act(lapasStarted, "start", TestTokens.LIAISON, null);
        items.act(lapasStarted, "complete", TestTokens.LAPAS_HEAD, "{\"note\":\"Selesai\"}");
        String polresStarted = added.apply("POLRES");
        items.act(polresStarted, "start", TestTokens.POLRES_OFFICER, null);
        items.act(polresStarted, "complete", TestTokens.POLRES_HEAD, null);
        items.act(added.apply("BNNK-HSU"), "complete", TestTokens.LIAISON, null);
        items.act(added.apply("POLRES"), "complete", TestTokens.POLRES_OFFICER, null);
        String cancelledOpen = added.apply("LAPAS");
        items.act(cancelledOpen, "cancel", TestTokens.LIAISON, REASON);
        String cancelledStarted = added.apply("LAPAS");
        items.act(cancelledStarted, "start", TestTokens.LAPAS_HEAD, null);
        items.act(cancelledStarted, "cancel", TestTokens.LAPAS_HEAD, REASON);
        meetings.assertEveryRowWalked();
        items.assertEveryRowWalked();

        meetings.creationRefusals(schedule);
        String scheduled = meetings.create(TestTokens.LIAISON, schedule);
        At done = new At(held, TestTokens.LIAISON);
        At calledOff = new At(cancelled, TestTokens.LIAISON);
        meetings.refusals("amend", schedule, done, TestTokens.OTHER_LAPAS_LIAISON);
        meetings.refusals("record-minutes", MeetingTest.minutes(), calledOff, TestTokens.OTHER_LAPAS_LIAISON);
        meetings.refusals("add-action-item", MeetingTest.item("LAPAS", LocalDate.now().plusDays(7)), calledOff,
                TestTokens.OTHER_LAPAS_LIAISON);
        meetings.refusals("cancel", NO_REASON, done, TestTokens.OTHER_LAPAS_LIAISON, new At(scheduled, TestTokens.LIAISON));

        String open = added.apply("LAPAS");
        String started = added.apply("LAPAS");
        items.act(started, "start", TestTokens.LIAISON, null);
        At finished = new At(lapasStarted, TestTokens.LIAISON);
        items.refusals("start", null, finished, TestTokens.OTHER_UNIT_OFFICER);
        items.refusals("complete", NO_REASON, new At(cancelledOpen, TestTokens.POLRES_OFFICER), TestTokens.OTHER_UNIT_OFFICER);
        items.refusals("cancel", NO_REASON, finished, TestTokens.OTHER_LAPAS_LIAISON, new At(open, TestTokens.LIAISON),
                new At(started, TestTokens.LAPAS_HEAD));
        // The condition: Polres progresses only the items its agency owns.
        items.notAllowed("start", null, new At(open, TestTokens.POLRES_OFFICER));
        items.notAllowed("complete", NO_REASON, new At(started, TestTokens.POLRES_HEAD));
    }

    // ---------------------------------------------------------------- joint operations

    @Test
    void jointOperations() {
        var walk = new Walk<>(JointOperation.MACHINE, "joint-operations", Map.of(
                JointOperation.AMEND, Call.put(), JointOperation.CONDUCT, Call.post("conduct"),
                JointOperation.RECORD_FINDING, Call.post("findings"), JointOperation.DEBRIEF, Call.post("debrief"),
                JointOperation.CANCEL, Call.post("cancel")));
        String plan = JointOperationTest.plan("Razia gabungan Blok A");
        String debriefed = walk.create(TestTokens.SECURITY, plan);
        walk.act(debriefed, "amend", TestTokens.LAPAS_HEAD, JointOperationTest.plan("Razia gabungan Blok A dan C"));
        walk.act(debriefed, "conduct", TestTokens.SECURITY, null);
        walk.act(debriefed, "record-finding", TestTokens.SECURITY, JointOperationTest.finding("A-1", null, null));
        walk.act(debriefed, "debrief", TestTokens.LAPAS_HEAD, "{\"notes\":\"Dua telepon genggam disita\"}");
        String cancelled = walk.create(TestTokens.LAPAS_HEAD, plan);
        walk.act(cancelled, "cancel", TestTokens.SECURITY, REASON);
        walk.assertEveryRowWalked();

        walk.creationRefusals(plan);
        String planned = walk.create(TestTokens.SECURITY, plan);
        At done = new At(debriefed, TestTokens.SECURITY);
        At calledOff = new At(cancelled, TestTokens.SECURITY);
        walk.refusals("amend", plan, done, TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("conduct", null, done, TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("record-finding", JointOperationTest.finding("A-1", null, null), calledOff,
                TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("debrief", "{\"notes\":\"Catatan\"}", calledOff, TestTokens.OTHER_LAPAS_SECURITY);
        walk.refusals("cancel", NO_REASON, done, TestTokens.OTHER_LAPAS_SECURITY, new At(planned, TestTokens.SECURITY));
    }
}
