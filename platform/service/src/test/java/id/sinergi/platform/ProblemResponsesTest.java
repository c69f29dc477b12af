package id.sinergi.platform;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/** Bad input of every kind answers problem+json with a 4xx, never a 500. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ProblemResponsesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void missingTokenIs401Problem() {
        given().contentType(ContentType.JSON).body("{\"text\":\"a\",\"colour\":\"RED\"}")
                .when().post("/notes")
                .then().statusCode(401).contentType(PROBLEM).body("status", equalTo(401));
    }

    @Test
    void forgedTokenIs401Problem() {
        String forged = TestTokens.REGISTRAR.substring(0, TestTokens.REGISTRAR.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        given().auth().oauth2(forged).when().get("/notes")
                .then().statusCode(401).contentType(PROBLEM);
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(TestTokens.POLRES_OFFICER).when().get("/notes")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403))
                .body("type", equalTo("https://sinergi.id/problems/forbidden"));
    }

    @Test
    void malformedJsonIs400Problem() {
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).body("{\"text\": \"a\", ")
                .when().post("/notes")
                .then().statusCode(400).contentType(PROBLEM).body("status", equalTo(400))
                .body("type", equalTo("https://sinergi.id/problems/malformed-json"))
                .body("detail", containsString("line 1"));
    }

    @Test
    void unknownEnumValueIs400Problem() {
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"a\",\"colour\":\"PURPLE\"}")
                .when().post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value"))
                .body("field", equalTo("colour"))
                .body("detail", equalTo("field 'colour' has the value 'PURPLE', which is not one of: RED, GREEN"));
    }

    @Test
    void wrongTypeIs400Problem() {
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":{\"nested\":true},\"colour\":\"RED\"}")
                .when().post("/notes")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("text"));
    }

    @Test
    void validationFailureListsTheFields() {
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"\",\"colour\":null}")
                .when().post("/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/validation-failed"))
                .body("violations.field", hasItem(containsString("text")))
                .body("violations.field", hasItem(containsString("colour")));
    }

    @Test
    void badPathParameterIsNot500() {
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM).body("type", startsWith("https://sinergi.id/problems/"));
    }

    @Test
    void unknownIdIs404ProblemWithStableType() {
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes/6f1c1f7e-8a43-4b5e-9d55-000000000000")
                .then().statusCode(404).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/not-found"))
                .body("title", notNullValue())
                .body("detail", notNullValue());
    }

    @Test
    void oversizedBodyIs413() {
        String text = "x".repeat(70 * 1024);
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"" + text + "\",\"colour\":\"RED\"}")
                .when().post("/notes")
                .then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void pageSizeOver100Is400Problem() {
        given().auth().oauth2(TestTokens.REGISTRAR).queryParam("size", 101).when().get("/notes")
                .then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void aNumberIsNotAString() {
        invalidPlan("{\"number\": 12345}", "number").body("detail", containsString("12345"));
        invalidPlan("{\"blocks\": [\"A-1\", 12345]}", "blocks[1]");
        invalidPlan("{\"number\": 12.5}", "number");
        invalidPlan("{\"attendees\": [{\"name\": 7}]}", "attendees[0].name");
    }

    @Test
    void aBooleanIsNeitherAStringNorAnEnumValue() {
        invalidPlan("{\"number\": true}", "number");
        invalidPlan("{\"colour\": true}", "colour");
        invalidPlan("{\"attendees\": [{\"name\": \"Budi\", \"colour\": false}]}", "attendees[0].colour");
    }

    @Test
    void aNumberIsNotAnEnumValueNorABoolean() {
        invalidPlan("{\"colour\": 0}", "colour");
        invalidPlan("{\"urgent\": 1}", "urgent");
        invalidPlan("{\"places\": 2.5}", "places");
    }

    @Test
    void aNumberIsNotADateNorADateTime() {
        invalidPlan("{\"plannedFor\": 1705312800}", "plannedFor")
                .body("detail", equalTo("field 'plannedFor' has the value '1705312800', which is not a valid date-time (RFC 3339)"));
        invalidPlan("{\"plannedFor\": 1705312800.5}", "plannedFor");
        invalidPlan("{\"due\": 19737}", "due");
        invalidPlan("{\"due\": [2024, 1, 15]}", "due");
    }

    @Test
    void aDateOrTimeHasAYearOfFourDigits() {
        invalidPlan("{\"plannedFor\": \"+999999999-12-31T23:59:59Z\"}", "plannedFor");
        invalidPlan("{\"plannedFor\": \"+10000-01-01T00:00:00+08:00\"}", "plannedFor");
        invalidPlan("{\"due\": \"+10000-01-15\"}", "due");
        invalidPlan("{\"due\": \"-0001-01-15\"}", "due");
    }

    @Test
    void valuesOfTheRightTypeAreTakenAsTheyCame() {
        String plan = "{\"number\":\"PKS-12345\",\"blocks\":[\"A-1\"],\"due\":\"2026-01-15\","
                + "\"plannedFor\":\"2026-01-15T09:00:00+08:00\",\"colour\":\"GREEN\",\"urgent\":true,\"places\":3,"
                + "\"attendees\":[{\"name\":\"Budi\",\"colour\":\"RED\"}]}";
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).body(plan)
                .when().post("/plans")
                .then().statusCode(200)
                .body("number", equalTo("PKS-12345")).body("blocks[0]", equalTo("A-1")).body("due", equalTo("2026-01-15"))
                .body("plannedFor", startsWith("2026-01-15T01:00:00")).body("places", equalTo(3));
    }

    @Test
    void contentAfterTheBodyMakesItMalformed() {
        for (String body : List.of("{\"text\":\"a\",\"colour\":\"RED\"} {\"text\":\"b\"}",
                "{\"text\":\"a\",\"colour\":\"RED\"}garbage", "{\"text\":\"a\",\"colour\":\"RED\"}]", "{\"text\":\"a\",\"colour\":\"RED\"} 1")) {
            given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).body(body)
                    .when().post("/notes")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://sinergi.id/problems/malformed-json"));
        }
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).body("{\"number\":\"1\"}\n  \n")
                .when().post("/plans")
                .then().statusCode(200);
    }

    @Test
    void anEmptyQueryValueIs400NamingTheParameter() {
        for (String name : List.of("page", "size")) {
            given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes?" + name + "=")
                    .then().statusCode(400).contentType(PROBLEM)
                    .body("type", equalTo("https://sinergi.id/problems/invalid-query-parameter"))
                    .body("field", equalTo(name))
                    .body("detail", containsString("'" + name + "'"));
        }
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes?size=5&page")
                .then().statusCode(400).contentType(PROBLEM).body("field", equalTo("page"));
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/notes?size=5&")
                .then().statusCode(200);
    }

    @Test
    void anEmptyQueryValueWithoutATokenIsStill401First() {
        given().when().get("/notes?page=")
                .then().statusCode(401).contentType(PROBLEM);
    }

    private static ValidatableResponse invalidPlan(String body, String field) {
        return given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON).body(body)
                .when().post("/plans")
                .then().statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/invalid-json-value"))
                .body("field", equalTo(field));
    }

    @Test
    void pagedListHasTheEnvelope() {
        given().auth().oauth2(TestTokens.REGISTRAR).queryParam("size", 5).when().get("/notes")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(5)).body("total", notNullValue()).body("items", notNullValue());
    }
}
