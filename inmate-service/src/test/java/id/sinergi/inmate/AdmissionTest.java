package id.sinergi.inmate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class AdmissionTest {

    private static String randomNik() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L, 9_999_999_999_999_999L));
    }

    private static Response admit(String registerClass, String nik) {
        String nikField = nik == null ? "" : "\"nik\":\"" + nik + "\",";
        return given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"fullName\":\"Ahmad Rizani\"," + nikField + "\"registerClass\":\"" + registerClass
                        + "\",\"riskLevel\":\"HIGH\",\"admittedOn\":\"2026-11-02\"}")
                .when().post("/api/v1/inmates");
    }

    @Test
    void admissionCreatesARecordWithARegisterNumber() {
        Response created = admit("B.IIa", randomNik());
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/inmates/[0-9a-f-]{36}"))
                .body("registerNumber", matchesPattern("B\\.IIa-\\d{4}/2026"))
                .body("status", equalTo("IN_CUSTODY"));

        given().auth().oauth2(TestTokens.REGISTRAR).when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("registerNumber", equalTo(created.jsonPath().getString("registerNumber")));
    }

    @Test
    void concurrentAdmissionsGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> numbers = new ArrayList<>();
        try {
            List<Callable<Response>> admissions = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                admissions.add(() -> admit("A.IV", null));
            }
            for (Future<Response> answer : pool.invokeAll(admissions)) {
                assertThat(answer.get().statusCode()).isEqualTo(201);
                numbers.add(answer.get().jsonPath().getString("registerNumber"));
            }
        } finally {
            pool.shutdownNow();
        }
        List<Integer> sequences = numbers.stream()
                .map(n -> Integer.parseInt(n.substring(n.indexOf('-') + 1, n.indexOf('/')))).sorted().toList();
        int first = sequences.get(0);
        assertThat(sequences).hasSize(24).doesNotHaveDuplicates();
        assertThat(sequences.get(23)).isEqualTo(first + 23);
    }

    @Test
    void aNikIsUnique() {
        String nik = randomNik();
        admit("B.I", nik).then().statusCode(201);
        admit("B.I", nik).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://sinergi.id/problems/duplicate-nik"));
    }

    @Test
    void invalidInputIs400WithTheField() {
        admit("B.I", "12345").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo("nik"));
        admit("C.IX", null).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"fullName\":\"A\",\"registerClass\":\"B.I\",\"riskLevel\":\"HIGH\",\"admittedOn\":\""
                        + LocalDate.now().plusDays(3) + "\"}")
                .when().post("/api/v1/inmates").then().statusCode(400);
    }

    @Test
    void polresCannotAdmitAndUnknownIdsAre404() {
        given().auth().oauth2(TestTokens.POLRES_OFFICER).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/inmates").then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.REGISTRAR).when().get("/api/v1/inmates/00000000-0000-0000-0000-000000000001")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void admissionPublishesInmateAdmittedWithoutTheNik() throws Exception {
        String nik = randomNik();
        String id = admit("B.I", nik).then().statusCode(201).extract().jsonPath().getString("id");

        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        List<ConsumerRecord<String, String>> records = kafka.readUntil("inmate.events.v1",
                read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        JsonNode event = new ObjectMapper().readTree(record.value());

        assertThat(event.get("type").asText()).isEqualTo("inmate.admitted");
        assertThat(event.get("source").asText()).isEqualTo("inmate-service");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(event.at("/data/inmateId").asText()).isEqualTo(id);
        assertThat(event.at("/data/registerClass").asText()).isEqualTo("B.I");
        assertThat(event.at("/data/riskLevel").asText()).isEqualTo("HIGH");
        assertThat(record.value()).doesNotContain(nik);
    }
}
