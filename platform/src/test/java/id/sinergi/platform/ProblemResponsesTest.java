package id.sinergi.platform;

import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

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
                .then().statusCode(404).contentType(PROBLEM);
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
    void pagedListHasTheEnvelope() {
        given().auth().oauth2(TestTokens.REGISTRAR).queryParam("size", 5).when().get("/notes")
                .then().statusCode(200)
                .body("page", equalTo(0)).body("size", equalTo(5)).body("total", notNullValue()).body("items", notNullValue());
    }
}
