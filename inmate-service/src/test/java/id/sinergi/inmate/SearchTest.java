package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class SearchTest {

    /** Names unique to this test class, so other tests' admissions do not disturb the counts. */
    private static final String FAMILY = "Zulkarnaen" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "q");
    private static String nik;
    private static String registerNumber;

    /** Once per class; not in a static @BeforeAll, which would run before the application listens. */
    @BeforeEach
    void admitSome() {
        if (nik != null) {
            return;
        }
        nik = randomNik();
        String first = admitted(convict("Muhammad " + FAMILY, nik, "2026-01-15", 5, 6));
        registerNumber = as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + first).then().extract().path("registerNumber");
        admitted(convict("Bambang " + FAMILY, randomNik(), "2026-01-15", 2, 0).replace("\"HIGH\"", "\"LOW\""));
        admitted(convict("Rahmat Hidayat", randomNik(), "2026-01-15", 2, 0)
                .replace("\"aliases\":[\"Udin\"]", "\"aliases\":[\"Ucok " + FAMILY + "\"]"));
    }

    private static io.restassured.response.ValidatableResponse search(String token, String query) {
        return as(token).when().get("/api/v1/inmates?" + query).then();
    }

    @Test
    void aNameWithATypoFindsTheWbpBestMatchFirst() {
        String typo = "Muhamad " + FAMILY.substring(0, FAMILY.length() - 1) + "x";
        List<String> names = search(TestTokens.REGISTRAR, "name=" + typo).statusCode(200)
                .extract().jsonPath().getList("items.fullName");
        assertThat(names).isNotEmpty();
        assertThat(names.get(0)).isEqualTo("Muhammad " + FAMILY);
    }

    @Test
    void oneWordWithSwappedLettersFindsEveryoneWithThatWord() {
        String swapped = FAMILY.substring(0, 3) + FAMILY.charAt(4) + FAMILY.charAt(3) + FAMILY.substring(5);
        search(TestTokens.REGISTRAR, "name=" + swapped.toLowerCase()).statusCode(200)
                .body("items.fullName", hasItems("Muhammad " + FAMILY, "Bambang " + FAMILY, "Rahmat Hidayat"));
        search(TestTokens.REGISTRAR, "name=Muhammad Qqqqqqqq " + FAMILY).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aRenamedWbpIsFoundByTheNewNameOnly() {
        String before = "Sebelum" + letters();
        String after = "Sesudah" + letters();
        String id = admitted(convict(before + " Arsyad", randomNik(), "2026-01-15", 1, 0));
        String etag = Register.etag(id);
        as(TestTokens.REGISTRAR).header("If-Match", etag)
                .body("{\"fullName\":\"" + after + " Arsyad\",\"aliases\":[],\"nik\":\"" + randomNik() + "\",\"sex\":\"MALE\",\"nationality\":\"IDN\"}")
                .when().put("/api/v1/inmates/" + id + "/personal-details").then().statusCode(200);
        search(TestTokens.REGISTRAR, "name=" + after).statusCode(200).body("items.id", equalTo(List.of(id)));
        search(TestTokens.REGISTRAR, "name=" + before).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aNameLongerThanAnyNameIsRefused() {
        search(TestTokens.REGISTRAR, "name=a b c d e f g h i").statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("8 words"));
    }

    @Test
    void aNameFindsAliasesToo() {
        search(TestTokens.REGISTRAR, "name=ucok " + FAMILY.toLowerCase()).statusCode(200)
                .body("items.fullName", hasItem("Rahmat Hidayat"));
    }

    @Test
    void nikAndRegisterNumberMatchExactly() {
        search(TestTokens.REGISTRAR, "nik=" + nik).statusCode(200)
                .body("total", equalTo(1)).body("items[0].fullName", equalTo("Muhammad " + FAMILY));
        search(TestTokens.REGISTRAR, "registerNumber=" + registerNumber).statusCode(200)
                .body("total", equalTo(1)).body("items[0].registerNumber", equalTo(registerNumber));
    }

    @Test
    void filtersNarrowTheResult() {
        search(TestTokens.REGISTRAR, "name=" + FAMILY + "&riskLevel=LOW&registerClass=B.I").statusCode(200)
                .body("items.fullName", equalTo(List.of("Bambang " + FAMILY)));
        search(TestTokens.REGISTRAR, "status=IN_CUSTODY&registerClass=B.I&cellBlock=A-2&releaseFrom=2031-07-15&releaseTo=2031-07-15&size=100")
                .statusCode(200).body("items.expectedRelease", everyItem(equalTo("2031-07-15")))
                .body("items.fullName", hasItem("Muhammad " + FAMILY));
    }

    @Test
    void pagesAreStableAndSizeIsBounded() {
        List<String> all = search(TestTokens.REGISTRAR, "name=" + FAMILY + "&size=100").extract().jsonPath().getList("items.id");
        List<String> first = search(TestTokens.REGISTRAR, "name=" + FAMILY + "&size=2&page=0").extract().jsonPath().getList("items.id");
        List<String> second = search(TestTokens.REGISTRAR, "name=" + FAMILY + "&size=2&page=1").extract().jsonPath().getList("items.id");
        assertThat(first).hasSize(2);
        assertThat(concat(first, second)).containsExactlyElementsOf(all.subList(0, first.size() + second.size()));
        search(TestTokens.REGISTRAR, "size=101").statusCode(400).contentType("application/problem+json");
        search(TestTokens.REGISTRAR, "registerClass=Z.9").statusCode(400).contentType("application/problem+json");
        search(TestTokens.REGISTRAR, "releaseFrom=tomorrow").statusCode(400).body("field", equalTo("releaseFrom"));
        search(TestTokens.REGISTRAR, "riskLevel=EXTREME").statusCode(400).body("field", equalTo("riskLevel"));
    }

    @Test
    void everyRoleSearchesAndSeesTheBasicView() {
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.AUDITOR, TestTokens.PROGRAM_OFFICER)) {
            search(token, "nik=" + nik).statusCode(200)
                    .body("items[0].view", equalTo("BASIC"))
                    .body("items[0]", not(org.hamcrest.Matchers.hasKey("nik")));
        }
        io.restassured.RestAssured.given().when().get("/api/v1/inmates").then().statusCode(401);
    }

    /** Eight letters that no other name shares, so a fuzzy match cannot reach across names. */
    private static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^0-9]", "").chars().limit(8)
                .mapToObj(digit -> String.valueOf((char) ('a' + digit - '0'))).collect(java.util.stream.Collectors.joining());
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new java.util.ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void releaseWindowUsesTheDetentionEndOfDetainees() {
        LocalDate ends = LocalDate.now().plusDays(77);
        admitted(Register.detainee("Window " + FAMILY, "A.III", ends));
        search(TestTokens.REGISTRAR, "releaseFrom=" + ends + "&releaseTo=" + ends + "&name=" + FAMILY).statusCode(200)
                .body("items.fullName", equalTo(List.of("Window " + FAMILY)));
    }
}
