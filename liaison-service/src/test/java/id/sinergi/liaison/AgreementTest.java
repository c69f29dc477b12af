package id.sinergi.liaison;

import id.sinergi.liaison.domain.Agreement;
import id.sinergi.liaison.service.EscalationJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class AgreementTest {

    static final String AGREEMENTS = "/api/v1/liaison/agreements";

    @Inject
    EscalationJob job;

    static String draft(String number, LocalDate from, LocalDate to, String polresUnit) {
        return """
                {"kind":"PKS","number":"%s","title":"PKS pengamanan dan kesadaran hukum",
                 "parties":["Lapas Kelas IIB Amuntai","Polres Hulu Sungai Utara"],
                 "scope":"Pengamanan bersama dan razia gabungan","validFrom":"%s","validTo":"%s","polresUnit":%s}"""
                .formatted(number, from, to, polresUnit == null ? "null" : "\"" + polresUnit + "\"");
    }

    static String number() {
        return "B/" + UUID.randomUUID().toString().substring(0, 8) + "/2026";
    }

    /** Drafts an agreement as {@code token} and activates it; returns its path. */
    static String active(String token, LocalDate to) {
        String path = AGREEMENTS + "/" + as(token).body(draft(number(), LocalDate.now().minusYears(1), to, "POLRES-HSU"))
                .when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
        act(token, path, "activate", null).then().statusCode(200);
        return path;
    }

    @Test
    void anAgreementIsDraftedActivatedAndListedWhenAboutToExpire() {
        String number = number();
        String path = AGREEMENTS + "/" + as(TestTokens.LIAISON)
                .body(draft(number, LocalDate.now().minusYears(1), LocalDate.now().plusDays(20), "POLRES-HSU"))
                .when().post(AGREEMENTS).then().statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("allowedActions", contains("amend", "activate"))
                .extract().path("id");
        as(TestTokens.LIAISON).body(draft(number, LocalDate.now(), LocalDate.now().plusDays(5), null)).when().post(AGREEMENTS)
                .then().statusCode(409).body("type", equalTo("https://sinergi.id/problems/duplicate-agreement-number"));
        as(TestTokens.POLRES_OFFICER).when().get(path).then().statusCode(200);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);

        as(TestTokens.SECURITY).header("If-Match", "\"0\"").when().post(path + "/activate").then().statusCode(403);
        act(TestTokens.LAPAS_HEAD, path, "activate", null).then().statusCode(200)
                .body("state", equalTo("ACTIVE"))
                .body("daysToExpiry", equalTo(20))
                .body("activatedBy", equalTo("kalapas"));
        String far = active(TestTokens.LIAISON, LocalDate.now().plusDays(200));

        as(TestTokens.LIAISON).queryParam("expiringWithinDays", "30").queryParam("size", "100").when().get(AGREEMENTS).then()
                .statusCode(200).body("items.number", hasItem(number)).body("items.id", not(hasItem(far.substring(AGREEMENTS.length() + 1))));
        as(TestTokens.LIAISON).queryParam("q", number.substring(2, 10)).when().get(AGREEMENTS).then()
                .body("total", equalTo(1)).body("items[0].number", equalTo(number));
        as(TestTokens.LIAISON).queryParam("expiringWithinDays", "soon").when().get(AGREEMENTS).then().statusCode(400)
                .body("field", equalTo("expiringWithinDays"));

        act(TestTokens.LIAISON, path, "terminate", "{}").then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/reason-required"));
        act(TestTokens.LIAISON, path, "terminate", "{\"reason\":\"Diganti PKS baru\"}").then().statusCode(200)
                .body("state", equalTo("TERMINATED"))
                .body("endedBy", equalTo("liaison-1"));
    }

    @Test
    void anAgreementExpiresTheDayAfterItsLastDay() {
        String path = active(TestTokens.LIAISON, LocalDate.now().plusDays(1));
        UUID id = UUID.fromString(path.substring(AGREEMENTS.length() + 1));
        job.run(OffsetDateTime.now());
        as(TestTokens.LIAISON).when().get(path).then().body("state", equalTo("ACTIVE"));
        assertThat(job.run(OffsetDateTime.now().plusDays(3)).agreements()).isGreaterThanOrEqualTo(1);
        as(TestTokens.LIAISON).when().get(path).then().body("state", equalTo("EXPIRED")).body("allowedActions.size()", equalTo(0));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Agreement.<Agreement>findById(id).version)).isEqualTo(2);
    }

    @Test
    void badAgreementsAreRefusedWithTheReason() {
        as(TestTokens.LIAISON).body(draft(number(), LocalDate.now(), LocalDate.now().minusDays(1), null)).when().post(AGREEMENTS)
                .then().statusCode(422).body("type", equalTo("https://sinergi.id/problems/ends-before-start"));
        String ended = AGREEMENTS + "/" + as(TestTokens.LIAISON)
                .body(draft(number(), LocalDate.now().minusYears(2), LocalDate.now().minusDays(1), null))
                .when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, ended, "activate", null).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/validity-ended"));
        as(TestTokens.LIAISON).header("If-Match", "\"0\"").body(draft(number(), LocalDate.now(), LocalDate.now().plusYears(1), null))
                .when().put(ended).then().statusCode(200).header("ETag", "\"1\"");
        act(TestTokens.LIAISON, ended, "activate", null).then().statusCode(200);
        as(TestTokens.LIAISON).header("If-Match", "\"2\"").body(draft(number(), LocalDate.now(), LocalDate.now().plusYears(1), null))
                .when().put(ended).then().statusCode(409).body("allowedActions", contains("terminate"));
        as(TestTokens.POLRES_OFFICER).when().get(ended).then().statusCode(404);
        as(TestTokens.POLRES_OFFICER).body(draft(number(), LocalDate.now(), LocalDate.now(), null)).when().post(AGREEMENTS)
                .then().statusCode(403);
        as(TestTokens.LIAISON).body(draft(number(), LocalDate.now(), LocalDate.now(), null).replace("PKS\",", "SPK\","))
                .when().post(AGREEMENTS).then().statusCode(400);
    }
}
