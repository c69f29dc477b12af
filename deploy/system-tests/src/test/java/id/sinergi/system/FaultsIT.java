package id.sinergi.system;

import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.Stack;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The system under faults: nothing lost, nothing doubled. A broker outage, a consumer killed
 * mid-stream, a poison message, one service's database going away, retries racing each other, two
 * updates from the same version.
 */
class FaultsIT {

    private static final Duration EVENTUALLY = Duration.ofSeconds(120);
    private static final Duration OUTAGE = Duration.ofSeconds(10);
    private static final Duration OUTAGE_OF_KAFKA = Duration.ofSeconds(40);
    private static final String PROGRAM_CONSUMER = "program-service.inmate-events";
    private static final String LIAISON_CONSUMER = "liaison-service.inmate-events";

    private static Stack stack;
    private static Gateway gateway;

    @BeforeAll
    static void stack() {
        stack = RunningStack.get();
        gateway = Gateway.of();
    }

    @Test
    void kafkaDownWhile500AdmissionsArePostedDelaysTheirEventsAndLosesOrDoublesNone() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Map<String, Object>> bodies = IntStream.range(0, 500)
                .mapToObj(i -> Admissions.convict("Outage " + run + " " + i, null, "HIGH", Admissions.DUE_SOON_DAYS)).toList();
        List<String> ids;
        long stopped = System.nanoTime();
        stack.kafka().stop();
        try {
            ids = Admissions.admitAll(gateway, bodies, 8);
            System.out.printf("[faults] 500 admissions with Kafka down in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - stopped).toMillis());
            // The notices job runs meanwhile (its timeline entry is written with its event).
            await().atMost(EVENTUALLY).until(() -> Databases.number("inmate", """
                    SELECT count(*) FROM timeline_entry WHERE kind = 'inmate.release-due' AND inmate_id::text = ANY (?)""", ids) == 500);
            // The outage outlasts any producer's delivery timeout (30 s): an event not kept in the
            // service's database would be gone by the time the broker returns.
            Duration left = OUTAGE_OF_KAFKA.minus(Duration.ofNanos(System.nanoTime() - stopped));
            if (!left.isNegative()) {
                await().during(left).atMost(left.plusSeconds(10)).pollInterval(Duration.ofSeconds(1))
                        .until(() -> Admissions.knownToPrograms(ids) == 0);
            }
        } finally {
            stack.kafka().start();
        }
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() ->
                Admissions.knownToPrograms(ids) == 500 && Admissions.knownToLiaison(ids) == 500
                        && Admissions.releaseDueNotificationsPerWbp(ids).size() == 500);
        assertThat(Admissions.releaseDueNotificationsPerWbp(ids)).as("one notification per WBP").containsOnly(1L);

