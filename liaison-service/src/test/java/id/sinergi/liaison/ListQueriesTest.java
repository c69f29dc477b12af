package id.sinergi.liaison;

import id.sinergi.platform.testing.TestTokens;
import id.sinergi.local.SinergiTestResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static id.sinergi.liaison.Api.act;
import static id.sinergi.liaison.Api.as;
import static id.sinergi.liaison.RecordedStatements.readingFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;

/**
 * A page of a list reads what its items show in one query, however many items it has: the action
 * items of a page of meetings, the findings of a page of joint operations, the WBP involved in a
 * page of incidents (more than Hibernate's default batch of 16).
 */
@QuarkusTest
@WithTestResource(SinergiTestResource.class)
class ListQueriesTest {

    @Test
    void aPageOfMeetingsReadsTheirActionItemsInOneQuery() {
        String title = "Rakor " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String path = MeetingTest.scheduled(TestTokens.LIAISON, title, 1);
            act(TestTokens.LIAISON, path, "record-minutes", MeetingTest.minutes(
                    MeetingTest.item("POLRES", LocalDate.now().plusDays(7)), MeetingTest.item("LAPAS", LocalDate.now().plusDays(9))))
                    .then().statusCode(200);
        }
        List<String> statements = RecordedStatements.during(() -> as(TestTokens.LIAISON).queryParam("q", title)
                .when().get(MeetingTest.MEETINGS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.actionItems", everyItem(hasSize(2))));
        assertThat(readingFrom(statements, "action_item")).as(String.join("\n", statements)).isEqualTo(1);
    }

    @Test
    void aPageOfJointOperationsReadsTheirFindingsInOneQuery() {
        String name = "Razia " + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            String path = JointOperationTest.OPERATIONS + "/" + as(TestTokens.SECURITY).body(JointOperationTest.plan(name))
                    .when().post(JointOperationTest.OPERATIONS).then().statusCode(201).extract().path("id");
            act(TestTokens.SECURITY, path, "conduct", null).then().statusCode(200);
            act(TestTokens.SECURITY, path, "findings", JointOperationTest.finding("A-1", null, null)).then().statusCode(200);
        }
        List<String> statements = RecordedStatements.during(() -> as(TestTokens.SECURITY).queryParam("q", name)
                .when().get(JointOperationTest.OPERATIONS).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.findings", everyItem(hasSize(1))));
        assertThat(readingFrom(statements, "joint_operation_finding")).as(String.join("\n", statements)).isEqualTo(1);
    }

    @Test
    void aPageOfIncidentsReadsTheWbpInvolvedInOneQuery() {
        UUID suspect = Feed.admittedHighRisk();
        for (int i = 0; i < 20; i++) {
            IncidentTest.reported(TestTokens.SECURITY, IncidentTest.report("FIGHT", "LOW", false, suspect));
        }
        List<String> statements = RecordedStatements.during(() -> as(TestTokens.SECURITY)
                .queryParam("inmateId", suspect.toString()).queryParam("size", "50")
                .when().get(IncidentTest.INCIDENTS).then().statusCode(200)
                .body("total", equalTo(20))
                .body("items.involved", everyItem(hasSize(1))));
        assertThat(readingFrom(statements, "incident_inmate")).as(String.join("\n", statements)).isEqualTo(1);
    }
}
