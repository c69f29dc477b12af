package id.sinergi.platform.error;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemTextsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "id                              | id",
            "id-ID                           | id",
            "ID                              | id",
            "id;q=0.9, en;q=0.8              | id",
            "id-ID,id;q=0.9,en-US;q=0.8      | id",
            "fr, id;q=0.5                    | id",
            "en;q=0.9, id;q=0.8              | en",
            "en-US,en;q=0.9,id;q=0.8         | en",
            "en                              | en",
            "fr                              | en",
            "*                               | en",
            "NULL                            | en",
            "'not a ; language ;;; q=x'      | en"})
    void theLanguageIsTheFirstTheCallerPrefersThatSinergiSpeaks(String acceptLanguage, String expected) {
        assertThat(ProblemTexts.language(acceptLanguage)).isEqualTo(Locale.forLanguageTag(expected));
    }

    @Test
    void placeholdersAreFilledWithTheValuesAsTheyAre() {
        assertThat(ProblemTexts.fill("'{0}' is {1}; {2} stays, {x} too", List.of("a", 4000)))
                .isEqualTo("'a' is 4000; {2} stays, {x} too");
    }

    @Test
    void indonesianComesFromItsOwnFileAndEnglishFromTheBaseWhateverTheJvmsLocale() {
        Locale jvm = Locale.getDefault();
        try {
            Locale.setDefault(ProblemTexts.INDONESIAN);
            assertThat(ProblemTexts.title("not-found", ProblemTexts.ENGLISH)).isEqualTo("Not Found");
            assertThat(ProblemTexts.title("not-found", ProblemTexts.INDONESIAN)).isEqualTo("Tidak Ditemukan");
        } finally {
            Locale.setDefault(jvm);
        }
    }

    @Test
    void aKeyNoBundleHasIsAnsweredWithTheKeyNotAFailure() {
        assertThat(ProblemTexts.text("no-such-type.detail", List.of(), ProblemTexts.INDONESIAN)).isEqualTo("no-such-type.detail");
    }
}
