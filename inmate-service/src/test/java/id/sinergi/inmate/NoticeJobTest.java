package id.sinergi.inmate;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import id.sinergi.inmate.service.NoticeJob;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

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

    private long runs() {
        var timer = registry.find("sinergi.inmate.notices.run").timer();
        return timer == null ? 0 : timer.count();
    }

    /** Notices of every kind counted so far. */
    private double sent() {
        return Search.in(registry).name("sinergi.inmate.notices.sent").counters().stream().mapToDouble(c -> c.count()).sum();
    }
}
