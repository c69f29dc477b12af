package id.sinergi.platform;

import id.sinergi.platform.concurrency.ETags;
import id.sinergi.platform.error.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ETagsTest {

    @Test
    void matchingTagsPass() {
        assertThatCode(() -> ETags.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> ETags.requireMatch("*", 3)).doesNotThrowAnyException();
    }

    @Test
    void missingIs428() {
        assertThat(catchThrowableOfType(Problem.class, () -> ETags.requireMatch(null, 3)).getStatusCode()).isEqualTo(428);
        assertThat(catchThrowableOfType(Problem.class, () -> ETags.requireMatch(" ", 3)).getStatusCode()).isEqualTo(428);
    }

    @Test
    void staleIs412() {
        Problem problem = catchThrowableOfType(Problem.class, () -> ETags.requireMatch("\"2\"", 3));
        assertThat(problem.getStatusCode()).isEqualTo(412);
        assertThat(problem.getParameters()).containsEntry("currentEtag", "\"3\"");
    }
}
