package id.sinergi.liaison.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OffenceCategoryTest {

    @Test
    void lawsAreMatchedByNumberAndYearHoweverWritten() {
        assertThat(OffenceCategory.of("Pasal 114 ayat (1)", "UU 35/2009 tentang Narkotika")).containsExactly(OffenceCategory.NARCOTICS);
        assertThat(OffenceCategory.of("Pasal 112", "UU No. 35 Tahun 2009")).containsExactly(OffenceCategory.NARCOTICS);
        assertThat(OffenceCategory.of("Pasal 6", "Undang-Undang Nomor 5 Tahun 2018")).containsExactly(OffenceCategory.TERRORISM);
        assertThat(OffenceCategory.of("Pasal 2", "UU 31/1999 jo. UU 20/2001")).containsExactly(OffenceCategory.CORRUPTION);
    }

    @Test
    void aLawNumberInsideAnotherIsNotAMatch() {
        assertThat(OffenceCategory.of("Pasal 1", "UU 35/1997")).isEmpty();
        assertThat(OffenceCategory.of("Pasal 1", "UU 15/2018")).isEmpty();
    }

    @Test
    void theKuhpAndChildProtectionDependOnTheArticle() {
        assertThat(OffenceCategory.of("Pasal 340", "KUHP")).containsExactly(OffenceCategory.VIOLENT_CRIME);
        assertThat(OffenceCategory.of("Pasal 365 ayat (2)", "KUHP")).containsExactly(OffenceCategory.VIOLENT_CRIME);
        assertThat(OffenceCategory.of("Pasal 285", "KUHP")).containsExactly(OffenceCategory.SEXUAL_VIOLENCE);
        assertThat(OffenceCategory.of("Pasal 372", "KUHP")).isEmpty();
        assertThat(OffenceCategory.of("Pasal 81 ayat (1)", "UU 17/2016")).containsExactly(OffenceCategory.SEXUAL_VIOLENCE);
        assertThat(OffenceCategory.of("Pasal 76C", "UU 35/2014")).isEmpty();
        assertThat(OffenceCategory.of(null, "KUHP")).isEmpty();
        assertThat(OffenceCategory.of("Pasal 1", null)).isEmpty();
    }

    @Test
    void theRuleTakesTheRiskLevelOrAnOffenceCategory() {
        NotificationRule rule = new NotificationRule(EnumSet.of(RiskLevel.HIGH), Set.of(OffenceCategory.TERRORISM));
        assertThat(rule.applies(RiskLevel.HIGH, List.of())).isTrue();
        assertThat(rule.applies(RiskLevel.LOW, List.of(OffenceCategory.TERRORISM))).isTrue();
        assertThat(rule.applies(RiskLevel.MEDIUM, List.of(OffenceCategory.NARCOTICS))).isFalse();
    }
}
