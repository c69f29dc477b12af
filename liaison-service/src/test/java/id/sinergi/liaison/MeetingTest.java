package id.sinergi.liaison;

import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestClock;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.time.FacilityClock;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class MeetingTest {

    static final String MEETINGS = "/api/v1/liaison/meetings";
    static final String ITEMS = "/api/v1/liaison/action-items";

    @Inject
    FacilityClock calendar;

    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    static String schedule(String title, OffsetDateTime startsAt) {
        return """
                {"title":"%s","startsAt":"%s","place":"Aula Lapas Amuntai",
                 "agenda":["Evaluasi razia","Pengamanan Natal"],
                 "attendees":[{"name":"Kasat Samapta","agency":"Polres Hulu Sungai Utara","position":"Kasat"}]}"""
                .formatted(title, startsAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static String item(String agency, LocalDate due) {
        return """
                {"description":"Patroli tembok luar Blok C","ownerAgency":"%s","assignee":"Kasat Samapta","dueOn":"%s"}"""
                .formatted(agency, due);
    }

    static String minutes(String... items) {
        return """
                {"attendees":[{"name":"Kalapas","agency":"Lapas Amuntai","position":"Kepala"},
                              {"name":"Kasat Samapta","agency":"Polres HSU","position":"Kasat"}],
                 "minutes":"Razia menemukan dua telepon genggam.","decisions":["Razia gabungan setiap bulan"],
                 "actionItems":[%s]}""".formatted(String.join(",", items));
    }

    /** A meeting scheduled {@code daysAgo} days ago by {@code token}; returns its path. */
    static String scheduled(String token, String title, int daysAgo) {
        return MEETINGS + "/" + as(token).body(schedule(title, OffsetDateTime.now().minusDays(daysAgo))).when().post(MEETINGS)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void aMeetingIsHeldWithMinutesDecisionsAndActionItems() {
        String title = "Rakor " + System.nanoTime();
        String path = scheduled(TestTokens.LIAISON, title, 1);
        OffsetDateTime startsAt = OffsetDateTime.now().minusHours(3);
        // The meeting's day in the facility's calendar: three hours ago is yesterday just after midnight.
        LocalDate meetingDay = calendar.dateOf(startsAt.toInstant());
        as(TestTokens.LIAISON).header("If-Match", "\"0\"").body(schedule(title + " (diubah)", startsAt))
                .when().put(path).then().statusCode(200).header("ETag", "\"1\"").body("polresUnit", equalTo("POLRES-HSU"));
        act(TestTokens.LIAISON, path, "record-minutes", minutes(item("POLRES", meetingDay.minusDays(1)))).then()
                .statusCode(422).body("type", equalTo("https://sinergi.id/problems/due-before-meeting"))
                .body("field", equalTo("actionItems[0].dueOn"));
        Response held = act(TestTokens.LIAISON, path, "record-minutes",
                minutes(item("POLRES", LocalDate.now().plusDays(14)), item("LAPAS", LocalDate.now().plusDays(7))));
        held.then().statusCode(200)
                .body("state", equalTo("HELD"))
                .body("attendees.size()", equalTo(2))
                .body("decisions", contains("Razia gabungan setiap bulan"))
                .body("actionItems.ownerAgency", contains("LAPAS", "POLRES"))
                .body("allowedActions", contains("add-action-item"));
        String lapasItem = ITEMS + "/" + held.path("actionItems[0].id");
        String polresItem = ITEMS + "/" + held.path("actionItems[1].id");

        // Polres may start items, but only those its agency owns (the table's condition): 409 after If-Match.
        act(TestTokens.POLRES_OFFICER, lapasItem, "start", null).then().statusCode(409).body("state", equalTo("OPEN"));
        act(TestTokens.POLRES_OFFICER, polresItem, "start", null).then().statusCode(200).body("state", equalTo("IN_PROGRESS"));
        act(TestTokens.POLRES_OFFICER, polresItem, "cancel", "{\"reason\":\"x\"}").then().statusCode(403);
        act(TestTokens.POLRES_OFFICER, polresItem, "complete", "{\"note\":\"Patroli berjalan\"}").then().statusCode(200)
                .body("state", equalTo("DONE")).body("completedBy", equalTo("officer-7")).body("note", equalTo("Patroli berjalan"));
        act(TestTokens.LIAISON, lapasItem, "cancel", "{}").then().statusCode(422);
        act(TestTokens.LIAISON, lapasItem, "cancel", "{\"reason\":\"Lampu sudah diganti\"}").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));

        Response added = act(TestTokens.LIAISON, path, "action-items", item("BNNK-HSU", LocalDate.now().plusDays(3)));
        added.then().statusCode(201).header("Location", containsString(ITEMS + "/")).body("state", equalTo("OPEN"));
        as(TestTokens.LIAISON).when().get(path).then().body("actionItems.size()", equalTo(3));
        as(TestTokens.LIAISON).body(item("lapas", LocalDate.now())).header("If-Match", "\"3\"").when().post(path + "/action-items")
                .then().statusCode(400).body("violations.field", hasItem(containsString("ownerAgency")));
        as(TestTokens.POLRES_OFFICER).queryParam("q", title.substring(6)).when().get(MEETINGS).then().statusCode(200)
                .body("total", equalTo(1));
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(path).then().statusCode(404);
        as(TestTokens.OTHER_UNIT_OFFICER).when().get(polresItem).then().statusCode(404);
    }

    @Test
    void overdueActionItemsAreListedPerAgency() {
        String path = scheduled(TestTokens.LIAISON, "Rakor lama", 20);
        String body = minutes(item("POLRES", LocalDate.now().minusDays(2)), item("LAPAS", LocalDate.now().minusDays(5)),
                item("LAPAS", LocalDate.now().plusDays(5)));
        String meetingId = path.substring(MEETINGS.length() + 1);
        act(TestTokens.LIAISON, path, "record-minutes", body).then().statusCode(200);

        as(TestTokens.POLRES_HEAD).queryParam("overdue", "true").queryParam("meetingId", meetingId).when().get(ITEMS).then()
                .statusCode(200).body("total", equalTo(2))
                .body("items.ownerAgency", contains("LAPAS", "POLRES"))
                .body("items.overdue", everyItem(equalTo(true)));
        as(TestTokens.LIAISON).queryParam("overdue", "true").queryParam("ownerAgency", "POLRES").queryParam("meetingId", meetingId)
                .when().get(ITEMS).then().body("total", equalTo(1));
        as(TestTokens.LIAISON).queryParam("overdue", "false").queryParam("meetingId", meetingId).when().get(ITEMS).then()
                .body("total", equalTo(1)).body("items[0].overdue", equalTo(false));
        as(TestTokens.LIAISON).queryParam("q", "tembok").queryParam("meetingId", meetingId).when().get(ITEMS).then()
                .body("total", equalTo(3));
    }

    /**
     * Overdue is by the facility's calendar: at 23:30 UTC on 9 March it is 07:30 on 10 March in
     * Amuntai, so an item due on the 9th is overdue (on the UTC date it would not be yet), and the
     * meeting held at 09:00 WITA on the 9th (01:00 UTC) lets items be due that day.
     */
    @Test
    void anItemDueYesterdayInWitaIsOverdueAt2330Utc() {
        clock.set(Instant.parse("2026-03-09T23:30:00Z"));
        String path = MEETINGS + "/" + as(TestTokens.LIAISON).body(schedule("Rakor pagi", OffsetDateTime.parse("2026-03-09T09:00:00+08:00")))
                .when().post(MEETINGS).then().statusCode(201).extract().path("id");
        String meetingId = path.substring(MEETINGS.length() + 1);
        act(TestTokens.LIAISON, path, "record-minutes",
                minutes(item("POLRES", LocalDate.of(2026, 3, 9)), item("LAPAS", LocalDate.of(2026, 3, 10)))).then().statusCode(200);

        as(TestTokens.LIAISON).queryParam("overdue", "true").queryParam("meetingId", meetingId).when().get(ITEMS).then()
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].dueOn", equalTo("2026-03-09")).body("items[0].overdue", equalTo(true));
        as(TestTokens.LIAISON).queryParam("overdue", "false").queryParam("meetingId", meetingId).when().get(ITEMS).then()
                .body("total", equalTo(1)).body("items[0].dueOn", equalTo("2026-03-10")).body("items[0].overdue", equalTo(false));
    }

    @Test
    void aMeetingIsHeldOnlyOnceItStartsAndCancelledOnlyBeforeIt() {
        String future = MEETINGS + "/" + as(TestTokens.LIAISON).body(schedule("Rakor depan", OffsetDateTime.now().plusDays(3)))
                .when().post(MEETINGS).then().statusCode(201).extract().path("id");
        act(TestTokens.LIAISON, future, "record-minutes", minutes()).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/meeting-not-held-yet"));
        act(TestTokens.LIAISON, future, "action-items", item("LAPAS", LocalDate.now().plusDays(5))).then().statusCode(409)
                .body("allowedActions", contains("amend", "record-minutes", "cancel"));
        act(TestTokens.SECURITY, future, "cancel", "{\"reason\":\"Pilkada\"}").then().statusCode(403);
        act(TestTokens.LIAISON, future, "cancel", "{\"reason\":\"Pilkada\"}").then().statusCode(200)
                .body("state", equalTo("CANCELLED"));
        as(TestTokens.LIAISON).queryParam("state", "CANCELLED").queryParam("size", "100").when().get(MEETINGS).then()
                .body("items.id", hasItem(future.substring(MEETINGS.length() + 1)));
        as(TestTokens.LIAISON).queryParam("state", "HELD").queryParam("size", "100").when().get(MEETINGS).then()
                .body("items.id", not(hasItem(future.substring(MEETINGS.length() + 1))));
        as(TestTokens.LIAISON).body(schedule("Rakor", OffsetDateTime.now()).replace("[\"Evaluasi razia\",\"Pengamanan Natal\"]", "[]"))
                .when().post(MEETINGS).then().statusCode(400);
    }
}
