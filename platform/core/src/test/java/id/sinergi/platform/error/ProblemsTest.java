package id.sinergi.platform.error;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProblemsTest {

    @Test
    void everyProblemHasATypeFromTheCatalogue() {
        Problem problem = Problems.transitionNotAllowed("close", "OPEN", List.of("share"));

        assertThat(problem.getStatusCode()).isEqualTo(409);
        assertThat(problem.getType()).hasToString("https://sinergi.id/problems/transition-not-allowed");
        assertThat(problem.getParameters()).containsEntry("state", "OPEN").containsEntry("allowedActions", List.of("share"));
        assertThat(Problems.unauthorized().getHeaders()).containsEntry("WWW-Authenticate", "Bearer realm=\"sinergi\"");
        assertThat(Problems.tooManyRequests(3).getHeaders()).containsEntry("Retry-After", "3");
    }

    @Test
    void theMembersEveryProblemHasAreNotParameters() {
        assertThatThrownBy(() -> Problems.problem(400, "x", "Bad Request", "d").with("status", 500))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyCarriesTheMembersThePathAndTheParameters() {
        JsonObject body = new JsonObject(ProblemReplies.body(
                Problems.problem(409, "x", "Conflict", "d").with("allowedActions", Set.of("share")).build(), "/api/v1/x"));

        assertThat(body.getString("type")).isEqualTo("https://sinergi.id/problems/x");
        assertThat(body.getString("title")).isEqualTo("Conflict");
        assertThat(body.getInteger("status")).isEqualTo(409);
        assertThat(body.getString("detail")).isEqualTo("d");
        assertThat(body.getString("instance")).isEqualTo("/api/v1/x");
        assertThat(body.getJsonArray("allowedActions").getList()).containsExactly("share");
    }
}
