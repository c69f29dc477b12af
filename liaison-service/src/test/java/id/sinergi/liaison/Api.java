package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.liaison.domain.InmateSnapshot;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import static io.restassured.RestAssured.given;

/** Calls to the liaison API as a role would make them, and what the outbox recorded. */
final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

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

    /** The events recorded for an aggregate, oldest first, as their {@code data}. */
    static List<JsonNode> events(String aggregateId, String type) {
        List<String> payloads = QuarkusTransaction.requiringNew().call(() -> InmateSnapshot.getEntityManager()
                .createQuery("SELECT e.payload FROM OutboxEvent e WHERE e.aggregateId = :id AND e.eventType = :type ORDER BY e.id",
                        String.class)
                .setParameter("id", aggregateId).setParameter("type", type).getResultList());
        return payloads.stream().map(Api::parse).toList();
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
