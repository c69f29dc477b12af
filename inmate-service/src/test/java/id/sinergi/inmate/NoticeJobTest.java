package id.sinergi.inmate;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestClock;
import id.sinergi.platform.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class NoticeJobTest {

    @Inject
    NoticeJob notices;

    @Inject
    MeterRegistry registry;

    @Inject
    TestClock clock;

    @AfterEach
    void backToRealTime() {
        clock.reset();
    }

    /** A convict whose one-year sentence expires {@code daysLeft} days from today. */
    private static String convictReleasedIn(int daysLeft) {
        LocalDate start = LocalDate.now().plusDays(daysLeft).minusYears(1);
        return admitted(convict("Leaving Soon", randomNik(), start.toString(), 1, 0));
    }

    private static List<Integer> thresholds(String id, String type) {
        return RecordedEvents.events(id, type).stream().map(e -> e.get("daysBefore").asInt()).toList();
    }

    @Test
    void eachThresholdIsSentOnceAsTheDateComesCloser() {
        LocalDate today = LocalDate.now();
        String id = convictReleasedIn(30);
        notices.sendDue(today);
        notices.sendDue(today);
        assertThat(thresholds(id, "inmate.release-due")).containsExactly(30);

        notices.sendDue(today.plusDays(10));
        assertThat(thresholds(id, "inmate.release-due")).as("20 days left: the D-30 notice was sent already").containsExactly(30);

        notices.sendDue(today.plusDays(23));
        notices.sendDue(today.plusDays(29));
        assertThat(thresholds(id, "inmate.release-due")).containsExactly(30, 7, 1);

        JsonNode notice = RecordedEvents.events(id, "inmate.release-due").get(2);
        assertThat(notice.get("releaseOn").asText()).isEqualTo(today.plusDays(30).toString());
        assertThat(notice.at("/inmate/inmateId").asText()).isEqualTo(id);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then()
                .body("items[0].summary", org.hamcrest.Matchers.containsString("D-1"));
    }

    @Test
    void aLateStartSendsOnlyTheNearestThreshold() {
        String id = convictReleasedIn(5);
        notices.sendDue(LocalDate.now());
        assertThat(thresholds(id, "inmate.release-due")).containsExactly(7);
    }

    @Test
    void twoRunsAtTheSameMomentSendEachNoticeOnce() {
        String id = convictReleasedIn(7);
        LocalDate today = LocalDate.now();
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> notices.sendDue(today));
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(() -> notices.sendDue(today));
        one.join();
        two.join();
        assertThat(thresholds(id, "inmate.release-due")).containsExactly(7);
    }

    @Test
    void detaineesGetDetentionExpiringNoticesForTheirAuthority() {
        String id = admitted(detainee("Held", "A.I", LocalDate.now().plusDays(10)));
        notices.sendDue(LocalDate.now());
        notices.sendDue(LocalDate.now().plusDays(7));
        assertThat(thresholds(id, "inmate.detention-expiring")).containsExactly(10, 3);
        assertThat(RecordedEvents.events(id, "inmate.detention-expiring").get(0).get("detainingAuthority").asText())
                .isEqualTo("Kejaksaan Negeri Hulu Sungai Utara");
    }

    @Test
    void releasedWbpGetNoNotices() {
        String id = convictReleasedIn(7);
        Register.act(TestTokens.REGISTRAR, id, "release", "{\"reason\":\"END_OF_SENTENCE\",\"releasedOn\":\"" + LocalDate.now() + "\"}")
                .statusCode(200);
        notices.sendDue(LocalDate.now());
        assertThat(thresholds(id, "inmate.release-due")).isEmpty();
    }

    @Test
    void eachRunIsTimedAndItsNoticesCounted() {
        String id = convictReleasedIn(20);
        LocalDate today = LocalDate.now();
        long runsBefore = runs();
        double sentBefore = sent();
        int first = notices.sendDue(today);
        double afterFirst = sent();
        notices.sendDue(today);
        assertThat(runs()).isEqualTo(runsBefore + 2);
        assertThat(thresholds(id, "inmate.release-due")).containsExactly(30);
        assertThat(afterFirst - sentBefore).isEqualTo(first).isGreaterThanOrEqualTo(1);
        assertThat(sent()).as("the second run the same day sends nothing").isEqualTo(afterFirst);
    }

    /*
     * The job's "today" is the facility's (WITA, UTC+8), whatever the JVM's zone (the tests run on
     * UTC, as the containers do): at 23:30 UTC it is already 07:30 the next morning in Amuntai, and at
     * 00:30 WITA it is still 16:30 the day before in UTC. On the UTC date, the D-10 notice below would
     * not be due yet (11 days left) and the D-3 one would be a D-10 (4 days left).
     */

    @Test
    void at2330UtcTheNoticesAreDatedByTheNextMorningInWita() {
        clock.set(Instant.parse("2026-03-09T23:30:00Z"));
        String id = admitted(detainee("Held Until The Twentieth", "A.I", LocalDate.of(2026, 3, 20)));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().body("admittedOn", org.hamcrest.Matchers.equalTo("2026-03-10"));

        notices.daily();

        assertThat(thresholds(id, "inmate.detention-expiring")).as("10 March in Amuntai: ten days left").containsExactly(10);
        JsonNode notice = RecordedEvents.events(id, "inmate.detention-expiring").get(0);
        assertThat(notice.get("detentionEndsOn").asText()).isEqualTo("2026-03-20");
    }

    @Test
    void at0030WitaTheNoticesAreDatedByTheWitaDayThatHasJustBegun() {
        clock.set(Instant.parse("2026-03-09T16:30:00Z"));
        String id = admitted(detainee("Held Until The Thirteenth", "A.I", LocalDate.of(2026, 3, 13)));

        notices.daily();

        assertThat(thresholds(id, "inmate.detention-expiring")).as("10 March in Amuntai: three days left").containsExactly(3);
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then()
                .body("items[0].summary", org.hamcrest.Matchers.containsString("2026-03-13 (D-3"));
    }

    @Test
    void aDateIsInTheFutureOnlyByTheFacilitysCalendar() {
        clock.set(Instant.parse("2026-03-09T23:30:00Z"));
        String body = detainee("Admitted At Dawn", "A.I", LocalDate.of(2026, 3, 30));
        Register.admit(body.replaceFirst("\\{", "{\"admittedOn\":\"2026-03-11\",")).then().statusCode(400);
        Register.admit(body.replaceFirst("\\{", "{\"admittedOn\":\"2026-03-10\",")).then().statusCode(201);
    }

    private long runs() {
        var timer = registry.find("sinergi.inmate.notices.run").timer();
        return timer == null ? 0 : timer.count();
    }

    /** Notices of every kind counted so far. */
    private double sent() {
        return Search.in(registry).name("sinergi.inmate.notices.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
