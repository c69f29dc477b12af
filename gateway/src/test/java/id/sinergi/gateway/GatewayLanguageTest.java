package id.sinergi.gateway;

import id.sinergi.local.DevTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own problems follow Accept-Language like the services': the same refusal in English
 * by default and in Bahasa Indonesia when asked, with the same type and status.
 */
@QuarkusTest
@WithTestResource(EchoUpstream.class)
class GatewayLanguageTest {

    private static String token(String role) {
        return DevTokens.mint("gw-lang-" + UUID.randomUUID(), role, "LAPAS", "LAPAS-AMUNTAI");
    }

    @Test
    void aMissingTokenIsRefusedInTheCallersLanguage() {
        Function<RequestSpecification, Response> call = request -> request.get("/api/v1/inmates");
        JsonPath english = answer(call, null, "en", 401);
        JsonPath indonesian = answer(call, "id", "id", 401);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/unauthorized");
        assertThat(english.getString("title")).isEqualTo("Unauthorized");
        assertThat(english.getString("detail")).isEqualTo("a valid bearer token from the agencies' identity provider is required");
        assertThat(indonesian.getString("title")).isEqualTo("Tidak Terautentikasi");
        assertThat(indonesian.getString("detail")).isEqualTo("diperlukan token bearer yang sah dari penyedia identitas instansi");
        assertThat(answer(call, "fr-FR, en;q=0.5", "en", 401).getString("title")).isEqualTo("Unauthorized");
    }

    @Test
    void theGatewaysOwnRefusalsNameTheirValuesInIndonesian() {
        String visitor = DevTokens.mint("gw-lang-" + UUID.randomUUID(), "visitor", "LAPAS", "LAPAS-AMUNTAI");
        assertThat(answer(request -> request.auth().oauth2(visitor).get("/api/v1/programs"), "id-ID", "id", 403)
                .getString("detail")).isEqualTo("peran dalam token tidak mengizinkan pemanggilan program-service");
        assertThat(answer(request -> request.auth().oauth2(visitor).get("/api/v1/programs"), null, "en", 403)
                .getString("detail")).isEqualTo("the token's roles do not allow calling program-service");

        JsonPath noRoute = answer(request -> request.auth().oauth2(token("lapas-registrar")).get("/api/v1/nothing-here"),
                "id", "id", 404);
        assertThat(noRoute.getString("title")).isEqualTo("Tidak Ditemukan");
        assertThat(noRoute.getString("detail")).isEqualTo("tidak ada layanan yang melayani /api/v1/nothing-here");

        JsonPath tooLong = answer(request -> request.auth().oauth2(token("lapas-registrar"))
                .get("/api/v1/inmates?q=" + "x".repeat(4_100)), "id", "id", 414);
        assertThat(tooLong.getString("detail")).startsWith("URI permintaan lebih panjang daripada 4000 karakter");
    }

    @Test
    void aServiceThatIsDownIsReportedInIndonesianWithTheSameTypeAndRetryAfter() {
        Function<RequestSpecification, Response> call = request -> request.auth().oauth2(token("lapas-liaison"))
                .get("/api/v1/liaison/summary");
        JsonPath english = answer(call, null, "en", 503);
        JsonPath indonesian = answer(call, "id;q=0.9, en;q=0.8", "id", 503);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/upstream-unavailable");
        assertThat(english.getString("detail")).isEqualTo("liaison-service is not reachable at the moment; retry later");
        assertThat(indonesian.getString("title")).isEqualTo("Layanan Tidak Tersedia");
        assertThat(indonesian.getString("detail")).isEqualTo("liaison-service tidak dapat dijangkau saat ini; ulangi nanti");
    }

    private static JsonPath answer(Function<RequestSpecification, Response> call, String acceptLanguage, String contentLanguage,
                                   int status) {
        RequestSpecification request = given();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        Response response = call.apply(request);
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Content-Language")).isEqualTo(contentLanguage);
        assertThat(response.header("Vary")).as("a cache keeps one answer per language").isEqualTo("Accept-Language");
        if (status == 503) {
            assertThat(response.header("Retry-After")).isEqualTo("5");
        }
        return response.jsonPath();
    }
}
