package id.sinergi.liaison;

import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.liaison.domain.Notification;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.RecordedEvents;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * Issue 22 point 1: sinergi-admin keeps the Polres directory; a regency has one unit; a change routes the
 * next release notice and is published. The units it makes cover codes no real regency has (99.xx).
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class PolresDirectoryTest {

    private static final String UNITS = "/api/v1/liaison/polres-units";

    private static String unit(String name, String... regencies) {
        StringBuilder list = new StringBuilder();
        for (String regency : regencies) {
            list.append(list.isEmpty() ? "" : ",").append("{\"code\":\"").append(regency).append("\",\"name\":\"Kabupaten ")
                    .append(regency).append("\"}");
        }
        return "{\"name\":\"" + name + "\",\"regencies\":[" + list + "]}";
    }

    @Test
    void theAdminCreatesAndReplacesAUnitAndTheNextNoticeGoesToIt() {
        String code = "POLRES-UJI-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String regency = "99." + (10 + (int) (Math.random() * 80));
        as(TestTokens.ADMIN).body(unit("Polres Uji", regency)).when().put(UNITS + "/" + code).then().statusCode(201)
                .header("ETag", "\"0\"").header("Location", endsWith(UNITS + "/" + code))
                .body("code", equalTo(code)).body("regencies[0].code", equalTo(regency)).body("updatedBy", equalTo("admin-1"));
        as(TestTokens.POLRES_OFFICER).when().get(UNITS).then().statusCode(200).body("code", hasItem(code));
        as(TestTokens.KANWIL_OFFICER).when().get(UNITS + "/" + code).then().statusCode(200).header("ETag", "\"0\"");

        UUID inmateId = Feed.admittedHighRisk();
        ReleasePlanRoutingTest.releasePlanned(inmateId, regency, "Kabupaten Uji");
        Feed.releaseDue(inmateId, LocalDate.now().plusDays(30), 30);
        Feed.awaitApplied(() -> !notices(inmateId).isEmpty());
        assertThat(notices(inmateId).get(0).recipient).isEqualTo(code);

        as(TestTokens.ADMIN).body(unit("Polres Uji Baru", regency)).when().put(UNITS + "/" + code).then().statusCode(428);
        as(TestTokens.ADMIN).header("If-Match", "\"7\"").body(unit("Polres Uji Baru", regency)).when().put(UNITS + "/" + code)
                .then().statusCode(412);
        as(TestTokens.ADMIN).header("If-Match", "\"0\"").body(unit("Polres Uji Baru", regency)).when().put(UNITS + "/" + code)
                .then().statusCode(200).header("ETag", "\"1\"").body("name", equalTo("Polres Uji Baru"));

        List<JsonNode> events = RecordedEvents.events(code, "liaison.polres-unit-changed");
        assertThat(events).hasSize(2);
        assertThat(events.get(1).at("/unit/name").asText()).isEqualTo("Polres Uji Baru");
        assertThat(events.get(1).at("/unit/regencies/0/code").asText()).isEqualTo(regency);

        // The unit lets its regency go; another takes it.
        String other = code + "-B";
        as(TestTokens.ADMIN).body(unit("Polres Uji B", regency)).when().put(UNITS + "/" + other).then().statusCode(409)
                .contentType("application/problem+json").body("type", endsWith("/regency-covered")).body("unit", equalTo(code));
        as(TestTokens.ADMIN).header("If-Match", "\"1\"").body(unit("Polres Uji Baru", "98." + regency.substring(3)))
                .when().put(UNITS + "/" + code).then().statusCode(200);
        as(TestTokens.ADMIN).body(unit("Polres Uji B", regency)).when().put(UNITS + "/" + other).then().statusCode(201);
    }

    @Test
    void aRegencyOfAnotherUnitIsAConflictAndBadInputIsRefused() {
        as(TestTokens.ADMIN).body(unit("Polres Uji", "63.08")).when().put(UNITS + "/POLRES-UJI-HSU").then().statusCode(409)
                .body("detail", containsString("POLRES-HSU"));
        as(TestTokens.ADMIN).header("If-Match", "\"0\"").body(unit("Polres Uji", "99.99")).when().put(UNITS + "/POLRES-UJI-NEW")
                .then().statusCode(412);
        as(TestTokens.ADMIN).body(unit("Polres Uji", "6309")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(400);
        as(TestTokens.ADMIN).body(unit("Polres Uji")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(400);
        as(TestTokens.ADMIN).body(unit("", "99.98")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(400);
        as(TestTokens.ADMIN).body(unit("Polres Uji", "99.97", "99.97")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(422);
        as(TestTokens.ADMIN).body(unit("Polres Uji", "99.96")).when().put(UNITS + "/polres uji").then().statusCode(400);
        as(TestTokens.ADMIN).when().get(UNITS + "/POLRES-UJI-X").then().statusCode(404);
        as(TestTokens.LAPAS_HEAD).body(unit("Polres Uji", "99.95")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(403);
        as(TestTokens.KANWIL_OFFICER).body(unit("Polres Uji", "99.95")).when().put(UNITS + "/POLRES-UJI-X").then().statusCode(403);
        as(TestTokens.POLRES_HEAD).when().get(UNITS + "/POLRES-HSU").then().statusCode(200)
                .body("regencies[0].code", equalTo("63.08")).body("name", equalTo("Polres Hulu Sungai Utara"));
    }

    private static List<Notification> notices(UUID inmateId) {
        return QuarkusTransaction.requiringNew().call(() -> Notification.list("inmateId", inmateId));
    }
}
