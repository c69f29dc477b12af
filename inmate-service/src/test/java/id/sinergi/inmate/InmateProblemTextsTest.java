package id.sinergi.inmate;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.testing.ProblemTextsCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem inmate-service raises, and every constraint message it declares, has English and
 * Indonesian texts, the details its rule engines compose (integration conditions, register classes,
 * remissions, detention limits) included: they are made of parts of the bundles.
 */
class InmateProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.APPLICATION_BUNDLE, SOURCES);

    @Test
    void everyThrowSiteNamesItsTextsAndBothLanguagesHaveThem() {
        assertThat(check.usedKeys()).contains("not-found.detail.register-f-entry", "commutation-not-allowed.detail.death",
                "remission-exceeds-scale.title", "bad-request.detail.name-too-long", "integration-not-eligible.part.good-conduct",
                "register-class-mismatch.part.rule-between");
        assertThat(check.findings()).isEmpty();
    }

    @Test
    void everyConstraintMessageIsThereInBothLanguages() {
        assertThat(ProblemTextsCheck.validationMessages(SOURCES)).isEmpty();
    }
}
