package id.sinergi.inmate;

import id.sinergi.inmate.domain.Inmate;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static id.sinergi.inmate.Register.admit;
import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static id.sinergi.inmate.Register.detainee;
import static id.sinergi.inmate.Register.randomNik;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class AdmissionTest {

    private static final String PROBLEM = "application/problem+json";

    private static long inmatesNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Inmate.count("person.fullName", name));
    }

    @Test
    void aConvictIsAdmittedWithARegisterNumberAndTheSentencesExpiry() {
        Response created = admit(convict("Ahmad Rizani"));
        created.then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", matchesPattern(".*/api/v1/inmates/[0-9a-f-]{36}"))
                .body("view", equalTo("FULL"))
                .body("registerNumber", matchesPattern("B\\.I-\\d{4}/" + LocalDate.now().getYear()))
                .body("status", equalTo("IN_CUSTODY"))
                .body("location", equalTo("IN_FACILITY"))
                .body("facility", equalTo("LAPAS-AMUNTAI"))
                .body("sentence.expiresOn", equalTo("2031-07-15"))
                .body("offences[0].article", equalTo("Pasal 114 ayat (1)"))
                .body("allowedActions", hasItem("release"));

        as(TestTokens.REGISTRAR).when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("registerNumber", equalTo(created.jsonPath().getString("registerNumber")));
    }

    @Test
    void aDetaineeIsAdmittedWithTheDetentionEnd() {
        admit(detainee("Siti Rahmah", "A.II", LocalDate.now().plusDays(40))).then().statusCode(201)
                .body("registerNumber", matchesPattern("A\\.II-\\d{4}/\\d{4}"))
                .body("detainingAuthority", equalTo("Kejaksaan Negeri Hulu Sungai Utara"))
                .body("allowedActions", hasItem("change-class"));
    }

    @Test
    void concurrentAdmissionsGetConsecutiveNumbersWithoutGapsOrDuplicates() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<String> numbers = new ArrayList<>();
        try {
            List<Callable<Response>> admissions = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                admissions.add(() -> admit(detainee("Concurrent", "A.IV", LocalDate.now().plusDays(20))));
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
        assertThat(sequences).hasSize(24).doesNotHaveDuplicates();
        assertThat(sequences.get(23)).isEqualTo(sequences.get(0) + 23);
    }

    @Test
    void aKnownNikWithAnOpenStayIs409NamingItAndNothingIsWrittenForTheSecondAdmission() {
        String nik = randomNik();
        String first = admitted(convict("First Holder", nik, "2026-01-15", 2, 0));
        admit(convict("Second Holder", nik, "2026-01-15", 2, 0)).then().statusCode(409).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/open-stay"))
                .body("openStayId", equalTo(first));
        assertThat(inmatesNamed("Second Holder")).isZero();
    }

    @Test
    void invalidFieldsAre400NamingTheField() {
        admit(convict("Bad Nik", "12345", "2026-01-15", 1, 0)).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("nik"));
        admit(convict("Future Birth", randomNik(), "2026-01-15", 1, 0).replace("1990-03-12", LocalDate.now().plusDays(1).toString()))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("birthDate"));
        admit(convict("Bad Class").replace("\"B.I\"", "\"C.IX\"")).then().statusCode(400).contentType(PROBLEM)
                .body("field", equalTo("registerClass"));
        admit(convict("Negative", randomNik(), "2026-01-15", -1, 0)).then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("sentence.years"));
        admit(convict("Future Sentence", randomNik(), LocalDate.now().plusDays(5).toString(), 1, 0))
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("sentence.start"));
        admit("{\"fullName\":\"No Offences\",\"sex\":\"MALE\",\"nationality\":\"MYS\",\"registerClass\":\"B.I\","
                + "\"offences\":[],\"cellBlock\":\"A-1\",\"riskLevel\":\"LOW\"}")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("offences"));
        assertThat(inmatesNamed("Bad Nik") + inmatesNamed("Future Birth") + inmatesNamed("Negative")).isZero();
    }

    @Test
    void rulesOfTheRegisterAre422NamingTheRule() {
        admit(convict("Zero Sentence", randomNik(), "2026-01-15", 0, 0)).then().statusCode(422).contentType(PROBLEM)
                .body("type", equalTo("https://sinergi.id/problems/sentence-empty")).body("field", equalTo("sentence"));
        admit(convict("No Sentence").replaceAll("\"sentence\":\\{[^}]*},", "")).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/sentence-required"));
        admit(detainee("Ended Detention", "A.I", LocalDate.now().minusDays(1))).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/detention-ends-before-admission"))
                .body("field", equalTo("detentionEndsOn"));
        admit(detainee("No Authority", "A.I", LocalDate.now().plusDays(9)).replace("\"detainingAuthority\":\"Kejaksaan Negeri Hulu Sungai Utara\",", ""))
                .then().statusCode(422).body("field", equalTo("detainingAuthority"));
        admit(convict("No Nik").replaceAll("\"nik\":\"\\d+\",", "")).then().statusCode(422)
                .body("type", equalTo("https://sinergi.id/problems/nik-required"));
        admit(convict("Foreigner").replaceAll("\"nik\":\"\\d+\",", "").replace("\"IDN\"", "\"MYS\"")).then().statusCode(201);
        assertThat(inmatesNamed("Zero Sentence") + inmatesNamed("No Sentence") + inmatesNamed("No Nik")).isZero();
    }

    @Test
    void aHugeBodyIs413() {
        admit(convict("x".repeat(1_100_000))).then().statusCode(413).contentType(PROBLEM);
    }

    @Test
    void onlyTheRegistryAndTheHeadAdmit() {
        as(TestTokens.HEAD).body(convict("By The Head")).when().post("/api/v1/inmates").then().statusCode(201);
        for (String token : List.of(TestTokens.POLRES_OFFICER, TestTokens.POLRES_HEAD, TestTokens.AUDITOR,
                TestTokens.SECURITY, TestTokens.PROGRAM_OFFICER, TestTokens.LIAISON)) {
            as(token).body(convict("Not Allowed")).when().post("/api/v1/inmates").then().statusCode(403).contentType(PROBLEM);
        }
        io.restassured.RestAssured.given().contentType("application/json").body(convict("Anonymous"))
                .when().post("/api/v1/inmates").then().statusCode(401).contentType(PROBLEM);
        assertThat(inmatesNamed("Not Allowed") + inmatesNamed("Anonymous")).isZero();
    }
}
