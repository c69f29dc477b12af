package id.sinergi.platform;

import id.sinergi.platform.error.ProblemTexts;
import id.sinergi.platform.error.ProblemTypes;
import id.sinergi.platform.testing.ProblemTextsCheck;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every problem the platform can answer with has its title and detail in English and Indonesian:
 * the throw sites of platform/core and platform/service against the platform's bundle, every type
 * of the catalogue, and the framework's types, whose texts the platform supplies.
 */
class ProblemTextsTest {

    /** The framework's refusals, typed and translated by ProblemTypeDefaults and WebApplicationProblemMapper. */
    private static final Pattern HTTP_STATUS = Pattern.compile("http-(\\d{3}|status)\\.(title|detail)");
    private static final Set<String> FRAMEWORK = Set.of("validation-failed.title", "forbidden.detail", "not-found.detail");

    private final ProblemTextsCheck check = ProblemTextsCheck.of(ProblemTexts.PLATFORM_BUNDLE,
            key -> FRAMEWORK.contains(key) || HTTP_STATUS.matcher(key).matches(),
            Path.of("../core/src/main/java"), Path.of("src/main/java"));

    @Test
    void everyThrowSiteNamesItsTextsAndGivesValues() {
        assertThat(check.usedKeys()).contains("unauthorized.detail", "invalid-query-parameter.detail.date",
                "malformed-json.detail.at", "duplicate.detail.constraint", "reason-required.title");
        assertThat(check.unreadable()).isEmpty();
    }

    @Test
    void everyTextAThrowSiteNeedsIsThereInBothLanguages() {
        assertThat(check.missing()).isEmpty();
    }

    @Test
    void everyTextOfTheBundleIsUsed() {
        assertThat(check.unused()).isEmpty();
    }

    @Test
    void bothLanguagesHaveTheSamePlaceholdersAndThrowSitesGiveThem() {
        assertThat(check.mismatched()).isEmpty();
    }

    @Test
    void everyTypeOfTheCatalogueHasATitleInBothLanguages() throws IllegalAccessException {
        List<String> missing = new ArrayList<>();
        for (Field field : ProblemTypes.class.getFields()) {
            if (field.getType() == String.class && Modifier.isStatic(field.getModifiers()) && !field.getName().equals("BASE")) {
                String slug = (String) field.get(null);
                for (Locale language : ProblemTexts.LANGUAGES) {
                    if (!ProblemTextsCheck.file(ProblemTexts.PLATFORM_BUNDLE, language).containsKey(slug + ".title")) {
                        missing.add(slug + " [" + language + "]");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyStatusWithATitleHasADetailAndBothLanguagesHaveThem() {
        Properties english = ProblemTextsCheck.file(ProblemTexts.PLATFORM_BUNDLE, ProblemTexts.ENGLISH);
        Properties indonesian = ProblemTextsCheck.file(ProblemTexts.PLATFORM_BUNDLE, ProblemTexts.INDONESIAN);
        List<String> statuses = english.stringPropertyNames().stream().filter(key -> HTTP_STATUS.matcher(key).matches()).toList();
        assertThat(statuses).contains("http-405.title", "http-415.detail", "http-status.title");
        for (String key : statuses) {
            String other = key.endsWith(".title") ? key.replace(".title", ".detail") : key.replace(".detail", ".title");
            assertThat(english).containsKey(other);
            assertThat(indonesian).containsKey(key);
        }
    }

    @Test
    void everyStandardConstraintHasAnIndonesianMessage() {
        Properties hibernate = ProblemTextsCheck.file("org.hibernate.validator.ValidationMessages", ProblemTexts.ENGLISH);
        Properties indonesian = ProblemTextsCheck.file("ContributorValidationMessages", ProblemTexts.INDONESIAN);
        List<String> standard = hibernate.stringPropertyNames().stream()
                .filter(key -> key.startsWith("jakarta.validation.constraints.")).sorted().toList();
        assertThat(standard).hasSizeGreaterThan(20);
        assertThat(indonesian.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(standard);
    }
}
