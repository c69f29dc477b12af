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
        assertThatThrownBy(() -> Problems.problem(400, "bad-request.idempotency-key").with("status", 500))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplyCarriesTheMembersThePathAndTheParameters() {
        JsonObject body = new JsonObject(ProblemReplies.body(Problems.problem(409, "transition-not-allowed", "close", "OPEN")
                .with("allowedActions", Set.of("share")).build(), "/api/v1/x", ProblemTexts.ENGLISH));

        assertThat(body.getString("type")).isEqualTo("https://sinergi.id/problems/transition-not-allowed");
        assertThat(body.getString("title")).isEqualTo("Conflict");
        assertThat(body.getInteger("status")).isEqualTo(409);
        assertThat(body.getString("detail")).isEqualTo("'close' is not allowed while the resource is OPEN");
        assertThat(body.getString("instance")).isEqualTo("/api/v1/x");
        assertThat(body.getJsonArray("allowedActions").getList()).containsExactly("share");
    }

    @Test
    void aReplyInIndonesianHasTheSameTypeStatusAndMembers() {
        Problem problem = Problems.transitionNotAllowed("close", "OPEN", List.of("share"));
        JsonObject english = new JsonObject(ProblemReplies.body(problem, "/api/v1/x", ProblemTexts.ENGLISH));
        JsonObject indonesian = new JsonObject(ProblemReplies.body(problem, "/api/v1/x", ProblemTexts.INDONESIAN));

        assertThat(indonesian.getString("title")).isEqualTo("Konflik");
        assertThat(indonesian.getString("detail")).isEqualTo("'close' tidak diizinkan selama status sumber daya OPEN");
        assertThat(indonesian.copy().put("title", "").put("detail", ""))
                .isEqualTo(english.copy().put("title", "").put("detail", ""));
    }

    @Test
    void theExceptionsMessageIsEnglishForTheLogs() {
        assertThat(Problems.tooManyRequests(3).getMessage())
                .isEqualTo("Too Many Requests: this client sent more requests than its limit allows; retry after 3 s");
    }
}
