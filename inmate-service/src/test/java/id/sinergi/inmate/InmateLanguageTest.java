package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.etag;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same bad request answers in English by default and in Bahasa Indonesia when Accept-Language
 * asks for it: title, detail and validation messages translated, type, status and fields unchanged.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class InmateLanguageTest {

    @Test
    void aRuleOfTheRegisterIsTranslatedWithItsValues() {
        String id = admitted(convict("Bahasa"));
        JsonPath english = answer(as(TestTokens.REGISTRAR).header("If-Match", etag(id)).body("{\"toBlock\":\"A-2\"}")
                .post("/api/v1/inmates/" + id + "/move-cell"), "en", 422);
        JsonPath indonesian = answer(as(TestTokens.REGISTRAR).header("If-Match", etag(id)).header("Accept-Language", "id-ID")
                .body("{\"toBlock\":\"A-2\"}").post("/api/v1/inmates/" + id + "/move-cell"), "id", 422);

        assertThat(indonesian.getString("type")).isEqualTo(english.getString("type"))
                .isEqualTo("https://sinergi.id/problems/same-cell-block");
        assertThat(english.getString("title")).isEqualTo("Unprocessable Content");
        assertThat(english.getString("detail")).isEqualTo("the WBP is already in block A-2");
        assertThat(indonesian.getString("title")).isEqualTo("Konten Tidak Dapat Diproses");
        assertThat(indonesian.getString("detail")).isEqualTo("WBP sudah berada di blok A-2");
        assertThat(indonesian.getString("field")).isEqualTo(english.getString("field")).isEqualTo("toBlock");
    }

    @Test
    void aConstraintMessageOfTheRegisterFollowsAcceptLanguage() {
        String body = convict("Bahasa", "12345", "2026-01-15", 5, 6);
        JsonPath english = answer(as(TestTokens.REGISTRAR).body(body).post("/api/v1/inmates"), "en", 400);
        JsonPath indonesian = answer(as(TestTokens.REGISTRAR).header("Accept-Language", "id;q=0.9, en;q=0.8").body(body)
                .post("/api/v1/inmates"), "id", 400);

        assertThat(english.getString("violations.find { it.field == 'nik' }.message")).isEqualTo("must be exactly 16 digits");
        assertThat(indonesian.getString("violations.find { it.field == 'nik' }.message")).isEqualTo("harus tepat 16 digit");
    }

    @Test
    void aDetailComposedFromTheRuleTableIsTranslatedPartByPart() {
        String body = convict("Bahasa").replace("\"registerClass\":\"B.I\"", "\"registerClass\":\"B.IIb\"");
        JsonPath english = answer(as(TestTokens.REGISTRAR).body(body).post("/api/v1/inmates"), "en", 422);
        JsonPath indonesian = answer(as(TestTokens.REGISTRAR).header("Accept-Language", "id").body(body)
                .post("/api/v1/inmates"), "id", 422);

        String source = "Kepdirjenpas PAS-170.PK.01.01.02 Tahun 2015";
        assertThat(english.getString("detail")).startsWith("B.IIb does not fit a sentence of IMPRISONMENT of 5 years, 6 months, 0 days: "
                        + "B.IIb is for IMPRISONMENT up to 3 months (" + source)
                .contains("; this sentence goes in B.I: B.I is for IMPRISONMENT of more than 1 year (" + source);
        assertThat(indonesian.getString("detail")).startsWith("B.IIb tidak sesuai dengan pidana IMPRISONMENT 5 tahun, 6 bulan, 0 hari: "
                        + "B.IIb untuk IMPRISONMENT sampai dengan 3 bulan (" + source)
                .contains("; pidana ini masuk B.I: B.I untuk IMPRISONMENT lebih dari 1 tahun (" + source);
        assertThat(indonesian.getString("expectedRegisterClass")).isEqualTo(english.getString("expectedRegisterClass"))
                .isEqualTo("B.I");
    }

    @Test
    void aWbpOutOfScopeIsNamedInIndonesian() {
        JsonPath indonesian = answer(as(TestTokens.REGISTRAR).header("Accept-Language", "id")
                .get("/api/v1/inmates/00000000-0000-0000-0000-000000000001"), "id", 404);
        assertThat(indonesian.getString("detail"))
                .isEqualTo("WBP 00000000-0000-0000-0000-000000000001 tidak ada atau bukan dalam kewenangan Anda untuk dilihat");
    }

    private static JsonPath answer(Response response, String contentLanguage, int status) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("Content-Language")).isEqualTo(contentLanguage);
        return response.jsonPath();
    }
}
