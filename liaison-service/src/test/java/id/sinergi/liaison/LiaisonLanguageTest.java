package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static id.sinergi.liaison.AgreementTest.AGREEMENTS;
import static id.sinergi.liaison.AgreementTest.draft;
import static id.sinergi.liaison.AgreementTest.number;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bad request answers in English by default and in Bahasa Indonesia when Accept-Language
 * asks for it: title, detail and validation messages translated, type, status and fields unchanged.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class LiaisonLanguageTest {

    @Test
    void aRuleOfTheLiaisonIsTranslatedWithItsValues() {
        String number = number();
        as(TestTokens.LIAISON).body(draft(number, LocalDate.now(), LocalDate.now().plusDays(5), null)).post(AGREEMENTS)
                .then().statusCode(201);
        String again = draft(number, LocalDate.now(), LocalDate.now().plusDays(5), null);

        JsonPath english = answer(as(TestTokens.LIAISON).body(again).post(AGREEMENTS), "en", 409);
        JsonPath indonesian = answer(as(TestTokens.LIAISON).header("Accept-Language", "id").body(again).post(AGREEMENTS), "id", 409);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/duplicate-agreement-number");
        assertThat(english.getString("detail")).isEqualTo("an agreement numbered " + number + " is already recorded");
        assertThat(indonesian.getString("title")).isEqualTo("Konflik");
        assertThat(indonesian.getString("detail")).isEqualTo("perjanjian bernomor " + number + " sudah tercatat");
    }

    @Test
    void aConstraintMessageOfTheLiaisonFollowsAcceptLanguage() {
        String body = """
                {"name":"Polres Uji","regencies":[{"code":"6308","name":"Hulu Sungai Utara"}]}""";
        JsonPath english = answer(as(TestTokens.ADMIN).body(body).put("/api/v1/liaison/polres-units/POLRES-UJI"), "en", 400);
        JsonPath indonesian = answer(as(TestTokens.ADMIN).header("Accept-Language", "id-ID").body(body)
                .put("/api/v1/liaison/polres-units/POLRES-UJI"), "id", 400);

        assertThat(indonesian.getList("violations.field")).isEqualTo(english.getList("violations.field"));
        assertThat(english.getList("violations.message")).contains("must be a Kemendagri regency code, NN.NN");
        assertThat(indonesian.getList("violations.message")).contains("harus berupa kode kabupaten/kota Kemendagri, NN.NN");
    }

    @Test
    void aRecordOutOfScopeIsNamedInIndonesian() {
        JsonPath indonesian = answer(as(TestTokens.LIAISON).header("Accept-Language", "id;q=0.9, en;q=0.8")
                .get(AGREEMENTS + "/00000000-0000-0000-0000-000000000001"), "id", 404);
        assertThat(indonesian.getString("detail"))
                .isEqualTo("Perjanjian 00000000-0000-0000-0000-000000000001 tidak ada atau bukan dalam kewenangan Anda untuk dilihat");
    }

    private static JsonPath answer(Response response, String contentLanguage, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Content-Language")).isEqualTo(contentLanguage);
        return response.jsonPath();
    }
}
