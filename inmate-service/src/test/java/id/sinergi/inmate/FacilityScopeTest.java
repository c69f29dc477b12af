package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static id.sinergi.inmate.Register.act;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.etag;
import static id.sinergi.inmate.Register.randomNik;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Scope by facility (issue 22): a WBP admitted by Lapas Amuntai is its staff's, its auditor's, the
 * regional auditor's and (basic view) Polres's and the Kanwil's; to the staff and auditor of Lapas
 * Barabai it does not exist, on every read, list and action; sinergi-admin reads no record.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class FacilityScopeTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String INMATES = "/api/v1/inmates/";

    /** The parts of a record beyond the basic view, each opened by a category (404 without it). */
    private static final List<String> FULL_RECORD_PARTS = List.of("key-dates", "timeline", "risk-assessments", "pending-cases",
            "release-plan");

    /**
     * Operations without a record in their path: lists (checked below for what they leave out) and
     * reference data. A new one fails the walk until it is placed here or given a record.
     */
    private static final Set<String> WITHOUT_A_RECORD = Set.of(
            "GET /api/v1/inmates", "POST /api/v1/inmates", "POST /api/v1/inmates/search", "GET /api/v1/inmates/state-machine",
            "GET /api/v1/inmates/access-log", "GET /api/v1/inmates/audit", "GET /api/v1/inmates/risk-reviews",
            "GET /api/v1/detention-limits", "GET /api/v1/offences/categories", "GET /api/v1/offences/uncategorised");

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final LiaisonFeed feed = new LiaisonFeed();

    private static String amuntaiWbp(String name) {
        return admitted(convict(name, randomNik(), LocalDate.now().minusDays(400).toString(), 5, 0));
    }

    private static String registerNumber(String id) {
        return as(TestTokens.REGISTRAR).when().get(INMATES + id).then().statusCode(200).extract().path("registerNumber");
    }

    @Test
    void anotherFacilitysWbpDoesNotExistForItsStaffAndAuditor() {
        String id = amuntaiWbp("Scope Amuntai");
        String number = registerNumber(id);
        for (String token : List.of(TestTokens.OTHER_FACILITY_REGISTRAR, TestTokens.OTHER_FACILITY_HEAD,
                TestTokens.OTHER_FACILITY_AUDITOR, TestTokens.OTHER_LAPAS_SECURITY)) {
            as(token).when().get(INMATES + id).then().statusCode(404).contentType(PROBLEM);
            as(token).when().get(INMATES + id + "/timeline").then().statusCode(404).contentType(PROBLEM);
            as(token).queryParam("registerNumber", number).when().get("/api/v1/inmates").then().statusCode(200)
                    .body("total", equalTo(0));
            as(token).queryParam("name", "Scope Amuntai").when().get("/api/v1/inmates").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
            as(token).contentType("application/json").body("{\"name\":\"Scope Amuntai\"}").when().post("/api/v1/inmates/search")
                    .then().statusCode(200).body("items.id", not(hasItem(id)));
            as(token).when().get("/api/v1/inmates").then().statusCode(200)
                    .body("items.facility", everyItem(equalTo(TestTokens.OTHER_FACILITY)));
        }
        act(TestTokens.OTHER_FACILITY_REGISTRAR, id, "move-cell", "{\"toBlock\":\"C-1\"}").statusCode(404).contentType(PROBLEM);
        act(TestTokens.OTHER_LAPAS_SECURITY, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"Calm\"}").statusCode(404);

        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.HEAD, TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            as(token).when().get(INMATES + id).then().statusCode(200).body("view", equalTo("FULL")).body("nik", notNullValue());
            as(token).when().get(INMATES + id + "/timeline").then().statusCode(200);
            as(token).queryParam("registerNumber", number).when().get("/api/v1/inmates").then().statusCode(200)
                    .body("items.id", hasItem(id));
        }
        act(TestTokens.REGISTRAR, id, "move-cell", "{\"toBlock\":\"C-1\"}").statusCode(200);
    }

    @Test
    void polresAndTheKanwilReadTheBasicViewAcrossTheRegionAndSinergiAdminNoRecord() {
        String id = amuntaiWbp("Scope Region");
        String number = registerNumber(id);
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.OTHER_POLRES_HEAD, TestTokens.KANWIL_OFFICER)) {
            as(token).when().get(INMATES + id).then().statusCode(200)
                    .body("view", equalTo("BASIC")).body("facility", equalTo(TestTokens.FACILITY))
                    .body("$", not(hasKey("nik"))).body("$", not(hasKey("offences")));
            as(token).queryParam("registerNumber", number).when().get("/api/v1/inmates").then().statusCode(200)
                    .body("items.id", hasItem(id)).body("items[0]", not(hasKey("nik")));
            for (String part : FULL_RECORD_PARTS) {
                as(token).when().get(INMATES + id + "/" + part).then().statusCode(404).contentType(PROBLEM);
            }
        }
        // The Kanwil reads and never acts on a record.
        act(TestTokens.KANWIL_OFFICER, id, "move-cell", "{\"toBlock\":\"C-1\"}").statusCode(403);
        as(TestTokens.KANWIL_OFFICER).when().get(INMATES + id + "/disciplinary-register").then().statusCode(403);

        for (String path : List.of(id, id + "/key-dates", id + "/timeline", id + "/risk-assessments", id + "/pending-cases",
                id + "/release-plan", id + "/detention", id + "/disciplinary-register", "?registerNumber=" + number)) {
            as(TestTokens.ADMIN).when().get(INMATES + path).then().statusCode(403).contentType(PROBLEM);
        }
        for (String list : List.of("/api/v1/inmates/risk-reviews", "/api/v1/inmates/re-arrests", "/api/v1/inmates/access-log",
                "/api/v1/inmates/audit")) {
            as(TestTokens.ADMIN).when().get(list).then().statusCode(403);
        }
        act(TestTokens.ADMIN, id, "move-cell", "{\"toBlock\":\"C-1\"}").statusCode(403);
    }

    @Test
    void theLogsAndTheListsOfAFacilityHoldItsWbpOnly() {
        String id = amuntaiWbp("Scope Logs");
        as(TestTokens.HEAD).header("X-Purpose", "Sidang TPP").when().get(INMATES + id).then().statusCode(200);
        String findingId = UUID.randomUUID().toString();
        feed.send(LiaisonFeed.findingRecorded(findingId, id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.HEAD).queryParam("inmateId", id)
                .when().get("/api/v1/inmates/risk-reviews").then().body("total", equalTo(1)));

        for (String token : List.of(TestTokens.HEAD, TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            as(token).queryParam("inmateId", id).when().get("/api/v1/inmates/access-log").then().statusCode(200)
                    .body("items.inmateId", hasItem(id));
            as(token).queryParam("inmateId", id).when().get("/api/v1/inmates/risk-reviews").then().statusCode(200)
                    .body("total", equalTo(1));
        }
        for (String token : List.of(TestTokens.FACILITY_AUDITOR, TestTokens.AUDITOR)) {
            as(token).queryParam("inmateId", id).when().get("/api/v1/inmates/audit").then().statusCode(200)
                    .body("items.inmateId", hasItem(id));
        }
        for (String token : List.of(TestTokens.OTHER_FACILITY_HEAD, TestTokens.OTHER_FACILITY_AUDITOR)) {
            as(token).queryParam("inmateId", id).when().get("/api/v1/inmates/access-log").then().statusCode(200)
                    .body("total", equalTo(0));
            as(token).when().get("/api/v1/inmates/access-log").then().statusCode(200).body("items.inmateId", not(hasItem(id)));
            as(token).queryParam("inmateId", id).when().get("/api/v1/inmates/risk-reviews").then().statusCode(200)
                    .body("total", equalTo(0));
        }
        as(TestTokens.OTHER_FACILITY_AUDITOR).queryParam("inmateId", id).when().get("/api/v1/inmates/audit").then()
                .statusCode(200).body("total", equalTo(0));
        as(TestTokens.OTHER_FACILITY_AUDITOR).when().get("/api/v1/inmates/audit").then().statusCode(200)
                .body("items.inmateId", not(hasItem(id)));
    }

    @Test
    void aReArrestIsListedToTheFacilityThatReleasedThePerson() {
        String nik = randomNik();
        String stay = admitted(convict("Scope Released", nik, "2026-01-15", 5, 6));
        act(TestTokens.REGISTRAR, stay, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        as(TestTokens.POLRES_OFFICER).body("{\"nik\":\"" + nik + "\",\"arrestedOn\":\"" + LocalDate.now()
                        + "\",\"policeReportNumber\":\"LP/B/" + UUID.randomUUID() + "/2026\",\"article\":\"Pasal 363 KUHP\"}")
                .when().post("/api/v1/inmates/re-arrests").then().statusCode(201);
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.AUDITOR, TestTokens.POLRES_HEAD)) {
            as(token).queryParam("size", 100).when().get("/api/v1/inmates/re-arrests").then().statusCode(200)
                    .body("items.inmateId", hasItem(stay));
        }
        as(TestTokens.OTHER_FACILITY_REGISTRAR).queryParam("size", 100).when().get("/api/v1/inmates/re-arrests").then()
                .statusCode(200).body("items.inmateId", not(hasItem(stay)));
    }

    /**
     * Every operation of the service on a record, read from the OpenAPI document so a new one cannot
     * escape: to the head of another facility (who holds every Lapas role's actions), 404, and the
     * record unchanged. The facility directory, admission and re-arrests (Polres's) are not a record's.
     */
    @TestFactory
    @SuppressWarnings("unchecked")
    Stream<DynamicTest> everyOperationOnAnotherFacilitysRecordIs404() {
        String id = amuntaiWbp("Scope Walk");
        String findingId = UUID.randomUUID().toString();
        feed.send(LiaisonFeed.findingRecorded(findingId, id));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.SECURITY).queryParam("inmateId", id)
                .when().get("/api/v1/inmates/risk-reviews").then().body("total", equalTo(1)));
        String reviewId = as(TestTokens.SECURITY).queryParam("inmateId", id).when().get("/api/v1/inmates/risk-reviews")
                .then().extract().path("items[0].id");
        Number entryId = as(TestTokens.SECURITY).body("""
                        {"violation":"Kept a mobile phone in the cell","decisionNumber":"KPTS-F-%s","decisionDate":"%s",
                         "sanction":"Isolation (strafsel)","sanctionStart":"%s","sanctionEnd":"%s"}"""
                        .formatted(UUID.randomUUID(), LocalDate.now().minusDays(3), LocalDate.now().minusDays(3), LocalDate.now()))
                .when().post(INMATES + id + "/disciplinary-register").then().statusCode(201).extract().path("id");
        Map<String, String> records = Map.of("id", id, "reviewId", reviewId, "entryId", entryId.toString());
        String before = etag(id);
        int timeline = as(TestTokens.REGISTRAR).when().get(INMATES + id + "/timeline").then().extract().path("total");

        JsonPath openApi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        Map<String, Map<String, Object>> examples = openApi.getMap("components.examples");
        List<DynamicTest> walk = new ArrayList<>();
        for (var path : paths.entrySet()) {
            String template = path.getKey();
            if (template.contains("/facilities") || template.startsWith("/api/v1/inmates/re-arrests")) {
                continue;
            }
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase();
                if (!Set.of("GET", "POST", "PUT", "DELETE", "PATCH").contains(method)) {
                    continue;
                }
                String name = method + " " + template;
                if (!PARAMETER.matcher(template).find()) {
                    walk.add(DynamicTest.dynamicTest(name + " has no record", () -> assertThat(WITHOUT_A_RECORD).contains(name)));
                    continue;
                }
                walk.add(DynamicTest.dynamicTest(name, () -> {
                    RequestSpecification request = as(TestTokens.OTHER_FACILITY_HEAD).header("If-Match", before)
                            .header("Idempotency-Key", UUID.randomUUID().toString());
                    String body = exampleBody(operation.getValue(), examples);
                    if (body != null) {
                        request.body(body);
                    }
                    var response = request.when().request(method, concrete(template, records));
                    assertThat(response.statusCode()).as(name + " answered " + response.body().asString()).isEqualTo(404);
                    assertThat(response.contentType()).as(name).startsWith(PROBLEM);
                }));
            }
        }
        walk.add(DynamicTest.dynamicTest("the record is unchanged", () -> {
            assertThat(etag(id)).isEqualTo(before);
            as(TestTokens.REGISTRAR).when().get(INMATES + id + "/timeline").then().body("total", equalTo(timeline));
            as(TestTokens.SECURITY).when().get(INMATES + id + "/disciplinary-register").then().body("items[0].annulled", equalTo(false));
            as(TestTokens.SECURITY).queryParam("inmateId", id).when().get("/api/v1/inmates/risk-reviews").then()
                    .body("items[0].resolvedAt", equalTo(null));
        }));
        return walk.stream();
    }

    private static String concrete(String template, Map<String, String> records) {
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = records.get(parameter.group(1));
            assertThat(value).as("a record for {" + parameter.group(1) + "} of " + template).isNotNull();
            parameter.appendReplacement(path, value);
        }
        parameter.appendTail(path);
        return path.toString();
    }

    /** The operation's first request example, so that a valid request meets the scope and nothing else first. */
    @SuppressWarnings("unchecked")
    private static String exampleBody(Map<String, Object> operation, Map<String, Map<String, Object>> examples) {
        Map<String, Object> requestBody = (Map<String, Object>) operation.get("requestBody");
        if (requestBody == null) {
            return null;
        }
        Map<String, Map<String, Object>> content = (Map<String, Map<String, Object>>) requestBody.get("content");
        Map<String, Object> json = content.values().iterator().next();
        Map<String, Map<String, Object>> named = (Map<String, Map<String, Object>>) json.get("examples");
        if (named == null || named.isEmpty()) {
            return "{}";
        }
        Map<String, Object> example = named.values().iterator().next();
        Object ref = example.get("$ref");
        Object value = ref == null ? example.get("value")
                : examples.get(ref.toString().substring(ref.toString().lastIndexOf('/') + 1)).get("value");
        String body = value instanceof String text ? text : new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(value).toString();
        // The examples' dates may lie ahead of today, which the bean validation refuses (400) before any record is read.
        return DATE.matcher(body).replaceAll(LocalDate.now().minusDays(1).toString());
    }
}
