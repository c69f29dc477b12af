package id.sinergi.inmate;

import id.sinergi.platform.testing.RecordedEvents;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sinergi.local.AsyncApiExamples;
import id.sinergi.local.KafkaTestClient;
import id.sinergi.local.SinergiTestResource;
import id.sinergi.platform.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static id.sinergi.inmate.Register.admitted;
import static id.sinergi.inmate.Register.as;
import static id.sinergi.inmate.Register.convict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** Police loans decided in liaison-service move the WBP out and back in the register. */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class LiaisonEventsConsumerTest {

    private final KafkaTestClient kafka = new KafkaTestClient(SinergiTestResource.kafka().bootstrapServers());

    private void loan(String inmateId, String loanId, String state) {
        ObjectNode event = AsyncApiExamples.example(AsyncApiExamples.document("liaison-service", "liaison-events.yaml"),
                "PoliceLoanChanged", "inmateId", UUID.fromString(inmateId));
        ((ObjectNode) event.get("data")).put("loanId", loanId).put("state", state);
        event.put("subject", loanId);
        kafka.send("liaison.events.v1", loanId, AsyncApiExamples.json(event));
    }

    private static String location(String id) {
        return as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id).then().extract().path("location");
    }

    @Test
    void aLoanCheckedOutAndReturnedMovesTheWbpOutAndBackOnce() {
        String id = admitted(convict("On Loan"));
        String loanId = UUID.randomUUID().toString();
        loan(id, loanId, "APPROVED");
        loan(id, loanId, "CHECKED_OUT");
        loan(id, loanId, "CHECKED_OUT");
        await().atMost(Duration.ofSeconds(30)).until(() -> "POLICE_LOAN".equals(location(id)));

        loan(id, loanId, "RETURNED");
        await().atMost(Duration.ofSeconds(30)).until(() -> "IN_FACILITY".equals(location(id)));
        as(TestTokens.REGISTRAR).when().get("/api/v1/inmates/" + id + "/timeline").then()
                .body("items[0].actor", equalTo("liaison:loan:" + loanId))
                .body("items[1].summary", equalTo("Out to Satreskrim Polres Hulu Sungai Utara (POLICE_LOAN)"));
        assertThat(RecordedEvents.events(id, "inmate.moved")).hasSize(2);
    }

    @Test
    void aLoanForAnUnknownWbpIsDeadLettered() {
        String unknown = UUID.randomUUID().toString();
        String loanId = UUID.randomUUID().toString();
        loan(unknown, loanId, "CHECKED_OUT");
        var dead = kafka.readUntil("liaison.events.v1.inmate-service.dlq",
                read -> read.stream().anyMatch(r -> loanId.equals(r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> loanId.equals(r.key()));
    }
}
