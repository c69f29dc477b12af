package id.sinergi.liaison;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;


import static io.restassured.RestAssured.given;

/** Calls to the liaison API as a role would make them, and what the outbox recorded. */
final class Api {

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String etag(String token, String path) {
        return as(token).when().get(path).then().statusCode(200).extract().header("ETag");
    }

    /** Reads the resource's ETag with {@code token}, then posts the action with it. */
    static Response act(String token, String path, String action, String body) {
        RequestSpecification request = as(token).header("If-Match", etag(token, path));
        if (body != null) {
            request.body(body);
        }
        return request.when().post(path + "/" + action);
    }
}
