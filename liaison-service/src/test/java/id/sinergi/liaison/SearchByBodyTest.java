package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * {@code POST …/search} on every list that takes free text ({@code q}, which can name a person):
 * the list's own search with the filters in the body, the same answer as the query, strict bodies,
 * the list's roles.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SearchByBodyTest {

    private static final String PROBLEM = "application/problem+json";

    /** A word no other test writes, so that a search for it finds this test's records only. */
    private static String word() {
        return "kata" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }

    /** The same answer by query and by body, and 200 with something found. */
    private static void sameAnswer(String token, String list, Map<String, String> query, String body, int expectedTotal) {
        String byQuery = as(token).queryParams(query).when().get(list).then().statusCode(200).extract().asString();
        String byBody = as(token).body(body).when().post(list + "/search").then().statusCode(200)
                .body("total", equalTo(expectedTotal)).extract().asString();
        assertThat(byBody).as(list + " " + body).isEqualTo(byQuery);
    }

    private static void strictAndGuarded(String token, String forbidden, String list) {
        as(token).body("{\"text\":\"x\"}").when().post(list + "/search").then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value")).body("field", equalTo("text"));
        as(token).body("{\"q\":12345}").when().post(list + "/search").then().statusCode(400)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value")).body("field", equalTo("q"));
        as(token).body("{\"state\":\"NOPE\"}").when().post(list + "/search").then().statusCode(400).body("field", equalTo("state"));
        as(token).body("{\"q\":\"blok\\u0000a\"}").when().post(list + "/search").then().statusCode(400).contentType(PROBLEM);
        as(token).body("{\"size\":0}").when().post(list + "/search").then().statusCode(400)
                .body("type", equalTo("https://sinergi.id/problems/validation-failed"));
        as(forbidden).body("{}").when().post(list + "/search").then().statusCode(403).contentType(PROBLEM);
    }

    @Test
    void incidents() {
        String word = word();
        UUID suspect = Feed.admittedHighRisk();
        IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("FIGHT", "HIGH", true, suspect).replace("Blok A kamar 2", "Blok " + word));
        IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("NARCOTICS", "LOW", false).replace("Blok A kamar 2", "Dapur " + word));
        sameAnswer(TestTokens.LIAISON, IncidentTest.INCIDENTS, Map.of("q", word), "{\"q\":\"" + word + "\"}", 2);
        sameAnswer(TestTokens.SECURITY, IncidentTest.INCIDENTS,
                Map.of("q", word, "shared", "true", "severity", "HIGH", "inmateId", suspect.toString(), "size", "5"),
                "{\"q\":\"" + word + "\",\"shared\":true,\"severity\":\"HIGH\",\"inmateId\":\"" + suspect + "\",\"size\":5}", 1);
        sameAnswer(TestTokens.POLRES_OFFICER, IncidentTest.INCIDENTS, Map.of("q", word, "policeStatus", "RECEIVED"),
                "{\"q\":\"" + word + "\",\"policeStatus\":\"RECEIVED\"}", 0);
        as(TestTokens.SECURITY).body("{\"policeStatus\":\"REPORTED\"}").when().post(IncidentTest.INCIDENTS + "/search").then()
                .statusCode(400).body("type", equalTo("https://sinergi.id/problems/validation-failed"));
        strictAndGuarded(TestTokens.SECURITY, TestTokens.PROGRAM_OFFICER, IncidentTest.INCIDENTS);
    }

    @Test
    void meetingsAndTheirActionItems() {
        String word = word();
        String path = MeetingTest.scheduled(TestTokens.LIAISON, "Rakor " + word, 1);
        act(TestTokens.LIAISON, path, "record-minutes", MeetingTest.minutes(
                MeetingTest.item("POLRES", LocalDate.now().plusDays(7)).replace("Patroli tembok", "Patroli " + word),
                MeetingTest.item("LAPAS", LocalDate.now().plusDays(9)).replace("Patroli tembok", "Patroli " + word)))
                .then().statusCode(200);
        sameAnswer(TestTokens.LIAISON, MeetingTest.MEETINGS, Map.of("q", word), "{\"q\":\"" + word + "\"}", 1);
        sameAnswer(TestTokens.POLRES_OFFICER, MeetingTest.MEETINGS, Map.of("q", word, "state", "HELD"),
                "{\"q\":\"" + word + "\",\"state\":\"HELD\"}", 1);
        strictAndGuarded(TestTokens.LIAISON, TestTokens.PROGRAM_OFFICER, MeetingTest.MEETINGS);

        sameAnswer(TestTokens.LIAISON, MeetingTest.ITEMS, Map.of("q", word), "{\"q\":\"" + word + "\"}", 2);
        sameAnswer(TestTokens.LIAISON, MeetingTest.ITEMS, Map.of("q", word, "ownerAgency", "POLRES", "overdue", "false"),
                "{\"q\":\"" + word + "\",\"ownerAgency\":\"POLRES\",\"overdue\":false}", 1);
        strictAndGuarded(TestTokens.LIAISON, TestTokens.PROGRAM_OFFICER, MeetingTest.ITEMS);
    }

    @Test
    void agreements() {
        String number = AgreementTest.number();
        as(TestTokens.LIAISON).body(AgreementTest.draft(number, LocalDate.now(), LocalDate.now().plusDays(20), "POLRES-HSU"))
                .when().post(AgreementTest.AGREEMENTS).then().statusCode(201);
        String part = number.substring(2, 10);
        sameAnswer(TestTokens.LIAISON, AgreementTest.AGREEMENTS, Map.of("q", part), "{\"q\":\"" + part + "\"}", 1);
        sameAnswer(TestTokens.LIAISON, AgreementTest.AGREEMENTS, Map.of("q", part, "state", "DRAFT", "kind", "PKS"),
                "{\"q\":\"" + part + "\",\"state\":\"DRAFT\",\"kind\":\"PKS\"}", 1);
        as(TestTokens.LIAISON).body("{\"expiringWithinDays\":3651}").when().post(AgreementTest.AGREEMENTS + "/search").then()
                .statusCode(400).body("type", equalTo("https://sinergi.id/problems/validation-failed"));
        strictAndGuarded(TestTokens.LIAISON, TestTokens.SECURITY, AgreementTest.AGREEMENTS);
    }

    @Test
    void jointOperations() {
        String name = "Razia " + word();
        as(TestTokens.SECURITY).body(JointOperationTest.plan(name)).when().post(JointOperationTest.OPERATIONS).then().statusCode(201);
        sameAnswer(TestTokens.SECURITY, JointOperationTest.OPERATIONS, Map.of("q", name), "{\"q\":\"" + name + "\"}", 1);
        sameAnswer(TestTokens.POLRES_OFFICER, JointOperationTest.OPERATIONS, Map.of("q", name, "state", "PLANNED"),
                "{\"q\":\"" + name + "\",\"state\":\"PLANNED\"}", 1);
        strictAndGuarded(TestTokens.SECURITY, TestTokens.PROGRAM_OFFICER, JointOperationTest.OPERATIONS);
    }
}
