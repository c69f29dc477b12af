package id.sinergi.program;

import id.sinergi.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;

/** Calls on program-service as a programme officer's tool would make them, and the events they record. */
final class Api {

    static final String PROBLEM = "application/problem+json";

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
    }

    static String programme(String code, int capacity, String classes, String risks) {
        return """
                {"code":"%s","category":"LEGAL_AWARENESS","name":"Kesadaran hukum","partner":"Polres Hulu Sungai Utara",
                 "capacity":%d,"startsOn":"%s","endsOn":"%s",
                 "eligibility":{"registerClasses":[%s],"riskLevels":[%s]}}"""
                .formatted(code, capacity, LocalDate.now().minusDays(30), LocalDate.now().plusDays(30), classes, risks);
    }

    /** A programme co-organised by a Polres unit (integrated pembinaan), for any class and risk level. */
    static String coOrganised(String code, int capacity, String unit) {
        return """
                {"code":"%s","category":"LEGAL_AWARENESS","name":"Kesadaran hukum","partner":"Polres Hulu Sungai Utara",
                 "coOrganiserUnit":%s,"capacity":%d,"startsOn":"%s","endsOn":"%s"}"""
                .formatted(code, unit == null ? "null" : "\"" + unit + "\"", capacity, LocalDate.now().minusDays(30),
                        LocalDate.now().plusDays(30));
    }

    /** A programme open for enrolment, for any class and risk level; returns its id. */
    static String openProgramme(int capacity) {
        return openProgramme(programme(uniqueCode("KES"), capacity, "", ""));
    }

    static String openProgramme(String body) {
        return openProgramme(TestTokens.OFFICER, body);
    }

    /** A programme of the facility of {@code token}'s programme officer or head, open for enrolment. */
    static String openProgramme(String token, String body) {
        String id = as(token).body(body).when().post("/api/v1/programs").then().statusCode(201)
                .extract().jsonPath().getString("id");
        action(token, "programs", id, "open", "{}").statusCode(200);
        return id;
    }

    /** An action as a client makes it: with the record's current ETag in If-Match (none when it cannot be read). */
    static ValidatableResponse action(String token, String collection, String id, String action, String body) {
        return action(token, collection, id, action, body, etag(collection, id));
    }

    /** An action with the given If-Match; null sends none. */
    static ValidatableResponse action(String token, String collection, String id, String action, String body, String ifMatch) {
        RequestSpecification call = as(token);
        if (ifMatch != null) {
            call.header("If-Match", ifMatch);
        }
        return (body == null ? call : call.body(body)).when().post("/api/v1/" + collection + "/" + id + "/" + action).then();
    }

    /** The record's ETag as an auditor reads it; null when there is no such record. */
    static String etag(String collection, String id) {
        var read = as(TestTokens.AUDITOR).when().get("/api/v1/" + collection + "/" + id).then().extract();
        return read.statusCode() == 200 ? read.header("ETag") : null;
    }

    static ValidatableResponse enrolmentAction(String token, String id, String action, String body) {
        return action(token, "enrolments", id, action, body);
    }

    static ValidatableResponse request(String token, String programId, UUID inmateId) {
        return as(token).body("{\"programId\":\"" + programId + "\",\"inmateId\":\"" + inmateId + "\"}")
                .when().post("/api/v1/enrolments").then();
    }

    static String requested(String programId, UUID inmateId) {
        return request(TestTokens.OFFICER, programId, inmateId).statusCode(201).extract().jsonPath().getString("id");
    }

    /** Requested and approved: ACTIVE while the programme has places. */
    static String enrolled(String programId, UUID inmateId) {
        String id = requested(programId, inmateId);
        enrolmentAction(TestTokens.OFFICER, id, "approve", "{}").statusCode(200);
        return id;
    }

    static String state(String enrolmentId) {
        return as(TestTokens.AUDITOR).when().get("/api/v1/enrolments/" + enrolmentId).then().statusCode(200)
                .extract().jsonPath().getString("state");
    }
}
