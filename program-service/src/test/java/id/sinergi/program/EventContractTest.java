package id.sinergi.program;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import id.sinergi.platform.testing.contract.AsyncApiContract;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.sinergi.program.Api.as;
import static id.sinergi.program.Api.enrolled;
import static id.sinergi.program.Api.enrolmentAction;
import static id.sinergi.program.Api.openProgramme;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event type program-service publishes is valid by its AsyncAPI payload
 * schema (types, enumerations, formats, required fields) and has the shape its AsyncAPI example documents: the
 * same fields, recursively. liaison-service's tests send those examples, so this keeps producer and
 * consumer honest with each other.
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class EventContractTest {

    private static final File ASYNCAPI = new File("src/main/resources/META-INF/resources/asyncapi/program-events.yaml");
    private static final AsyncApiContract CONTRACT = AsyncApiContract.of(ASYNCAPI.toPath());
    private static final Map<String, String> MESSAGES = Map.of(
            "program.enrolment-changed", "ProgramEnrolmentChanged",
            "program.attendance-recorded", "ProgramAttendanceRecorded",
            "program.completed", "ProgramCompleted",
            "program.completion-co-signed", "ProgramCompletionCoSigned");

    @Test
    void everyEventTypeMatchesItsDocumentedExample() throws Exception {
        String programId = openProgramme(Api.coOrganised(Api.uniqueCode("KES"), 5, TestTokens.POLRES_UNIT));
        String id = enrolled(programId, Inmates.admitted());
        String session = as(TestTokens.OFFICER).body("{\"date\":\"" + LocalDate.now() + "\",\"startsAt\":\"09:00\","
                        + "\"endsAt\":\"10:00\",\"topic\":\"Materi\"}")
                .when().post("/api/v1/programs/" + programId + "/sessions").then().statusCode(201).extract().jsonPath().getString("id");
        as(TestTokens.OFFICER).body("{\"records\":[{\"enrolmentId\":\"" + id + "\",\"status\":\"ABSENT\",\"absenceReason\":\"COURT\"}]}")
                .when().post("/api/v1/programs/" + programId + "/sessions/" + session + "/attendance").then().statusCode(201);
        enrolmentAction(TestTokens.OFFICER, id, "complete", "{\"score\":82}").statusCode(200);
        Api.action(TestTokens.POLRES_OFFICER, "enrolments", id, "co-signature", null).statusCode(200);
        String justRequested = Api.requested(programId, Inmates.admitted());

        JsonNode document = new ObjectMapper(new YAMLFactory()).readTree(ASYNCAPI);
        for (var message : MESSAGES.entrySet()) {
            JsonNode example = document.at("/components/messages/" + message.getValue() + "/examples/0/payload");
            assertThat(example.get("type").asText()).isEqualTo("id.sinergi." + message.getKey());
            assertThat(example.get("source").asText()).isEqualTo("https://sinergi.id/services/program-service");
            List<JsonNode> produced = RecordedEvents.events(id, message.getKey());
            assertThat(produced).as("a %s event was produced", message.getKey()).isNotEmpty();
            for (JsonNode data : produced) {
                CONTRACT.assertDataMatches(message.getValue(), data);
                assertThat(AsyncApiExamples.fieldPaths(data)).as(message.getKey()).isEqualTo(AsyncApiExamples.fieldPaths(example.get("data")));
                assertThat(data.at("/enrolment/id").asText()).isEqualTo(id);
            }
        }
        CONTRACT.assertDataMatches("ProgramEnrolmentChanged", RecordedEvents.events(justRequested, "program.enrolment-changed").get(0));
        assertThat(AsyncApiExamples.fieldPaths(RecordedEvents.events(justRequested, "program.enrolment-changed").get(0)))
                .isEqualTo(AsyncApiExamples.fieldPaths(document.at("/components/messages/ProgramEnrolmentChanged/examples/0/payload/data")));
    }

    @Test
    void theRecordOnTheTopicIsACloudEventKeyedByTheEnrolment() throws Exception {
        String id = Api.requested(openProgramme(5), Inmates.admitted());
        KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());
        List<ConsumerRecord<String, String>> records = kafka.readUntil("program.events.v1",
                read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, String> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("id.sinergi.program.enrolment-changed");
        assertThat(event.get("source").asText()).isEqualTo("https://sinergi.id/services/program-service");
        assertThat(event.get("subject").asText()).isEqualTo(id);
        assertThat(UUID.fromString(event.get("id").asText())).isNotNull();
        assertThat(event.at("/data/enrolment/state").asText()).isEqualTo("REQUESTED");
        assertThat(event.at("/data/previousState").isNull()).isTrue();
        CONTRACT.assertEventMatches("ProgramEnrolmentChanged", event);
    }
}
