package id.sinergi.inmate;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Issue 20 point 8: offences under every code in force, categorised from the offence table. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class OffencesTest {

    private static String admission(String offences) {
        return """
                {"fullName":"Rahmat Hidayat","nik":"%s","sex":"MALE","nationality":"IDN","registerClass":"B.I",
                 "offences":%s,
                 "sentence":{"start":"2026-02-01","years":3,"months":0,"days":0},"cellBlock":"A-1","riskLevel":"MEDIUM"}"""
                .formatted(randomNik(), offences);
    }

    @Test
    void newKuhpAndSpecialLawOffencesGetTheirCategories() {
        JsonPath admitted = admit(admission("""
                [{"article":"Pasal 476","law":"KUHP","description":"Pencurian, case begun 2026"},
                 {"article":"Pasal 362","law":"KUHP","caseBegunOn":"2025-12-30"},
                 {"article":"Pasal 459","law":"UU No. 1 Tahun 2023"},
                 {"article":"Pasal 114 ayat (1)","law":"UU 35/2009 tentang Narkotika"},
                 {"article":"Pasal 3","law":"UU 8/2010"},
                 {"article":"Pasal 6 huruf c","law":"UU 12/2022"},
                 {"article":"Pasal 2 ayat (1)","law":"UU 31/1999 jo. UU 20/2001"}]"""))
                .then().statusCode(201).extract().jsonPath();

        assertThat(admitted.getList("offences.lawCode")).containsExactly(
                "UU-1-2023", "KUHP", "UU-1-2023", "UU-35-2009", "UU-8-2010", "UU-12-2022", "UU-31-1999");
        assertThat(admitted.getList("offences.category")).containsExactly(
                "PROPERTY_CRIME", "PROPERTY_CRIME", "VIOLENT_CRIME", "NARCOTICS", "MONEY_LAUNDERING", "SEXUAL_VIOLENCE", "CORRUPTION");
        assertThat(admitted.getList("offences.articleRef")).containsExactly("476", "362", "459", "114", "3", "6", "2");
        assertThat(admitted.getString("offences[0].article")).as("the offence as written stays").isEqualTo("Pasal 476");

        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + admitted.getString("id")).then().statusCode(200)
                .body("offences[3].category", equalTo("NARCOTICS"));
    }

    @Test
    void anArticleTheTableDoesNotKnowIsOtherAndListedWithItsCount() {
        String article = "Pasal " + ThreadLocalRandom.current().nextInt(700, 9000) + "B";
        String offence = "[{\"article\":\"" + article + "\",\"law\":\"UU 99/2099 tentang Percobaan\"}]";
        admit(admission(offence)).then().statusCode(201)
                .body("offences[0].category", equalTo("OTHER"))
                .body("offences[0].lawCode", equalTo("UU-99-2099"));
        admit(admission(offence)).then().statusCode(201);

        String ref = article.substring("Pasal ".length());
        List<Map<String, Object>> gaps = as(TestTokens.REGISTRAR).when().get("/api/v1/offences/uncategorised")
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(gaps).filteredOn(g -> "UU-99-2099".equals(g.get("lawCode")) && ref.equals(g.get("article")))
                .singleElement().satisfies(g -> {
                    assertThat(g.get("count")).isEqualTo(2);
                    assertThat(g.get("lawAsWritten")).isEqualTo("UU 99/2099 tentang Percobaan");
                    assertThat(g.get("articleAsWritten")).isEqualTo(article);
                });
        assertThat(gaps).as("categorised offences are no gap").noneMatch(g -> "UU-35-2009".equals(g.get("lawCode")));

        as(TestTokens.HEAD).when().get("/api/v1/offences/uncategorised").then().statusCode(200);
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/offences/uncategorised").then().statusCode(403);
        io.restassured.RestAssured.given().when().get("/api/v1/offences/uncategorised").then().statusCode(401);
    }

    @Test
    void theTableIsServedToEveryRole() {
        as(TestTokens.POLRES_OFFICER).when().get("/api/v1/offences/categories").then().statusCode(200)
                .body("law", hasItem("UU-1-2023"))
                .body("find { it.law == 'UU-35-2009' }.articleFrom", equalTo(111))
                .body("find { it.law == 'UU-35-2009' }.category", equalTo("NARCOTICS"))
                .body("find { it.law == 'UU-8-2010' }.articleFrom", nullValue());
    }
}
