package id.sinergi.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds a running stack with a region: synthetic WBP in every facility of the facility directory
 * (inmate-service's {@code GET /api/v1/inmates/facilities}, Kalimantan Selatan's by default) and one
 * programme per facility, all through the gateway with the tokens each facility's staff would hold,
 * so every service's read models fill from the events as in real use. Everything is synthetic: the
 * names come from short lists, the NIKs from the facility's regency code and a counter, no real person.
 *
 * <p>Running it again tops each facility up to the asked number and changes nothing else; the
 * requests carry stable {@code Idempotency-Key}s, so an interrupted seed resumes without duplicates.
 */
public final class RegionSeed {

    private static final String[] GIVEN = {"Ahmad", "Muhammad", "Rahmat", "Syahrani", "Noor", "Fajar", "Hendra",
            "Rizky", "Akhmad", "Gusti", "Yusuf", "Agus", "Budi", "Siti", "Nur", "Rina", "Dewi", "Halimah"};
    private static final String[] FAMILY = {"Rizani", "Hidayat", "Saputra", "Rahman", "Fauzi", "Maulana", "Irawan",
            "Hakim", "Wijaya", "Santoso", "Ramadhan", "Firdaus", "Aulia", "Syahputra"};
    private static final String[][] OFFENCES = {
            {"Pasal 114 ayat (1)", "UU 35/2009 tentang Narkotika", "Peredaran narkotika golongan I"},
            {"Pasal 112 ayat (1)", "UU 35/2009 tentang Narkotika", "Memiliki narkotika golongan I"},
            {"Pasal 363", "KUHP", "Pencurian dengan pemberatan"},
            {"Pasal 351", "KUHP", "Penganiayaan"},
            {"Pasal 378", "KUHP", "Penipuan"}};

    private final String gateway;
    private final PrintStream out;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    public RegionSeed(String gateway, PrintStream out) {
        this.gateway = gateway;
        this.out = out;
    }

    /** A facility of the directory that holds people (a Bapas supervises, it holds no one). */
    record Facility(String code, String name, String regencyCode) {
    }

    /** Seeds {@code peoplePerFacility} WBP in every facility that holds people; returns how many were admitted. */
    public int seed(int peoplePerFacility) throws IOException, InterruptedException {
        String admin = DevTokens.mint("seed-admin", List.of("sinergi-admin"), "KANWIL", "KANWIL-KALSEL", Duration.ofHours(1));
        List<Facility> facilities = facilities(admin);
        out.printf("Seeding the region: %d facilities, %d WBP each…%n", facilities.size(), peoplePerFacility);
        int admitted = 0;
        for (Facility facility : facilities) {
            String registrar = DevTokens.mint("seed-registrar", List.of("lapas-registrar"), "LAPAS", facility.code(),
                    Duration.ofHours(1));
            long present = send("GET", "/api/v1/inmates?size=1", registrar, null, null, 200).path("total").asLong();
            for (long n = present; n < peoplePerFacility; n++) {
                send("POST", "/api/v1/inmates", registrar, "seed-" + facility.code() + "-" + n, admission(facility, (int) n), 201);
                admitted++;
            }
            String officer = DevTokens.mint("seed-programs", List.of("lapas-program-officer"), "LAPAS", facility.code(),
                    Duration.ofHours(1));
            send("POST", "/api/v1/programs", officer, "seed-programme-" + facility.code(), programme(facility), 201, 409);
        }
        out.printf("Seeded: %d WBP admitted (%d facilities).%n", admitted, facilities.size());
        return admitted;
    }

    private List<Facility> facilities(String admin) throws IOException, InterruptedException {
        JsonNode page = send("GET", "/api/v1/inmates/facilities?size=100", admin, null, null, 200);
        JsonNode items = page.isArray() ? page : page.path("items");
        List<Facility> facilities = new ArrayList<>();
        for (JsonNode item : items) {
            if (!"BAPAS".equals(item.path("kind").asText())) {
                facilities.add(new Facility(item.path("code").asText(), item.path("name").asText(),
                        item.path("regencyCode").asText("63.08")));
            }
        }
        return facilities;
    }

    /** Person {@code n} of a facility: the same on every run, so a rerun replays rather than duplicates. */
    ObjectNode admission(Facility facility, int n) {
        Random random = new Random(facility.code().hashCode() * 31L + n);
        LocalDate today = LocalDate.now();
        boolean detainee = random.nextInt(5) == 0;
        LocalDate birth = today.minusYears(19 + random.nextInt(40)).minusDays(random.nextInt(365));
        ObjectNode body = json.createObjectNode()
                .put("fullName", GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[random.nextInt(FAMILY.length)])
                .put("nik", nik(facility, birth, n))
                .put("birthPlace", facility.name().replaceAll(".* ", ""))
                .put("birthDate", birth.toString())
                .put("sex", random.nextInt(10) == 0 ? "FEMALE" : "MALE")
                .put("nationality", "IDN")
                .put("cellBlock", (char) ('A' + random.nextInt(4)) + "-" + (1 + random.nextInt(6)))
                .put("riskLevel", random.nextInt(10) == 0 ? "HIGH" : random.nextInt(3) == 0 ? "MEDIUM" : "LOW");
        String[] offence = OFFENCES[random.nextInt(OFFENCES.length)];
        ArrayNode offences = body.putArray("offences");
        offences.addObject().put("article", offence[0]).put("law", offence[1]).put("description", offence[2]);
        LocalDate admitted = today.minusDays(1 + random.nextInt(detainee ? 20 : 400));
        body.put("admittedOn", admitted.toString());
        if (detainee) {
            body.put("registerClass", "A.I")
                    .put("detainingAuthority", "Satreskrim Polres " + facility.code().replaceAll("^[A-Z]+-", ""))
                    .put("detentionStartsOn", admitted.toString())
                    .put("detentionEndsOn", admitted.plusDays(19).toString())
                    .put("detentionOrderNumber", "SP.Han/" + (100 + n) + "/" + today.getYear() + "/Reskrim")
                    .put("detentionOrderDate", admitted.toString());
        } else {
            // B.I is for sentences of more than a year: at least a year and a month.
            body.put("registerClass", "B.I");
            body.putObject("sentence").put("start", admitted.toString()).put("years", 1 + random.nextInt(6))
                    .put("months", 1 + random.nextInt(11)).put("days", 0);
        }
        return body;
    }

    /** 16 digits: the regency's code (as the first four digits of a NIK are), the birth date, then the counter. */
    private static String nik(Facility facility, LocalDate birth, int n) {
        String regency = facility.regencyCode().replace(".", "");
        return regency + "01" + String.format("%02d%02d%02d", birth.getDayOfMonth(), birth.getMonthValue(),
                birth.getYear() % 100) + String.format("%04d", n % 10_000);
    }

    private ObjectNode programme(Facility facility) {
        LocalDate today = LocalDate.now();
        String code = "KES-HUKUM-" + facility.code();
        return json.createObjectNode()
                .put("code", code.substring(0, Math.min(40, code.length())))
                .put("category", "LEGAL_AWARENESS")
                .put("name", "Kesadaran hukum — " + facility.name())
                .put("capacity", 30)
                .put("startsOn", today.toString())
                .put("endsOn", today.plusWeeks(6).toString());
    }

    private JsonNode send(String method, String path, String token, String idempotencyKey, JsonNode body, int... expected)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body().isBlank() ? json.createObjectNode() : json.readTree(response.body());
            }
        }
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
}
