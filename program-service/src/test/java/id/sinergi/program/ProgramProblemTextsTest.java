package id.sinergi.program;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.testing.ProblemTextsCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem program-service raises, and every constraint message it declares, has English and Indonesian texts. */
class ProgramProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Scope.require(programme, "enrolment", id) hands its kind on to Problems.notFound. */
    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.APPLICATION_BUNDLE,
            List.of(new ProblemTextsCheck.Through("require", 1, "not-found.")), SOURCES);

    @Test
    void everyThrowSiteNamesItsTextsAndBothLanguagesHaveThem() {
        assertThat(check.usedKeys()).contains("duplicate-code.title", "inmate-not-eligible.part.risk-level",
                "not-found.detail.review", "not-the-co-organiser.detail.none");
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void everyConstraintMessageIsThereInBothLanguages() {
        assertThat(ProblemTextsCheck.validationMessages(SOURCES)).isEmpty();
    }
}
