package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.not;

/** {@code POST /api/v1/inmates/search}: the search of {@code GET /api/v1/inmates} with the criteria in the body. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SearchByBodyTest {

    private static final String PROBLEM = "application/problem+json";
    /** A family name unique to this class, so other tests' admissions do not disturb the counts. */
    private static final String FAMILY = "Sarbaini" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
    private static String nik;

    @BeforeEach
    void admitSome() {
        if (nik != null) {
            return;
        }
        nik = randomNik();
        admitted(convict("Muhammad " + FAMILY, nik, "2026-01-15", 5, 6));
        admitted(convict("Bambang " + FAMILY, randomNik(), "2026-01-15", 2, 0).replace("\"HIGH\"", "\"LOW\""));
        admitted(convict("Gusti " + FAMILY, randomNik(), "2026-01-15", 3, 0));
    }

    private static ValidatableResponse byBody(String token, String body) {
        return as(token).body(body).when().post("/api/v1/inmates/search").then();
    }

    private static ValidatableResponse byQuery(String token, String query) {
        return as(token).when().get("/api/v1/inmates?" + query).then();
    }

    @Test
    void theBodyFindsExactlyWhatTheQueryFinds() {
        Map<String, String> same = Map.of(
                "nik=" + nik, "{\"nik\":\"" + nik + "\"}",
                "name=" + FAMILY + "&size=100", "{\"name\":\"" + FAMILY + "\",\"size\":100}",
                "name=" + FAMILY + "&riskLevel=LOW&registerClass=B.I", "{\"name\":\"" + FAMILY + "\",\"riskLevel\":\"LOW\",\"registerClass\":\"B.I\"}",
                "name=" + FAMILY + "&size=2&page=1", "{\"name\":\"" + FAMILY + "\",\"size\":2,\"page\":1}",
                "status=IN_CUSTODY&cellBlock=A-2&releaseFrom=2031-07-15&releaseTo=2031-07-15",
                "{\"status\":\"IN_CUSTODY\",\"cellBlock\":\"A-2\",\"releaseFrom\":\"2031-07-15\",\"releaseTo\":\"2031-07-15\"}");
        same.forEach((query, body) -> {
            String fromQuery = byQuery(TestTokens.REGISTRAR, query).statusCode(200).extract().asString();
            String fromBody = byBody(TestTokens.REGISTRAR, body).statusCode(200).extract().asString();
            assertThat(fromBody).as(body).isEqualTo(withoutNextLink(fromQuery));
        });
        byBody(TestTokens.REGISTRAR, "{\"nik\":\"" + nik + "\"}").body("total", equalTo(1))
                .body("items[0].fullName", equalTo("Muhammad " + FAMILY));
        byBody(TestTokens.REGISTRAR, "{\"name\":\"" + FAMILY + "\",\"size\":2,\"page\":1}")
                .body("page", equalTo(1)).body("size", equalTo(2)).body("total", equalTo(3));
    }

    @Test
    void anEmptyBodyIsTheFirstPageOfEverythingInScope() {
        String fromQuery = byQuery(TestTokens.REGISTRAR, "page=0&size=20").statusCode(200).extract().asString();
        String fromBody = byBody(TestTokens.REGISTRAR, "{}").statusCode(200).body("next", nullValue()).extract().asString();
        // The same page; only a GET's page links the next one (a link cannot carry a body).
        assertThat(fromBody).isEqualTo(withoutNextLink(fromQuery));
    }

    @Test
    void itIsAReadThatNeedsNoIdempotencyKeyAndAnswers200EveryTime() {
        for (int i = 0; i < 2; i++) {
            as(TestTokens.REGISTRAR).header("Idempotency-Key", "search-" + nik).body("{\"nik\":\"" + nik + "\"}")
                    .when().post("/api/v1/inmates/search").then().statusCode(200)
                    .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue())
                    .header("Location", org.hamcrest.Matchers.nullValue())
                    .body("total", equalTo(1));
        }
    }

    @Test
    void everyRoleThatSearchesByQuerySearchesByBodyInItsScopeAndNoOtherRole() {
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.AUDITOR, TestTokens.KANWIL_OFFICER,
                TestTokens.PROGRAM_OFFICER)) {
            byBody(token, "{\"nik\":\"" + nik + "\"}").statusCode(200)
                    .body("items[0].view", equalTo("BASIC"))
                    .body("items[0]", not(org.hamcrest.Matchers.hasKey("nik")));
        }
        // Another facility's registrar does not find this facility's WBP, by body as by query.
        byBody(TestTokens.OTHER_FACILITY_REGISTRAR, "{\"nik\":\"" + nik + "\"}").statusCode(200).body("total", equalTo(0));
        byBody(TestTokens.ADMIN, "{\"nik\":\"" + nik + "\"}").statusCode(403).contentType(PROBLEM);
        io.restassured.RestAssured.given().contentType("application/json").body("{}")
                .when().post("/api/v1/inmates/search").then().statusCode(401);
    }

    @Test
    void aBadBodyIs400Problem() {
        byBody(TestTokens.REGISTRAR, "{\"nmae\":\"" + FAMILY + "\"}").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value"))
                .body("field", equalTo("nmae"))
                .body("detail", containsString("not a field"));
        byBody(TestTokens.REGISTRAR, "{\"nik\":6308011203900001}").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value")).body("field", equalTo("nik"));
        byBody(TestTokens.REGISTRAR, "{\"nik\":\"12345\"}").statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/validation-failed"));
        byBody(TestTokens.REGISTRAR, "{\"riskLevel\":\"EXTREME\"}").statusCode(400).body("field", equalTo("riskLevel"));
        byBody(TestTokens.REGISTRAR, "{\"registerClass\":\"Z.9\"}").statusCode(400).contentType(PROBLEM);
        byBody(TestTokens.REGISTRAR, "{\"releaseFrom\":20261201}").statusCode(400).body("field", equalTo("releaseFrom"));
        byBody(TestTokens.REGISTRAR, "{\"name\":\"Ahmad\\u0000Rizani\"}").statusCode(400).contentType(PROBLEM);
        byBody(TestTokens.REGISTRAR, "{\"cellBlock\":\"A\\u0000\"}").statusCode(400).contentType(PROBLEM);
        byBody(TestTokens.REGISTRAR, "{\"size\":101}").statusCode(400).contentType(PROBLEM);
        byBody(TestTokens.REGISTRAR, "{\"page\":-1}").statusCode(400).contentType(PROBLEM);
        byBody(TestTokens.REGISTRAR, "{\"name\":\"" + FAMILY + "\"} {}").statusCode(400)
                .body("type", equalTo("https://sinergi.id/problems/malformed-json"));
        byBody(TestTokens.REGISTRAR, "[]").statusCode(400).contentType(PROBLEM);
        as(TestTokens.REGISTRAR).when().post("/api/v1/inmates/search").then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void searchesLogNeitherTheNikNorTheName() {
        String name = "Logsearch" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        String searchedNik = randomNik();
        String badNik = searchedNik.substring(1);
        List<LogCapture.Line> lines;
        try (LogCapture logs = LogCapture.start()) {
            byQuery(TestTokens.REGISTRAR, "nik=" + searchedNik + "&name=" + name).statusCode(200);
            byBody(TestTokens.REGISTRAR, "{\"nik\":\"" + searchedNik + "\",\"name\":\"" + name + "\"}").statusCode(200);
            byQuery(TestTokens.REGISTRAR, "nik=" + searchedNik + "&name=" + name + "&status=MAYBE").statusCode(400);
            byQuery(TestTokens.REGISTRAR, "nik=" + badNik + "&name=" + name).statusCode(400);
            byBody(TestTokens.REGISTRAR, "{\"nik\":\"" + badNik + "\",\"name\":\"" + name + "\"}").statusCode(400);
            byBody(TestTokens.REGISTRAR, "{\"nik\":\"" + searchedNik + "\",\"status\":\"" + name + "\"}").statusCode(400);
            byQuery(TestTokens.REGISTRAR, "nik=" + searchedNik + "&releaseFrom=" + name).statusCode(400);
            lines = logs.lines();
        }
        assertThat(lines).allSatisfy(line -> assertThat(line.text() + " " + line.mdc())
                .doesNotContain(searchedNik).doesNotContain(badNik).doesNotContainIgnoringCase(name));
    }

    private static String withoutNextLink(String page) {
        return page.replaceFirst("\"next\":\"[^\"]*\"", "\"next\":null");
    }
}
