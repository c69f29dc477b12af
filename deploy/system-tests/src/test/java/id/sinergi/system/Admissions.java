package id.sinergi.system;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Admissions of convicts through the gateway, and where their events have got to. */
final class Admissions {

    /** Inside the notices' largest window (30 days) but outside the next one (7): one release-due notice each. */
    static final int DUE_SOON_DAYS = 20;

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    private Admissions() {
    }

    /**
     * A convict whose sentence ends {@code daysToExpiry} days from today, in the register class its
     * length belongs in (B.I over 1 year, B.IIa over 3 months, B.IIb up to 3 months: the register
     * refuses another). Without a NIK the WBP is a foreign national (no NIK needed), so many can be
     * admitted without clashing NIKs.
     */
    static Map<String, Object> convict(String name, String nik, String riskLevel, int daysToExpiry) {
        int served = 300;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", name);
        if (nik != null) {
            body.put("nik", nik);
        }
        body.put("sex", "MALE");
        body.put("nationality", nik != null ? "IDN" : "MYS");
        body.put("birthPlace", "Amuntai");
        body.put("birthDate", "1990-03-12");
        LocalDate start = LocalDate.now().minusDays(served);
        LocalDate end = start.plusDays(served + daysToExpiry);
        body.put("registerClass", end.isAfter(start.plusYears(1)) ? "B.I" : end.isAfter(start.plusMonths(3)) ? "B.IIa" : "B.IIb");
        body.put("offences", List.of(Map.of("article", "Pasal 114 ayat (1)", "law", "UU 35/2009 tentang Narkotika")));
        body.put("sentence", Map.of("start", start.toString(), "years", 0, "months", 0,
                "days", served + daysToExpiry));
        body.put("cellBlock", "A-2");
        body.put("riskLevel", riskLevel);
        return body;
    }

    /** A NIK no other test uses: 16 digits with the Hulu Sungai Utara prefix. */
    static String nik() {
        return "6308" + String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
    }

    static String admit(Gateway gateway, Map<String, Object> body) {
        Gateway.Answer answer = gateway.post("/api/v1/inmates").as(Actors.REGISTRAR).json(body).send();
        assertThat(answer.status()).as("admission: %s", answer).isEqualTo(201);
        return answer.json().path("id").asText();
    }

    /**
     * Plans the release of {@code inmate} to an address in Tabalong (regency 63.09, another Polres than
     * Amuntai's) and releases them at the end of their sentence on {@code releasedOn}.
     */
    static void releaseToTabalong(Gateway gateway, String inmate, LocalDate releasedOn) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("address", "Jl. Ir. P. H. M. Noor RT 03");
        plan.put("village", "Pembataan");
        plan.put("district", "Murung Pudak");
        plan.put("regencyCode", "63.09");
        plan.put("regencyName", "Tabalong");
        plan.put("receivedBy", Map.of("name", "Siti Aminah", "relationship", "Ibu kandung", "phone", "+6281234567890"));
        plan.put("bapas", "Bapas Kelas II Barabai");
        Gateway.Answer planned = gateway.put("/api/v1/inmates/" + inmate + "/release-plan").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate)).json(plan).send();
        assertThat(planned.status()).as("plan: %s", planned).isBetween(200, 201);
        Gateway.Answer released = gateway.post("/api/v1/inmates/" + inmate + "/release").as(Actors.REGISTRAR)
                .ifMatch(StoryIT.inmateETag(gateway, inmate))
                .json(Map.of("reason", "END_OF_SENTENCE", "releasedOn", releasedOn.toString())).send();
        assertThat(released.status()).as("release: %s", released).isEqualTo(200);
    }

    /** Admits every body, {@code clients} at a time; each must answer 201. Ids in the bodies' order. */
    static List<String> admitAll(Gateway gateway, List<Map<String, Object>> bodies, int clients) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<String>> sent = new ArrayList<>();
            for (Map<String, Object> body : bodies) {
                sent.add(pool.submit(() -> admit(gateway, body)));
            }
            List<String> ids = new ArrayList<>();
            for (Future<String> id : sent) {
                ids.add(id.get());
            }
            return ids;
        } finally {
            pool.shutdownNow();
        }
    }

    /** How many of these WBP program-service's read model knows. */
    static long knownToPrograms(Collection<String> ids) {
        return Databases.number("program", "SELECT count(*) FROM known_inmate WHERE inmate_id::text = ANY (?)", ids);
    }

    /** How many of these WBP liaison-service's read model knows. */
    static long knownToLiaison(Collection<String> ids) {
        return Databases.number("liaison", "SELECT count(*) FROM inmate_snapshot WHERE inmate_id::text = ANY (?)", ids);
    }

    /** Waits until program-service's read model knows these WBP. */
    static void awaitKnownToPrograms(Collection<String> ids) {
        await().atMost(EVENTUALLY).until(() -> knownToPrograms(ids) == ids.size());
    }

    /** Waits until liaison-service's read model knows these WBP. */
    static void awaitKnownToLiaison(Collection<String> ids) {
        await().atMost(EVENTUALLY).until(() -> knownToLiaison(ids) == ids.size());
    }

    /** Waits until liaison-service knows the enrolment as completed (what a later release summary reads). */
    static void awaitCompletionKnownToLiaison(String enrolment) {
        await().atMost(EVENTUALLY).until(() -> Databases.number("liaison",
                "SELECT count(*) FROM enrolment_snapshot WHERE state = 'COMPLETED' AND enrolment_id::text = ANY (?)",
                List.of(enrolment)) == 1);
    }

    /** The release-due notifications liaison-service issued for these WBP, per WBP (only WBP that have one). */
    static List<Long> releaseDueNotificationsPerWbp(Collection<String> ids) {
        return Databases.column("liaison", """
                        SELECT count(*) FROM notification WHERE kind = 'RELEASE_DUE' AND inmate_id::text = ANY (?)
                        GROUP BY inmate_id""", ids).stream().map(Long::valueOf).toList();
    }
}
