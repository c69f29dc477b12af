package id.sinergi.platform;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bad request answers the same problem in English and, when Accept-Language asks for it,
 * in Bahasa Indonesia: type, status and members unchanged; title, detail and the validation
 * messages translated; Content-Language says which.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ProblemLanguageTest {

    private static final String INVALID_NOTE = "{\"text\":\"\",\"colour\":null}";

    @Test
    void validationMessagesAndTheirProblemFollowAcceptLanguage() {
        Function<RequestSpecification, Response> invalid = request -> request.auth().oauth2(TestTokens.REGISTRAR)
                .contentType(ContentType.JSON).body(INVALID_NOTE).post("/notes");

        JsonPath english = answer(invalid, null, "en", 400);
        JsonPath indonesian = answer(invalid, "id", "id", 400);

        assertThat(english.getString("type")).isEqualTo(indonesian.getString("type"))
                .isEqualTo("https://sinergi.id/problems/validation-failed");
        assertThat(english.getString("title")).isEqualTo("Bad Request");
        assertThat(indonesian.getString("title")).isEqualTo("Permintaan Tidak Valid");
        assertThat(english.getList("violations.message")).containsExactlyInAnyOrder("must not be blank", "must not be null");
        assertThat(indonesian.getList("violations.message")).containsExactlyInAnyOrder("tidak boleh kosong", "wajib diisi");
        assertThat(indonesian.getList("violations.field")).containsExactlyInAnyOrderElementsOf(english.getList("violations.field"));
        assertThat(answer(invalid, "id-ID", "id", 400).getList("violations.message")).contains("wajib diisi");
        assertThat(answer(invalid, "id;q=0.9, en;q=0.8", "id", 400).getList("violations.message")).contains("wajib diisi");
        assertThat(answer(invalid, "en;q=0.9, id;q=0.8", "en", 400).getList("violations.message")).contains("must not be null");
        assertThat(answer(invalid, "fr", "en", 400).getString("title")).isEqualTo("Bad Request");
    }

    @Test
    void aProblemOfTheServiceIsTranslatedWithItsValues() {
        Function<RequestSpecification, Response> unknown = request -> request.auth().oauth2(TestTokens.REGISTRAR)
                .get("/notes/6f1c1f7e-8a43-4b5e-9d55-000000000000");

        JsonPath english = answer(unknown, null, "en", 404);
        JsonPath indonesian = answer(unknown, "id-ID", "id", 404);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/not-found");
        assertThat(english.getString("title")).isEqualTo("Not Found");
        assertThat(english.getString("detail"))
                .isEqualTo("Note 6f1c1f7e-8a43-4b5e-9d55-000000000000 does not exist or is not yours to see");
        assertThat(indonesian.getString("title")).isEqualTo("Tidak Ditemukan");
        assertThat(indonesian.getString("detail"))
                .isEqualTo("Catatan 6f1c1f7e-8a43-4b5e-9d55-000000000000 tidak ada atau bukan dalam kewenangan Anda untuk dilihat");
    }

    @Test
    void thePlatformsOwnProblemsFollowAcceptLanguage() {
        JsonPath malformed = answer(request -> request.auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\": \"a\", ").post("/notes"), "id", "id", 400);
        assertThat(malformed.getString("type")).isEqualTo("https://sinergi.id/problems/malformed-json");
        assertThat(malformed.getString("detail")).startsWith("isi permintaan bukan JSON yang sah (baris 1, kolom ");

        JsonPath enumValue = answer(request -> request.auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"a\",\"colour\":\"PURPLE\"}").post("/notes"), "id", "id", 400);
        assertThat(enumValue.getString("detail")).isEqualTo("kolom 'colour' bernilai 'PURPLE', yang bukan salah satu dari: RED, GREEN");
        assertThat(enumValue.getString("field")).isEqualTo("colour");

        JsonPath unauthorized = answer(request -> request.get("/notes"), "id", "id", 401);
        assertThat(unauthorized.getString("title")).isEqualTo("Tidak Terautentikasi");
        assertThat(unauthorized.getString("detail")).isEqualTo("diperlukan token bearer yang sah dari penyedia identitas instansi");

        JsonPath forbidden = answer(request -> request.auth().oauth2(TestTokens.POLRES_OFFICER).get("/notes"), "id", "id", 403);
        assertThat(forbidden.getString("type")).isEqualTo("https://sinergi.id/problems/forbidden");
        assertThat(forbidden.getString("title")).isEqualTo("Akses Ditolak");

        JsonPath emptyQuery = answer(request -> request.auth().oauth2(TestTokens.REGISTRAR).get("/notes?page="), "id", "id", 400);
        assertThat(emptyQuery.getString("detail"))
                .isEqualTo("parameter kueri 'page' tidak bernilai; beri nilai, atau jangan sertakan parameter tersebut");

        JsonPath tooLarge = answer(request -> request.auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"" + "x".repeat(70 * 1024) + "\",\"colour\":\"RED\"}").post("/notes"), "id", "id", 413);
        assertThat(tooLarge.getString("detail")).isEqualTo("isi permintaan lebih besar daripada 65536 bita yang diterima layanan ini");
    }

    /** The answer to {@code call} with that Accept-Language (none when null), checked for status and Content-Language. */
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
        return response.jsonPath();
    }
}
