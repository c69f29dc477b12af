package id.sinergi.gateway;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.testing.ProblemTextsCheck;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Every problem the gateway answers itself has its title and detail in English and Indonesian. */
class GatewayProblemTextsTest {

    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.APPLICATION_BUNDLE, Path.of("src/main/java"));

    @Test
    void everyThrowSiteNamesItsTextsAndBothLanguagesHaveThem() {
        assertThat(check.usedKeys()).contains("forbidden.detail.route", "body-too-large.detail.gateway");
        assertThat(check.findings()).isEmpty();
    }
}
