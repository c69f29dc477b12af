package id.sinergi.inmate;

import id.sinergi.inmate.service.InmateRecords;
import id.sinergi.inmate.service.InmateSearch;
import id.sinergi.inmate.service.ReArrests;
import id.sinergi.inmate.service.RiskReviews;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** The register as a list to sync from: sort, updatedSince, cursor and next, and 304 on a record. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ListSyncTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";

    /** A cell block of this test's own, so the list holds only its WBP. */
    private static String block() {
        return "S-" + UUID.randomUUID().toString().substring(0, 6);
    }

    private static String admittedTo(String block, String name) {
        return admitted(convict(name, randomNik(), "2026-01-15", 2, 0).replace("\"A-2\"", "\"" + block + "\""));
    }

    private static ExtractableResponse<Response> list(String pathAndQuery) {
        return as(TestTokens.REGISTRAR).when().get(pathAndQuery).then().statusCode(200).extract();
    }

    @Test
    void sortOrdersByTheNamedFieldEitherWayWithTheIdLast() {
        String block = block();
        String first = admittedTo(block, "Urutan Pertama");
        String second = admittedTo(block, "Urutan Kedua");
        String third = admittedTo(block, "Urutan Ketiga");

        assertThat(list("/api/v1/inmates?cellBlock=" + block + "&sort=createdAt").jsonPath().getList("items.id", String.class))
                .containsExactly(first, second, third);
        assertThat(list("/api/v1/inmates?cellBlock=" + block + "&sort=-createdAt").jsonPath().getList("items.id", String.class))
                .containsExactly(third, second, first);
        List<String> byNumber = list("/api/v1/inmates?cellBlock=" + block + "&sort=-registerNumber").jsonPath()
                .getList("items.registerNumber", String.class);
        assertThat(byNumber).isSortedAccordingTo((a, b) -> b.compareTo(a)).hasSize(3);
    }

    @Test
    void updatedSinceListsOnlyWhatChangedAtOrAfterIt() {
        String block = block();
        String before = admittedTo(block, "Sebelum Batas");
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String after = admittedTo(block, "Sesudah Batas");

        assertThat(as(TestTokens.REGISTRAR).queryParam("cellBlock", block).queryParam("updatedSince", since.toString())
                .when().get("/api/v1/inmates").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactly(after)
                .doesNotContain(before);
    }

    @Test
    void followingNextReadsEveryItemOnceInOrderKeepingFiltersSortAndSize() {
        String block = block();
        List<String> admitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            admitted.add(admittedTo(block, "Halaman Ke" + "abcde".charAt(i)));
        }
        List<String> read = new ArrayList<>();
        String next = "/api/v1/inmates?cellBlock=" + block + "&sort=createdAt&size=2";
        int pages = 0;
        while (next != null) {
            ExtractableResponse<Response> page = list(next);
            read.addAll(page.jsonPath().getList("items.id", String.class));
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(next).startsWith("/api/v1/inmates?").contains("cellBlock=" + block, "sort=createdAt", "size=2", "cursor=")
                        .doesNotContain("page=");
                assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
                assertThat(page.jsonPath().getString("cursor")).isNotBlank();
                assertThat(page.jsonPath().getInt("total")).isEqualTo(5);
            } else {
                assertThat(page.header("Link")).isNull();
            }
            pages++;
        }
        assertThat(read).containsExactlyElementsOf(admitted);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void theSyncOrderReadsEachChangeOnceAndAChangedRecordAgainAfterItsChange() {
        String block = block();
        String one = admittedTo(block, "Salinan Satu");
        String two = admittedTo(block, "Salinan Dua");
        ExtractableResponse<Response> first = list("/api/v1/inmates?cellBlock=" + block + "&sort=changes");
        assertThat(first.jsonPath().getList("items.id", String.class)).containsExactly(one, two);
        assertThat(first.jsonPath().getString("next")).isNull();
        String cursor = first.jsonPath().getString("cursor");

        // Nothing changed: the cursor reads nothing, and stays where it was.
        ExtractableResponse<Response> nothing = list("/api/v1/inmates?cellBlock=" + block + "&cursor=" + cursor);
        assertThat(nothing.jsonPath().getList("items")).isEmpty();
        assertThat(nothing.jsonPath().getString("cursor")).isEqualTo(cursor);

        Register.act(TestTokens.SECURITY, one, "risk-assessments", "{\"level\":\"MEDIUM\",\"reason\":\"Kooperatif\"}").statusCode(200);
        ExtractableResponse<Response> changed = list("/api/v1/inmates?cellBlock=" + block + "&cursor=" + cursor);
        assertThat(changed.jsonPath().getList("items.id", String.class)).containsExactly(one);
        assertThat(changed.jsonPath().getString("items[0].riskLevel")).isEqualTo("MEDIUM");
    }

    @Test
    void anUnknownSortIsA400NamingSort() {
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?sort=fullName").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(PROBLEMS + "invalid-query-parameter"))
                .body("field", equalTo("sort"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?sort=-changes").then().statusCode(400).body("field", equalTo("sort"));
    }

    @Test
    void aGarbledOrForgedCursorIsA400NamingCursor() {
        for (String cursor : List.of("garbage!", "bm90IGEgY3Vyc29y", "MQpjaGFuZ2VzCm5vdC1hLXV1aWQKKzc0NQ", "MQpuYW1lCng")) {
            as(TestTokens.REGISTRAR).queryParam("cursor", cursor).when().get("/api/v1/inmates").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo(PROBLEMS + "invalid-query-parameter"))
                    .body("field", equalTo("cursor"));
        }
        String block = block();
        admittedTo(block, "Kursor Satu");
        admittedTo(block, "Kursor Dua");
        String cursor = list("/api/v1/inmates?cellBlock=" + block + "&sort=createdAt&size=1").jsonPath().getString("cursor");
        // A position in one order is no position in another; nor does it go with a page number.
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?sort=registerNumber&cursor=" + cursor).then().statusCode(400)
                .body("field", equalTo("cursor"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?page=2&cursor=" + cursor).then().statusCode(400)
                .body("field", equalTo("page"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?updatedSince=yesterday").then().statusCode(400)
                .body("field", equalTo("updatedSince"));
    }

    @Test
    void aRecordNotModifiedSinceItsEtagIs304WithTheEtagAndNoBody() {
        String id = admittedTo(block(), "Tidak Berubah");
        String etag = Register.etag(id);

        for (String ifNoneMatch : List.of(etag, "W/" + etag, "\"999\", " + etag, "*")) {
            as(TestTokens.REGISTRAR).header("If-None-Match", ifNoneMatch).when().get("/api/v1/inmates/" + id).then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .body(emptyOrNullString());
        }
        as(TestTokens.REGISTRAR).header("If-None-Match", "\"999\"").when().get("/api/v1/inmates/" + id).then()
                .statusCode(200).header("ETag", etag).body("id", equalTo(id));

        Register.act(TestTokens.SECURITY, id, "risk-assessments", "{\"level\":\"LOW\",\"reason\":\"Berkelakuan baik\"}").statusCode(200);
        as(TestTokens.REGISTRAR).header("If-None-Match", etag).when().get("/api/v1/inmates/" + id).then()
                .statusCode(200).body("riskLevel", equalTo("LOW"));
    }

    @Test
    void aViewWithoutAVersionIsTaggedByItsContentAndIs304WhileItIsUnchanged() throws NoSuchAlgorithmException {
        String path = "/api/v1/inmates/" + admittedTo(block(), "Register F") + "/disciplinary-register";
        ExtractableResponse<Response> read = as(TestTokens.SECURITY).when().get(path).then().statusCode(200)
                .contentType(ContentType.JSON).extract();
        String tag = read.header("ETag");
        // The tag is the hash of the very bytes the client received (SHA-256, first 128 bits).
        assertThat(tag).isEqualTo("W/\"" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOf(sha256(read.asByteArray()), 16)) + "\"");
        as(TestTokens.SECURITY).header("If-None-Match", tag).when().get(path).then()
                .statusCode(304).header("ETag", tag).body(emptyOrNullString());

        as(TestTokens.SECURITY).body("""
                        {"violation":"Kept a mobile phone in the cell","decisionNumber":"KPTS-F-%s","decisionDate":"%s",
                         "sanction":"Isolation (strafsel)","sanctionStart":"%s","sanctionEnd":"%s"}"""
                        .formatted(UUID.randomUUID(), LocalDate.now().minusDays(3), LocalDate.now().minusDays(3), LocalDate.now()))
                .when().post(path).then().statusCode(201);
        as(TestTokens.SECURITY).header("If-None-Match", tag).when().get(path).then()
                .statusCode(200).header("ETag", not(equalTo(tag))).body("items", hasSize(1));
        as(TestTokens.SECURITY).when().get("/api/v1/inmates?size=5").then().statusCode(200).header("ETag", nullValue());
    }

    private static byte[] sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }

    @Test
    void aNameSearchIsByClosenessAndTakesNoSortOrCursor() {
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?name=ahmad&sort=createdAt").then().statusCode(400)
                .body("field", equalTo("sort"));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates?name=ahmad").then().statusCode(200).body("next", nullValue());
    }

    @Test
    void everyListDocumentsExactlyTheSortValuesItTakes() {
        Map<String, List<String>> documented = documentedSortValues();
        Map.of(
                "searchInmates", InmateSearch.ORDER.sortValues(),
                "getTimeline", InmateRecords.TIMELINE_ORDER.sortValues(),
                "getRiskAssessments", InmateRecords.RISK_ASSESSMENT_ORDER.sortValues(),
                "listReArrests", ReArrests.ORDER.sortValues(),
                "listRiskReviews", RiskReviews.ORDER.sortValues()).forEach((operation, values) ->
                assertThat(documented.get(operation)).as("sort values of %s", operation).isEqualTo(values));
    }

    /** The values each operation's {@code sort} parameter documents, by operation id. */
    private static Map<String, List<String>> documentedSortValues() {
        return OpenApiContract.parameterEnumerations(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString(), "sort");
    }
}
