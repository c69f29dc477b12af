package id.sinergi.program;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.programme;
import static id.sinergi.program.Api.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bad request answers in English by default and in Bahasa Indonesia when Accept-Language
 * asks for it: title, detail and validation messages translated, type, status and fields unchanged.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ProgramLanguageTest {

    @Test
    void validationMessagesOfTheServiceAndOfTheStandardConstraintsFollowAcceptLanguage() {
        String body = programme("kes lower", 0, "", "");
        JsonPath english = answer(as(TestTokens.OFFICER).body(body).post("/api/v1/programs"), "en", 400);
        JsonPath indonesian = answer(as(TestTokens.OFFICER).header("Accept-Language", "id-ID").body(body)
                .post("/api/v1/programs"), "id", 400);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/validation-failed");
        assertThat(indonesian.getString("title")).isEqualTo("Permintaan Tidak Valid");
        assertThat(english.getString("violations.find { it.field == 'code' }.message"))
                .isEqualTo("must be 3 to 40 upper-case letters, digits or dashes");
        assertThat(indonesian.getString("violations.find { it.field == 'code' }.message"))
                .isEqualTo("harus terdiri atas 3 sampai 40 huruf kapital, angka, atau tanda hubung");
        assertThat(english.getString("violations.find { it.field == 'capacity' }.message"))
                .isEqualTo("must be greater than or equal to 1");
        assertThat(indonesian.getString("violations.find { it.field == 'capacity' }.message"))
                .isEqualTo("harus lebih besar dari atau sama dengan 1");
    }

    @Test
    void aRuleOfTheServiceIsTranslatedWithItsValues() {
        String code = uniqueCode("KES");
        as(TestTokens.OFFICER).body(programme(code, 5, "", "")).post("/api/v1/programs").then().statusCode(201);

        JsonPath english = answer(as(TestTokens.OFFICER).body(programme(code, 5, "", "")).post("/api/v1/programs"), "en", 409);
        JsonPath indonesian = answer(as(TestTokens.OFFICER).header("Accept-Language", "id;q=0.9, en;q=0.8")
                .body(programme(code, 5, "", "")).post("/api/v1/programs"), "id", 409);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/duplicate-code");
        assertThat(english.getString("title")).isEqualTo("Conflict");
        assertThat(english.getString("detail")).isEqualTo("a programme with code " + code + " already exists");
        assertThat(indonesian.getString("title")).isEqualTo("Konflik");
        assertThat(indonesian.getString("detail")).isEqualTo("program dengan kode " + code + " sudah ada");
        assertThat(indonesian.getString("field")).isEqualTo("code");
    }

    @Test
    void aRecordOutOfScopeIsNamedInIndonesian() {
        JsonPath indonesian = answer(as(TestTokens.OFFICER).header("Accept-Language", "id")
                .get("/api/v1/programs/00000000-0000-0000-0000-000000000001"), "id", 404);
        assertThat(indonesian.getString("detail"))
                .isEqualTo("Program 00000000-0000-0000-0000-000000000001 tidak ada atau bukan dalam kewenangan Anda untuk dilihat");
    }

    private static JsonPath answer(Response response, String contentLanguage, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Content-Language")).isEqualTo(contentLanguage);
        return response.jsonPath();
    }
}
