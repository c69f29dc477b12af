package id.sinergi.liaison;

import id.sinergi.liaison.service.ActionItems;
import id.sinergi.liaison.service.Agreements;
import id.sinergi.liaison.service.DetentionRequests;
import id.sinergi.liaison.service.Incidents;
import id.sinergi.liaison.service.InfoRequests;
import id.sinergi.liaison.service.JointOperations;
import id.sinergi.liaison.service.Meetings;
import id.sinergi.liaison.service.Notifications;
import id.sinergi.liaison.service.OtherCases;
import id.sinergi.liaison.service.PoliceLoans;
import id.sinergi.liaison.service.Releases;
import id.sinergi.liaison.service.ReportLists;
import id.sinergi.liaison.webhook.service.Subscriptions;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.OpenApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.liaison.AgreementTest.AGREEMENTS;
import static id.sinergi.liaison.AgreementTest.draft;
import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;

/** Agreements as a list to sync from: sort, updatedSince, cursor and next, the sync order; 304 on a record. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ListSyncTest {

    private static final String PROBLEMS = "https://sinergi.id/problems/";

    /** A word of this test's own in the agreements' numbers, so {@code q} lists only them. */
    private static String batch() {
        return "SYNC" + UUID.randomUUID().toString().substring(0, 6).replace("-", "");
    }

    private static String drafted(String batch, int n, LocalDate validTo) {
        return as(TestTokens.LIAISON).body(draft("B/" + batch + "-" + n + "/2026", LocalDate.now().minusYears(1), validTo, "POLRES-HSU"))
                .when().post(AGREEMENTS).then().statusCode(201).extract().path("id");
    }

    private static ExtractableResponse<Response> list(String pathAndQuery) {
        return as(TestTokens.LIAISON).when().get(pathAndQuery).then().statusCode(200).extract();
    }

    private static List<String> ids(String pathAndQuery) {
        return list(pathAndQuery).jsonPath().getList("items.id", String.class);
    }

    @Test
    void agreementsSortAsAskedAndPageByCursorKeepingTheSearch() {
        String batch = batch();
        LocalDate today = LocalDate.now();
        String late = drafted(batch, 1, today.plusDays(90));
        String early = drafted(batch, 2, today.plusDays(10));
        String middle = drafted(batch, 3, today.plusDays(50));

        assertThat(ids(AGREEMENTS + "?q=" + batch)).containsExactly(early, middle, late);
        assertThat(ids(AGREEMENTS + "?q=" + batch + "&sort=-validTo")).containsExactly(late, middle, early);
        assertThat(ids(AGREEMENTS + "?q=" + batch + "&sort=createdAt")).containsExactly(late, early, middle);

        List<String> read = new ArrayList<>();
        String next = AGREEMENTS + "?q=" + batch + "&sort=-validTo&size=2";
        while (next != null) {
            ExtractableResponse<Response> page = list(next);
            read.addAll(page.jsonPath().getList("items.id", String.class));
            assertThat(page.jsonPath().getInt("total")).isEqualTo(3);
            next = page.jsonPath().getString("next");
            if (next != null) {
                assertThat(next).startsWith(AGREEMENTS + "?q=" + batch + "&sort=-validTo&size=2&cursor=");
                assertThat(page.header("Link")).isEqualTo("<" + next + ">; rel=\"next\"");
            }
        }
        assertThat(read).containsExactly(late, middle, early);
    }

    @Test
    void updatedSinceAndTheSyncOrderListWhatChanged() {
        String batch = batch();
        String first = drafted(batch, 1, LocalDate.now().plusDays(30));
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String second = drafted(batch, 2, LocalDate.now().plusDays(30));
        assertThat(ids(AGREEMENTS + "?q=" + batch + "&updatedSince=" + since)).containsExactly(second);

        ExtractableResponse<Response> synced = list(AGREEMENTS + "?q=" + batch + "&sort=changes");
        assertThat(synced.jsonPath().getList("items.id", String.class)).containsExactly(first, second);
        String cursor = synced.jsonPath().getString("cursor");
        assertThat(ids(AGREEMENTS + "?q=" + batch + "&cursor=" + cursor)).isEmpty();

        act(TestTokens.LAPAS_HEAD, AGREEMENTS + "/" + first, "activate", null).then().statusCode(200);
        ExtractableResponse<Response> changed = list(AGREEMENTS + "?q=" + batch + "&cursor=" + cursor);
        assertThat(changed.jsonPath().getList("items.id", String.class)).containsExactly(first);
        assertThat(changed.jsonPath().getString("items[0].state")).isEqualTo("ACTIVE");
    }

    @Test
    void anUnknownSortOrAGarbledCursorIsA400NamingIt() {
        as(TestTokens.LIAISON).when().get(AGREEMENTS + "?sort=title").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-query-parameter")).body("field", equalTo("sort"));
        as(TestTokens.LIAISON).when().get(AGREEMENTS + "?cursor=bm90LWEtY3Vyc29y").then().statusCode(400)
                .body("type", equalTo(PROBLEMS + "invalid-query-parameter")).body("field", equalTo("cursor"));
        as(TestTokens.AUDITOR).when().get("/api/v1/liaison/population?on=2026-11-30&updatedSince=2026-11-01T00:00:00Z")
                .then().statusCode(400).body("field", equalTo("updatedSince"));
    }

    @Test
    void anAgreementNotModifiedIs304() {
        String path = AGREEMENTS + "/" + drafted(batch(), 1, LocalDate.now().plusDays(30));
        String etag = Api.etag(TestTokens.LIAISON, path);
        as(TestTokens.LIAISON).header("If-None-Match", etag).when().get(path).then()
                .statusCode(304).header("ETag", etag).body(emptyOrNullString());
        act(TestTokens.LAPAS_HEAD, path, "activate", null).then().statusCode(200);
        as(TestTokens.LIAISON).header("If-None-Match", etag).when().get(path).then().statusCode(200).body("state", equalTo("ACTIVE"));
    }

    @Test
    void everyListDocumentsExactlyTheSortValuesItTakes() {
        Map<String, List<String>> documented = documentedSortValues();
        Map.ofEntries(
                Map.entry("listActionItems", ActionItems.ORDER.sortValues()),
                Map.entry("listAgreements", Agreements.ORDER.sortValues()),
                Map.entry("listDetentionRequests", DetentionRequests.ORDER.sortValues()),
                Map.entry("listIncidents", Incidents.ORDER.sortValues()),
                Map.entry("listInfoRequests", InfoRequests.ORDER.sortValues()),
                Map.entry("listJointOperations", JointOperations.ORDER.sortValues()),
                Map.entry("listMeetings", Meetings.ORDER.sortValues()),
                Map.entry("listNotifications", Notifications.ORDER.sortValues()),
                Map.entry("listOtherCases", OtherCases.ORDER.sortValues()),
                Map.entry("listPoliceLoans", PoliceLoans.ORDER.sortValues()),
                Map.entry("listReleases", Releases.ORDER.sortValues()),
                Map.entry("listPopulation", ReportLists.POPULATION_ORDER.sortValues()),
                Map.entry("listAdmissions", ReportLists.ADMISSION_ORDER.sortValues()),
                Map.entry("listIntegrations", ReportLists.INTEGRATION_ORDER.sortValues()),
                Map.entry("listEscapes", Notifications.ORDER.sortValues()),
                Map.entry("listProgrammesRun", ReportLists.PROGRAMME_RUN_ORDER.sortValues()),
                Map.entry("listProgrammeCompletions", ReportLists.COMPLETION_ORDER.sortValues()),
                Map.entry("listSubscriptions", Subscriptions.ORDER.sortValues()),
                Map.entry("listSubscriptionDeliveries", Subscriptions.DELIVERY_ORDER.sortValues())).forEach((operation, values) ->
                assertThat(documented.get(operation)).as("sort values of %s", operation).isEqualTo(values));
    }

    /** The values each operation's {@code sort} parameter documents, by operation id. */
    private static Map<String, List<String>> documentedSortValues() {
        return OpenApiContract.parameterEnumerations(given().queryParam("format", "json").when().get("/q/openapi").then()
                .statusCode(200).extract().asString(), "sort");
    }
}
