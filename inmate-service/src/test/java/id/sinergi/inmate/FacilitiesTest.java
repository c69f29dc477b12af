package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.inmate.domain.Inmate;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static id.sinergi.inmate.Register.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** The region's facility directory: read by everyone, written by sinergi-admin, told to the other services. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class FacilitiesTest {

    private static final String PATH = "/api/v1/inmates/facilities";
    private static final String PROBLEM = "application/problem+json";

    static String body(String name, String kind, String facilityClass, String zone, String regencyCode) {
        return """
                {"name":"%s","kind":"%s","facilityClass":"%s","timeZone":"%s","regencyCode":"%s","regencyName":"Kabupaten Balangan"}"""
                .formatted(name, kind, facilityClass, zone, regencyCode);
    }

    /** A code no test used before: a facility new to the directory. */
    static String newCode(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    /** Creates a facility as sinergi-admin, and returns its code. */
    static String created(String prefix) {
        String code = newCode(prefix);
        as(TestTokens.ADMIN).body(body("Lapas Kelas III " + code, "LAPAS", "III", "Asia/Makassar", "63.11"))
                .when().put(PATH + "/" + code).then().statusCode(201);
        return code;
    }

    @Test
    void everyRoleReadsTheSeededDirectory() {
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.POLRES_OFFICER, TestTokens.KANWIL_OFFICER, TestTokens.AUDITOR,
                TestTokens.ADMIN, TestTokens.OTHER_FACILITY_PROGRAM_OFFICER)) {
            as(token).when().get(PATH).then().statusCode(200)
                    .body("items.code", hasItems("LAPAS-AMUNTAI", "LAPAS-BARABAI", "LAPAS-BANJARMASIN", "RUTAN-KANDANGAN",
                            "LPKA-MARTAPURA", "BAPAS-BANJARMASIN"));
        }
        List<String> codes = as(TestTokens.POLRES_OFFICER).when().get(PATH).then().extract().jsonPath().getList("items.code", String.class);
        assertThat(codes).hasSizeGreaterThanOrEqualTo(15).isSorted();
        as(TestTokens.POLRES_OFFICER).when().get(PATH + "/LAPAS-AMUNTAI").then().statusCode(200)
                .header("ETag", org.hamcrest.Matchers.matchesPattern("\"\\d+\""))
                .body("name", equalTo("Lapas Kelas IIB Amuntai")).body("kind", equalTo("LAPAS")).body("facilityClass", equalTo("IIB"))
                .body("timeZone", equalTo("Asia/Makassar")).body("regencyCode", equalTo("63.08"))
                .body("regencyName", equalTo("Kabupaten Hulu Sungai Utara"));
        as(TestTokens.POLRES_OFFICER).when().get(PATH + "/LAPAS-NOWHERE").then().statusCode(404).contentType(PROBLEM);
        io.restassured.RestAssured.given().when().get(PATH).then().statusCode(401);
    }

    @Test
    void theMigrationToldTheOtherServicesOfEverySeededFacility() throws Exception {
        List<JsonNode> seeded = RecordedEvents.events("LAPAS-AMUNTAI", "inmate.facility-changed");
        assertThat(seeded).isNotEmpty();
        assertThat(seeded.get(0)).isEqualTo(new ObjectMapper().readTree("""
                {"facility":{"code":"LAPAS-AMUNTAI","name":"Lapas Kelas IIB Amuntai","kind":"LAPAS","facilityClass":"IIB",
                 "timeZone":"Asia/Makassar","regencyCode":"63.08","regencyName":"Kabupaten Hulu Sungai Utara"}}"""));
        long facilities = QuarkusTransaction.requiringNew().call(() -> (Long) Inmate.getEntityManager()
                .createQuery("SELECT count(e) FROM OutboxEvent e WHERE e.eventType = 'inmate.facility-changed' AND e.aggregateId IN "
                        + "(SELECT f.code FROM Facility f WHERE f.updatedBy = 'migration:V15')").getSingleResult());
        long seededFacilities = QuarkusTransaction.requiringNew().call(() -> (Long) Inmate.getEntityManager()
                .createQuery("SELECT count(f) FROM Facility f WHERE f.updatedBy = 'migration:V15'").getSingleResult());
        assertThat(facilities).as("one event per seeded facility").isGreaterThanOrEqualTo(seededFacilities);
        assertThat(seededFacilities).isGreaterThanOrEqualTo(15);
        // Rows the relay publishes like any other: the relay marks them published.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> Inmate.getEntityManager()
                        .createQuery("SELECT count(e) FROM OutboxEvent e WHERE e.eventType = 'inmate.facility-changed' "
                                + "AND e.aggregateId = 'LAPAS-AMUNTAI' AND e.publishedAt IS NULL", Long.class).getSingleResult() == 0));
    }

    @Test
    void onlySinergiAdminWritesTheDirectory() {
        String code = newCode("LAPAS-TEST");
        String body = body("Lapas Kelas III Test", "LAPAS", "III", "Asia/Makassar", "63.11");
        for (String token : List.of(TestTokens.REGISTRAR, TestTokens.LAPAS_HEAD, TestTokens.KANWIL_OFFICER, TestTokens.AUDITOR,
                TestTokens.POLRES_HEAD)) {
            as(token).body(body).when().put(PATH + "/" + code).then().statusCode(403).contentType(PROBLEM);
        }
        as(TestTokens.REGISTRAR).when().get(PATH + "/" + code).then().statusCode(404);
        assertThat(RecordedEvents.events(code, "inmate.facility-changed")).isEmpty();
    }

    @Test
    void aFacilityIsCreatedThenReplacedFromItsETag() {
        String code = newCode("RUTAN-TEST");
        for (String ifMatch : List.of("\"0\"", "*")) {
            as(TestTokens.ADMIN).header("If-Match", ifMatch).body(body("Rutan Kelas IIB Paringin", "RUTAN", "IIB", "Asia/Makassar", "63.11"))
                    .when().put(PATH + "/" + code).then().statusCode(412).contentType(PROBLEM);
        }
        as(TestTokens.ADMIN).body(body("Rutan Kelas IIB Paringin", "RUTAN", "IIB", "Asia/Makassar", "63.11"))
                .when().put(PATH + "/" + code).then().statusCode(201).header("ETag", "\"0\"")
                .header("Location", org.hamcrest.Matchers.endsWith(PATH + "/" + code))
                .body("code", equalTo(code)).body("kind", equalTo("RUTAN")).body("updatedBy", equalTo("admin-1"));
        as(TestTokens.POLRES_OFFICER).when().get(PATH + "/" + code).then().statusCode(200).header("ETag", "\"0\"");

        String replacement = body("Rutan Kelas IIA Paringin", "RUTAN", "IIA", "Asia/Jakarta", "63.11");
        as(TestTokens.ADMIN).body(replacement).when().put(PATH + "/" + code).then().statusCode(428).contentType(PROBLEM);
        as(TestTokens.ADMIN).header("If-Match", "\"7\"").body(replacement).when().put(PATH + "/" + code).then().statusCode(412);
        as(TestTokens.ADMIN).header("If-Match", "\"0\"").body(replacement).when().put(PATH + "/" + code).then().statusCode(200)
                .header("ETag", "\"1\"").body("facilityClass", equalTo("IIA")).body("timeZone", equalTo("Asia/Jakarta"));

        List<JsonNode> events = RecordedEvents.events(code, "inmate.facility-changed");
        assertThat(events).hasSize(2);
        assertThat(events.get(0).at("/facility/name").asText()).isEqualTo("Rutan Kelas IIB Paringin");
        assertThat(events.get(1).at("/facility/facilityClass").asText()).isEqualTo("IIA");
        assertThat(events.get(1).at("/facility/timeZone").asText()).isEqualTo("Asia/Jakarta");
        assertThat(events.get(1).at("/facility/code").asText()).isEqualTo(code);
    }

    @Test
    void aFacilityIsValidated() {
        String code = newCode("LAPAS-TEST");
        as(TestTokens.ADMIN).body(body("Lapas", "PRISON", "III", "Asia/Makassar", "63.11")).when().put(PATH + "/" + code)
                .then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.ADMIN).body(body("Lapas", "LAPAS", "IV", "Asia/Makassar", "63.11")).when().put(PATH + "/" + code)
                .then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.ADMIN).body(body("Lapas", "LAPAS", "III", "Asia/Makassar", "6311")).when().put(PATH + "/" + code)
                .then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.ADMIN).body(body("", "LAPAS", "III", "Asia/Makassar", "63.11")).when().put(PATH + "/" + code)
                .then().statusCode(400).contentType(PROBLEM);
        as(TestTokens.ADMIN).body(body("Lapas", "LAPAS", "III", "Asia/Makassar", "63.11")).when().put(PATH + "/lapas-lower-case")
                .then().statusCode(400).contentType(PROBLEM);
        for (String zone : List.of("WITA", "Asia/Nowhere", "+08:00", "UTC+8")) {
            as(TestTokens.ADMIN).body(body("Lapas", "LAPAS", "III", zone, "63.11")).when().put(PATH + "/" + code)
                    .then().statusCode(422).contentType(PROBLEM).body("type", org.hamcrest.Matchers.endsWith("/invalid-time-zone"))
                    .body("field", equalTo("timeZone"));
        }
        as(TestTokens.POLRES_OFFICER).when().get(PATH + "/" + code).then().statusCode(404);
        assertThat(RecordedEvents.events(code, "inmate.facility-changed")).isEmpty();
    }

    @Test
    void aNewFacilityIsAtOnceWithinTheRegion() {
        String code = created("LAPAS-NEW");
        String id = Register.admitted(Register.convict("Sent To The New One"));
        Register.act(TestTokens.REGISTRAR, id, "transfer", "{\"toFacility\":\"" + code + "\",\"transferredOn\":\""
                + java.time.LocalDate.now() + "\"}").statusCode(200).body("status", equalTo("IN_TRANSIT"))
                .body("transferredTo", equalTo(code)).body("leftOn", org.hamcrest.Matchers.notNullValue());
        as(TestTokens.POLRES_OFFICER).when().get(PATH + "/" + code).then().statusCode(200).body("regencyCode", equalTo("63.11"));
    }
}
