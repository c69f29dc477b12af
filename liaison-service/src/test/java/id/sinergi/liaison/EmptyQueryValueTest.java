package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * A query parameter sent without a value is bad input that names the parameter, not a filter left
 * out: the parameters a black-box probe found taken as if absent.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EmptyQueryValueTest {

    @ParameterizedTest
    @CsvSource({
            "/api/v1/liaison/notifications, overdue",
            "/api/v1/liaison/info-requests, overdue",
            "/api/v1/liaison/police-loans, overdue",
            "/api/v1/liaison/action-items, overdue",
            "/api/v1/liaison/incidents, shared",
            "/api/v1/liaison/incidents, policeStatus",
            "/api/v1/liaison/other-cases, state",
            "/api/v1/liaison/agreements, expiringWithinDays",
            "/api/v1/liaison/agreements, page",
            "/api/v1/liaison/meetings, size"})
    void anEmptyValueIs400NamingTheParameter(String path, String parameter) {
        given().auth().oauth2(TestTokens.LAPAS_HEAD).when().get(path + "?" + parameter + "=")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://sinergi.id/problems/invalid-query-parameter"))
                .body("field", equalTo(parameter))
                .body("detail", containsString("'" + parameter + "'"));
    }
}
