package id.sinergi.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import id.sinergi.local.RegionSeed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One deployment for a region (issue 22), through the gateway with the tokens of two facilities
 * (Lapas Amuntai, Lapas Barabai), two Polres units (Hulu Sungai Utara, Balangan), the Kanwil and an
 * agency system that receives webhooks: each sees only its own; a transfer within the region moves
 * the stay; the Kanwil's monthly report equals the totals of the list queries it names; a webhook
 * subscriber verifies signed release notifications and misses none across an outage of its endpoint.
 */
class RegionStoriesIT {

    static final String BARABAI = "LAPAS-BARABAI";
    static final String BALANGAN = "POLRES-BALANGAN";
    private static final String TABALONG = "POLRES-TABALONG";

    private static final String BARABAI_REGISTRAR = Actors.token("registrar-brb", "lapas-registrar", BARABAI);
    private static final String BARABAI_HEAD = Actors.token("kalapas-brb", "lapas-head", BARABAI);
    private static final String BALANGAN_OFFICER = Actors.token("officer-blg", "polres-officer", BALANGAN);

    private static Gateway gateway;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Makassar"));
    private final String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();

    @BeforeAll
    static void stack() {
        gateway = Gateway.of();
    }

    @Test
    void twoFacilitiesAndTwoPolresUnitsEachSeeOnlyTheirOwn() {
        String amuntai = Admissions.admit(gateway, Admissions.convict("Arbain " + run, Admissions.nik(), "MEDIUM", 400));
        String barabai = admitIn(BARABAI_REGISTRAR, Admissions.convict("Bahrudin " + run, Admissions.nik(), "MEDIUM", 400));

        assertThat(gateway.get("/api/v1/inmates/" + barabai).as(Actors.REGISTRAR).send().status()).isEqualTo(404);
        assertThat(gateway.get("/api/v1/inmates/" + amuntai).as(BARABAI_REGISTRAR).send().status()).isEqualTo(404);
        assertThat(gateway.get("/api/v1/inmates/" + amuntai + "/timeline").as(BARABAI_HEAD).send().status()).isEqualTo(404);
        assertThat(ids(gateway.get("/api/v1/inmates?name=" + run).as(Actors.REGISTRAR).send())).containsExactly(amuntai);
        assertThat(ids(gateway.get("/api/v1/inmates?name=" + run).as(BARABAI_REGISTRAR).send())).containsExactly(barabai);

        String kanwil = Actors.KANWIL_OFFICER;
        assertThat(ids(gateway.get("/api/v1/inmates?name=" + run).as(kanwil).send())).containsExactlyInAnyOrder(amuntai, barabai);
        JsonNode basic = StoryIT.ok(gateway.get("/api/v1/inmates/" + barabai).as(kanwil).send());
        assertThat(basic.has("nik")).as("the Kanwil reads the basic view: %s", basic).isFalse();

        // Each Polres unit sees its own loan requests, whichever facility holds the WBP.
        Admissions.awaitKnownToLiaison(List.of(amuntai, barabai));
        String hsuLoan = requestLoan(Actors.POLRES_OFFICER, amuntai, "Satreskrim Polres Hulu Sungai Utara");
        String balanganLoan = requestLoan(BALANGAN_OFFICER, barabai, "Satreskrim Polres Balangan");
        assertThat(gateway.get("/api/v1/liaison/police-loans/" + hsuLoan).as(BALANGAN_OFFICER).send().status()).isEqualTo(404);
        assertThat(gateway.get("/api/v1/liaison/police-loans/" + balanganLoan).as(Actors.POLRES_OFFICER).send().status()).isEqualTo(404);
        assertThat(StoryIT.ok(gateway.get("/api/v1/liaison/police-loans/" + balanganLoan).as(BALANGAN_OFFICER).send())
                .path("inmateId").asText()).isEqualTo(barabai);
        // …and each facility only the loans of its own WBP.
        assertThat(gateway.get("/api/v1/liaison/police-loans/" + balanganLoan).as(Actors.LIAISON).send().status()).isEqualTo(404);
        assertThat(StoryIT.ok(gateway.get("/api/v1/liaison/police-loans/" + balanganLoan).as(BARABAI_HEAD).send())
                .path("id").asText()).isEqualTo(balanganLoan);
    }

