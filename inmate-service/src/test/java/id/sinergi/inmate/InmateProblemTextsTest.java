package id.sinergi.inmate;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.testing.ProblemTextsCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem inmate-service raises, and every constraint message it declares, has English and
 * Indonesian texts, except the details still composed in English by the rule engines (listed here:
 * translating one means removing it from the list).
 */
class InmateProblemTextsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Types whose detail a rule engine composes in English (integration conditions, register classes). */
    private static final Set<String> ENGLISH_DETAIL_ONLY = Set.of("register-class-mismatch", "integration-not-eligible");

    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.APPLICATION_BUNDLE, SOURCES);

    @Test
    void everyThrowSiteNamesItsTextsAndGivesValuesButTheRuleEngines() {
        assertThat(check.usedKeys()).contains("not-found.detail.register-f-entry", "commutation-not-allowed.detail.death",
                "remission-exceeds-scale.title", "bad-request.detail.name-too-long");
        assertThat(check.unreadable()).allSatisfy(site -> assertThat(ENGLISH_DETAIL_ONLY).anyMatch(slug -> site.contains("(" + slug)));
    }

    @Test
    void everyTextIsThereInBothLanguagesButTheRuleEnginesDetails() {
        List<String> missing = check.missing();
        assertThat(missing).allSatisfy(key -> assertThat(ENGLISH_DETAIL_ONLY).anyMatch(slug -> key.startsWith(slug + ".detail")));
        assertThat(ENGLISH_DETAIL_ONLY).allSatisfy(slug -> assertThat(missing).anyMatch(key -> key.startsWith(slug + ".detail")));
        assertThat(check.unused()).isEmpty();
        assertThat(check.mismatched()).isEmpty();
    }

    @Test
    void everyConstraintMessageIsThereInBothLanguages() {
        assertThat(ProblemTextsCheck.validationMessages(SOURCES)).isEmpty();
    }
}
