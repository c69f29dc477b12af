package id.sinergi.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first rollout of an upgrade from a release before issue 24 ({@code sinergi.events.legacy-names=publish}):
 * the relay publishes the names that release's consumers know, so none of them skips an event as unknown.
 */
@QuarkusTest
@TestProfile(OutboxRelayLegacyNamesTest.PublishLegacyNames.class)
@WithTestResource(SinergiTestResource.class)
class OutboxRelayLegacyNamesTest {

    public static class PublishLegacyNames implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("sinergi.events.legacy-names", "publish");
        }
    }

    @Test
    void whilePublishingLegacyNamesTheTypeIsTheBareEventNameAndTheSourceTheServiceName() throws Exception {
        String id = given().auth().oauth2(TestTokens.REGISTRAR).contentType(ContentType.JSON)
                .body("{\"text\":\"legacy\",\"colour\":\"RED\"}").when().post("/notes")
                .then().statusCode(201).extract().jsonPath().getString("id");

        ConsumerRecord<String, String> record = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers())
                .readUntil("inmate.events.v1", read -> read.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(60))
                .stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        JsonNode event = new ObjectMapper().readTree(record.value());
        assertThat(event.get("type").asText()).isEqualTo("note.created");
        assertThat(event.get("source").asText()).isEqualTo("platform-test");
    }
}
