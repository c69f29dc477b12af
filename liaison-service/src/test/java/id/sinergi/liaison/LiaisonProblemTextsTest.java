package id.sinergi.liaison;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.testing.ProblemTextsCheck;
import id.sinergi.platform.testing.ProblemTextsCheck.Through;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem liaison-service raises, and every constraint message it declares, has English and Indonesian texts. */
class LiaisonProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /**
     * The kind of record a 404 names is handed on: scope.require(…, "notification", id) and
     * scope.visible(record, WHAT, id) as their last but one argument, coordination.get(type, id, WHAT, …)
     * and coordination.check(machine, type, id, WHAT, …) at a fixed place.
     */
    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.APPLICATION_BUNDLE, List.of(
            new Through("require", -2, "not-found."), new Through("visible", -2, "not-found."),
            new Through("get", 2, "not-found."), new Through("check", 3, "not-found.")), SOURCES);

    @Test
    void everyThrowSiteNamesItsTextsAndBothLanguagesHaveThem() {
        assertThat(check.usedKeys()).contains("regency-covered.title", "not-found.detail.action-item",
                "not-found.detail.information-request", "forbidden.detail.access-expired", "invalid-query-parameter.detail.days");
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void everyConstraintMessageIsThereInBothLanguages() {
        assertThat(ProblemTextsCheck.validationMessages(SOURCES)).isEmpty();
    }
}