    @Test
    void aTransferWithinTheRegionMovesTheStayToTheReceivingFacility() {
        String nik = Admissions.nik();
        String inmate = Admissions.admit(gateway, Admissions.convict("Mahyuni " + run, nik, "LOW", 400));
        String admittedNumber = StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate).as(Actors.REGISTRAR).send())
                .path("registerNumber").asText();

        Gateway.Answer transferred = gateway.post("/api/v1/inmates/" + inmate + "/transfer").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate))
                .json(Map.of("toFacility", BARABAI, "transferredOn", today.toString())).send();
        assertThat(transferred.status()).as("transfer: %s", transferred).isEqualTo(200);
        assertThat(transferred.json().path("status").asText()).isEqualTo("IN_TRANSIT");

        Gateway.Answer inTransit = gateway.get("/api/v1/inmates/" + inmate).as(BARABAI_REGISTRAR).send();
        assertThat(inTransit.status()).as("the receiving facility sees whom it expects: %s", inTransit).isEqualTo(200);
        Gateway.Answer arrived = gateway.post("/api/v1/inmates/" + inmate + "/arrival").as(BARABAI_REGISTRAR)
                .ifMatch(inTransit.header("ETag")).json(Map.of("arrivedOn", today.toString(), "cellBlock", "C-1")).send();
        assertThat(arrived.status()).as("arrival: %s", arrived).isEqualTo(200);

        JsonNode record = StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate).as(BARABAI_REGISTRAR).send());
        assertThat(record.path("facility").asText()).isEqualTo(BARABAI);
        assertThat(record.path("status").asText()).isEqualTo("IN_CUSTODY");
        assertThat(record.path("nik").asText()).as("the same stay of the same person").isEqualTo(nik);
        JsonNode timeline = StoryIT.ok(gateway.get("/api/v1/inmates/" + inmate + "/timeline?size=100").as(BARABAI_REGISTRAR).send());
        assertThat(timeline.toString()).as("the history came along").contains(admittedNumber);

        assertThat(gateway.get("/api/v1/inmates/" + inmate).as(Actors.REGISTRAR).send().status())
                .as("Amuntai no longer holds the record").isEqualTo(404);
        Gateway.Answer amuntaiActs = gateway.post("/api/v1/inmates/" + inmate + "/risk-assessments").as(Actors.HEAD)
                .ifMatch(arrived.header("ETag")).json(Map.of("level", "HIGH", "reason", "Tidak berwenang")).send();
        assertThat(amuntaiActs.status()).as("%s", amuntaiActs).isEqualTo(404);

        JsonNode sameNik = StoryIT.ok(gateway.get("/api/v1/inmates?nik=" + nik).as(Actors.AUDITOR).send());
        assertThat(sameNik.path("total").asInt()).as("no second stay, no second person").isEqualTo(1);
    }

    @Test
    void theKanwilsMonthlyReportEqualsTheListQueriesItNames() {
        String amuntai = Admissions.admit(gateway, Admissions.convict("Jumberi " + run, Admissions.nik(), "LOW", 400));
        String barabai = admitIn(BARABAI_REGISTRAR, Admissions.convict("Masrani " + run, Admissions.nik(), "LOW", 400));
        Admissions.awaitKnownToLiaison(List.of(amuntai, barabai));
        String kanwil = Actors.KANWIL_OFFICER;
        String month = YearMonth.from(today).toString();

        // The report is read twice around the list queries; stable figures prove no event arrived between.
        JsonNode report = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            JsonNode before = StoryIT.ok(gateway.get("/api/v1/liaison/reports/monthly?month=" + month).as(kanwil).send());
            List<String> mismatches = mismatches(before, kanwil);
            JsonNode after = StoryIT.ok(gateway.get("/api/v1/liaison/reports/monthly?month=" + month).as(kanwil).send());
            if (before.equals(after)) {
                assertThat(mismatches).isEmpty();
                report = after;
                break;
            }
        }
        assertThat(report).as("the report kept changing while nothing was written").isNotNull();
        Set<String> facilities = ConcurrentHashMap.newKeySet();
        report.path("facilities").forEach(f -> facilities.add(f.path("facility").asText()));
        assertThat(facilities).contains(Actors.FACILITY, BARABAI);
        assertThat(report.path("region").path("figures").size()).isPositive();

        JsonNode barabaiOnly = StoryIT.ok(gateway.get("/api/v1/liaison/reports/monthly?month=" + month).as(BARABAI_HEAD).send());
        assertThat(barabaiOnly.path("facilities")).hasSize(1);
        assertThat(barabaiOnly.path("facilities").get(0).path("facility").asText()).isEqualTo(BARABAI);
        Gateway.Answer csv = gateway.get("/api/v1/liaison/reports/monthly?month=" + month).as(kanwil).header("Accept", "text/csv").send();
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).contains(Actors.FACILITY).contains(BARABAI);
    }

    @Test
    void theRegionSeedPutsPeopleInEveryHoldingFacilityAndARerunAddsNone() throws Exception {
        RegionSeed seed = new RegionSeed(RunningStack.get().gatewayUrl(), System.out);
        seed.seed(2);
        assertThat(seed.seed(2)).as("a second run tops up to the same number: nothing to add").isZero();
        JsonNode facilities = StoryIT.ok(gateway.get("/api/v1/inmates/facilities").as(Actors.ADMIN).send());
        List<String> holding = new ArrayList<>();
        facilities.path("items").forEach(f -> {
            if (!"BAPAS".equals(f.path("kind").asText())) {
                holding.add(f.path("code").asText());
            }
        });
        assertThat(holding).hasSizeGreaterThanOrEqualTo(15);
        for (String facility : holding) {
            String registrar = Actors.token("registrar-" + facility, "lapas-registrar", facility);
            assertThat(StoryIT.ok(gateway.get("/api/v1/inmates?size=1").as(registrar).send()).path("total").asInt())
                    .as(facility).isGreaterThanOrEqualTo(2);
            String officer = Actors.token("programs-" + facility, "lapas-program-officer", facility);
            assertThat(StoryIT.ok(gateway.get("/api/v1/programs?size=1").as(officer).send()).path("total").asInt())
                    .as(facility).isPositive();
        }
    }

    /** Every figure whose count differs from its query's total, as "figure: count vs total". */
    private List<String> mismatches(JsonNode report, String token) {
        List<String> mismatches = new ArrayList<>();
        List<JsonNode> groups = new ArrayList<>();
        report.path("facilities").forEach(groups::add);
        if (!report.path("region").isMissingNode() && !report.path("region").isNull()) {
            groups.add(report.path("region"));
        }
        for (JsonNode group : groups) {
            for (JsonNode figure : group.path("figures")) {
                String query = figure.path("query").asText(null);
                if (query == null || query.isBlank()) {
                    continue;
                }
                long total = StoryIT.ok(gateway.get(query).as(token).send()).path("total").asLong();
                if (total != figure.path("count").asLong()) {
                    mismatches.add(group.path("facility").asText() + " " + figure.path("figure").asText() + ": "
                            + figure.path("count").asLong() + " vs " + total + " (" + query + ")");
                }
            }
        }
        return mismatches;
    }

    @Test
    void aWebhookSubscriberVerifiesSignedReleaseNotificationsAndMissesNoneAcrossAnOutage() throws Exception {
        Receiver receiver = Receiver.start(0);
        int port = receiver.port();
        String head = Actors.token("kapolres-tbl-" + run, "polres-head", TABALONG);
        // Named as before issue 24: the filter takes that form too, and deliveries carry today's type.
        Gateway.Answer subscribed = gateway.post("/api/v1/liaison/subscriptions").as(head).json(Map.of(
                "eventTypes", List.of("liaison.notification-issued"),
                "url", "http://127.0.0.1:" + port + "/hooks/sinergi",
                "description", "Sistem Satbinmas Polres Tabalong " + run)).send();
        assertThat(subscribed.status()).as("subscribe: %s", subscribed).isEqualTo(201);
        String secret = subscribed.json().path("secret").asText();
        String subscription = subscribed.json().path("id").asText();

        String first = releaseToTabalong("Syarifuddin " + run);
        awaitDelivered(receiver, List.of(first));
        Delivery delivery = receiver.deliveries.stream().filter(d -> d.body.contains(first)).findFirst().orElseThrow();
        assertThat(delivery.signature).isEqualTo(sign(secret, delivery.id, delivery.timestamp, delivery.body));
        assertThat(subscribed.json().path("eventTypes").toString()).isEqualTo("[\"id.sinergi.liaison.notification-issued\"]");
        assertThat(delivery.body).contains("\"type\":\"id.sinergi.liaison.notification-issued\"",
                "\"source\":\"https://sinergi.id/services/liaison-service\"");
        assertThat(delivery.body).as("data-minimised: no release-plan address or receiver")
                .doesNotContain("Jl. Ir. P. H. M. Noor").doesNotContain("+6281234567890");

        receiver.stop();
        long down = System.nanoTime();
        String duringOutage1 = releaseToTabalong("Rusmadi " + run);
        String duringOutage2 = releaseToTabalong("Hairani " + run);
        // The endpoint stays down at least 30 s from when it stopped, and until Sinergi has tried and
        // failed to deliver while it was down.
        String failed = "/api/v1/liaison/subscriptions/" + subscription + "/deliveries?status=FAILED";
        Duration outageLeft = Duration.ofSeconds(30).minusNanos(System.nanoTime() - down);
        await().pollDelay(outageLeft.isNegative() ? Duration.ZERO : outageLeft).atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> StoryIT.ok(gateway.get(failed).as(head).send()).path("total").asInt() > 0);
        receiver = Receiver.start(port);
        try {
            awaitDelivered(receiver, List.of(duringOutage1, duringOutage2));
            for (Delivery late : receiver.deliveries) {
                assertThat(late.signature).isEqualTo(sign(secret, late.id, late.timestamp, late.body));
            }
            JsonNode log = StoryIT.ok(gateway.get("/api/v1/liaison/subscriptions/" + subscription + "/deliveries?size=100")
                    .as(head).send());
            assertThat(log.toString()).contains("DELIVERED");
        } finally {
            receiver.stop();
        }
    }

    private String releaseToTabalong(String name) {
        String inmate = Admissions.admit(gateway, Admissions.convict(name, Admissions.nik(), "HIGH", 400));
        Admissions.awaitKnownToLiaison(List.of(inmate));
        Admissions.releaseToTabalong(gateway, inmate, today);
        return inmate;
    }

    private static void awaitDelivered(Receiver receiver, List<String> inmates) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(inmates).allSatisfy(inmate -> assertThat(receiver.deliveries)
                        .anySatisfy(d -> assertThat(d.body).contains(inmate).contains("\"RELEASED\""))));
    }

    static String sign(String secret, String id, String timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        return "v1," + Base64.getEncoder().encodeToString(mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }

    private String admitIn(String registrar, Map<String, Object> body) {
        Gateway.Answer answer = gateway.post("/api/v1/inmates").as(registrar).json(body).send();
        assertThat(answer.status()).as("admission: %s", answer).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    private String requestLoan(String officer, String inmate, String borrowingUnit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Gateway.Answer requested = gateway.post("/api/v1/liaison/police-loans").as(officer).json(Map.of(
                "inmateId", inmate, "purpose", "Pemeriksaan tambahan sebagai saksi " + run,
                "caseNumber", "LP/B/" + run + "/XII/2026/SPKT", "letterNumber", "B/" + run + "/XII/2026/Reskrim",
                "borrowingUnit", borrowingUnit,
                "plannedOutAt", now.plusMinutes(30).toString(), "plannedBackAt", now.plusHours(6).toString(),
                "escorts", List.of(Map.of("name", "Bripka Andi", "rank", "Bripka", "nrp", "87050123")))).send();
        assertThat(requested.status()).as("loan request: %s", requested).isEqualTo(201);
        return requested.json().path("id").asText();
    }

    private static List<String> ids(Gateway.Answer page) {
        List<String> ids = new ArrayList<>();
        StoryIT.ok(page).path("items").forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    /** What an agency system received: the Standard Webhooks headers and the body as sent. */
    record Delivery(String id, String timestamp, String signature, String body) {
    }

    /** An agency system's webhook endpoint on loopback, which the test can take down and bring back on the same port. */
    static final class Receiver {
        final List<Delivery> deliveries;
        private final HttpServer server;

        private Receiver(HttpServer server, List<Delivery> deliveries) {
            this.server = server;
            this.deliveries = deliveries;
        }

        static Receiver start(int port) throws IOException {
            List<Delivery> received = new CopyOnWriteArrayList<>();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.createContext("/hooks/sinergi", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    received.add(new Delivery(exchange.getRequestHeaders().getFirst("webhook-id"),
                            exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                            exchange.getRequestHeaders().getFirst("webhook-signature"), body));
                }
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return new Receiver(server, received);
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }
}