        List<String> events = new ArrayList<>(producedEvents("inmate.admitted", ids));
        events.addAll(producedEvents("inmate.release-due", ids));
        assertThat(events).as("one admitted and one release-due event per WBP").hasSize(1_000).doesNotHaveDuplicates();
        await().atMost(EVENTUALLY).until(() -> processed(PROGRAM_CONSUMER, events) == 1_000
                && processed(LIAISON_CONSUMER, events) == 1_000);
    }

    @Test
    void aConsumerKilledMidStreamAndRestartedLosesNoEventAndAppliesNoneTwice() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        int count = 300;
        AtomicInteger admitted = new AtomicInteger();
        ExecutorService stream = Executors.newSingleThreadExecutor();
        Future<List<String>> ids;
        try {
            ids = stream.submit(() -> {
                List<String> sent = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    sent.add(Admissions.admit(gateway, Admissions.convict("Crash " + run + " " + i, null, "HIGH",
                            Admissions.DUE_SOON_DAYS)));
                    admitted.incrementAndGet();
                }
                return sent;
            });
            await().atMost(EVENTUALLY).until(() -> admitted.get() >= count / 3);
            stack.service("liaison-service").kill();
            Gateway.Answer away = gateway.get("/api/v1/liaison/notifications").as(Actors.LIAISON).send();
            assertThat(away.status()).as("the gateway while liaison-service is down: %s", away).isEqualTo(503);
            assertThat(away.isProblem()).isTrue();
            ids.get();
        } finally {
            stream.shutdownNow();
        }
        stack.restart("liaison-service");

        List<String> wbp = ids.get();
        List<String> events = new ArrayList<>(producedEvents("inmate.admitted", wbp));
        await().atMost(EVENTUALLY).until(() -> producedEvents("inmate.release-due", wbp).size() == count);
        events.addAll(producedEvents("inmate.release-due", wbp));
        await().atMost(EVENTUALLY).pollInterval(Duration.ofSeconds(1)).until(() -> Admissions.knownToLiaison(wbp) == count
                && Admissions.releaseDueNotificationsPerWbp(wbp).size() == count && processed(LIAISON_CONSUMER, events) == 2 * count);
        assertThat(Admissions.releaseDueNotificationsPerWbp(wbp)).as("one notification per WBP").containsOnly(1L);
        assertThat(Databases.number("liaison", """
                        SELECT count(*) FROM outbox_event WHERE event_type = 'liaison.notification-issued'
                        AND aggregate_id IN (SELECT id::text FROM notification WHERE inmate_id::text = ANY (?))""", wbp))
                .as("each notification issued once").isEqualTo(count);
    }

    @Test
    void aPoisonMessageIsDeadLetteredByEachConsumerAndEventsKeepFlowing() {
        String key = "poison-" + UUID.randomUUID();
        KafkaTestClient kafka = new KafkaTestClient(stack.kafkaBootstrapServers());
        kafka.send("inmate.events.v1", key, "\u0000not an event");
        kafka.send("inmate.events.v1", key + "-json", "{\"specversion\":\"1.0\",\"type\":\"inmate.admitted\"}");
        String id = Admissions.admit(gateway, Admissions.convict("After Poison", null, "LOW", 400));
        await().atMost(EVENTUALLY).until(() -> Admissions.knownToPrograms(List.of(id)) == 1 && Admissions.knownToLiaison(List.of(id)) == 1);
        for (String consumer : List.of("program-service", "liaison-service")) {
            String deadLetters = "inmate.events.v1." + consumer + ".dlq";
            assertThat(kafka.readUntil(deadLetters, read -> read.stream().filter(r -> r.key().startsWith(key)).count() == 2,
                    Duration.ofSeconds(30))).as(deadLetters).filteredOn(r -> r.key().startsWith(key)).hasSize(2);
        }
    }

    @Test
    void aServiceWhoseDatabaseIsAwayAnswers503TheOthersWorkAndItRecoversByItself() {
        String key = "program-" + UUID.randomUUID();
        Map<String, Object> programme = Map.of("code", "DB-" + key.substring(8, 16).toUpperCase(), "category", "VOCATIONAL",
                "name", "Pelatihan las listrik", "capacity", 10, "startsOn", LocalDate.now().toString(),
                "endsOn", LocalDate.now().plusDays(30).toString());
        String admittedMeanwhile;
        Databases.admin("ALTER DATABASE program ALLOW_CONNECTIONS false",
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'program'");
        try {
            for (Gateway.Call call : List.of(
                    gateway.get("/api/v1/programs").as(Actors.PROGRAM_OFFICER),
                    gateway.get("/api/v1/enrolments/" + UUID.randomUUID()).as(Actors.PROGRAM_OFFICER),
                    gateway.post("/api/v1/programs").as(Actors.PROGRAM_OFFICER).idempotencyKey(key).json(programme))) {
                long started = System.nanoTime();
                Gateway.Answer answer = call.send();
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertThat(answer.status()).as("program-service without its database: %s", answer).isEqualTo(503);
                assertThat(answer.isProblem()).isTrue();
                assertThat(answer.header("Retry-After")).isNotNull();
                assertThat(millis).as("answered at once, not after the gateway's timeout").isLessThan(8_000);
            }
            admittedMeanwhile = Admissions.admit(gateway, Admissions.convict("Admitted Meanwhile", null, "LOW", 400));
            await().atMost(EVENTUALLY).until(() -> Admissions.knownToLiaison(List.of(admittedMeanwhile)) == 1);
            // The outage lasts a while, longer than program-service's consumer takes to spend its
            // retries on the event it cannot store: the others keep working all along.
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(10)).pollInterval(Duration.ofSeconds(1)).until(() ->
                    gateway.get("/api/v1/programs").as(Actors.PROGRAM_OFFICER).send().status() == 503
                            && gateway.get("/api/v1/inmates/" + admittedMeanwhile).as(Actors.REGISTRAR).send().status() == 200
                            && gateway.get("/api/v1/liaison/police-loans").as(Actors.LIAISON).send().status() == 200);
        } finally {
            Databases.admin("ALTER DATABASE program ALLOW_CONNECTIONS true");
        }
        await().atMost(EVENTUALLY).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.get("/api/v1/programs").as(Actors.PROGRAM_OFFICER).send().status() == 200);
        assertThat(gateway.post("/api/v1/programs").as(Actors.PROGRAM_OFFICER).idempotencyKey(key).json(programme).send().status())
                .as("the retry after the outage does the work: the 503 was not remembered").isEqualTo(201);
        await("the event that arrived during the outage was applied, not dead-lettered").atMost(EVENTUALLY)
                .until(() -> Admissions.knownToPrograms(List.of(admittedMeanwhile)) == 1);
    }

    @Test
    void twelveConcurrentRetriesWithOneIdempotencyKeyHaveOneEffect() throws Exception {
        String name = "Idempotent " + UUID.randomUUID();
        Map<String, Object> body = Admissions.convict(name, Admissions.nik(), "LOW", 400);
        String key = "desk-" + UUID.randomUUID();
        // Twelve: within the gateway's 16 writes in flight per service, which would refuse more with 503.
        List<Gateway.Answer> answers = concurrently(12, () ->
                gateway.post("/api/v1/inmates").as(Actors.REGISTRAR).idempotencyKey(key).json(body).send());

        assertThat(answers).extracting(Gateway.Answer::status).as("%s", answers).containsOnly(201);
        assertThat(answers).extracting(a -> a.header("Location")).hasSize(12).containsOnly(answers.get(0).header("Location"));
        assertThat(answers).filteredOn(a -> "true".equals(a.header("Idempotent-Replayed"))).hasSize(11);
        assertThat(Databases.column("inmate", "SELECT i.id::text FROM inmate i JOIN people p ON p.id = i.person_id WHERE p.full_name = ANY (?)", List.of(name))).hasSize(1);
        String id = answers.get(0).json().path("id").asText();
        assertThat(producedEvents("inmate.admitted", List.of(id))).hasSize(1);
    }

    @Test
    void twoUpdatesFromTheSameETagConcurrentlyOneWinsOneGets412() throws Exception {
        String id = Admissions.admit(gateway, Admissions.convict("Racing Update", null, "LOW", 400));
        Gateway.Answer read = gateway.get("/api/v1/inmates/" + id).as(Actors.REGISTRAR).send();
        AtomicInteger writer = new AtomicInteger();
        List<Gateway.Answer> answers = concurrently(2, () -> gateway.put("/api/v1/inmates/" + id + "/personal-details")
                .as(Actors.REGISTRAR).ifMatch(read.header("ETag")).json(Map.of("fullName", "Racing Update " + writer.incrementAndGet(),
                        "sex", "MALE", "nationality", "MYS")).send());
        assertThat(answers).extracting(Gateway.Answer::status).as("%s", answers).containsExactlyInAnyOrder(200, 412);
        assertThat(answers).filteredOn(a -> a.status() == 412).allMatch(Gateway.Answer::isProblem);
    }

    /** Ids of the events of this type the inmate-service's outbox holds for these WBP. */
    private static List<String> producedEvents(String type, Collection<String> inmateIds) {
        return Databases.column("inmate", "SELECT event_id::text FROM outbox_event WHERE event_type = '" + type
                + "' AND aggregate_id = ANY (?)", inmateIds);
    }

    private static long processed(String consumer, Collection<String> eventIds) {
        return Databases.number(consumer.startsWith("program") ? "program" : "liaison",
                "SELECT count(*) FROM processed_event WHERE consumer = '" + consumer + "' AND event_id::text = ANY (?)", eventIds);
    }

    /** The same call from {@code count} threads released at once; the answers in no particular order. */
    private static List<Gateway.Answer> concurrently(int count, java.util.concurrent.Callable<Gateway.Answer> call)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Gateway.Answer>> sent = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                sent.add(threads.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Gateway.Answer> answers = new ArrayList<>();
            for (Future<Gateway.Answer> answer : sent) {
                answers.add(answer.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }
}
