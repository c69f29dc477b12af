package id.sinergi.liaison.domain;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OffenceCategoryTest {

    @Test
    void theCategoryIsTakenFromTheEventAndANewOneCountsAsOther() {
        assertThat(OffenceCategory.named("NARCOTICS")).contains(OffenceCategory.NARCOTICS);
        assertThat(OffenceCategory.named("DOMESTIC_VIOLENCE")).contains(OffenceCategory.DOMESTIC_VIOLENCE);
        assertThat(OffenceCategory.named("ENVIRONMENTAL_CRIME")).contains(OffenceCategory.OTHER);
        assertThat(OffenceCategory.named(null)).isEmpty();
    }

    @Test
    void theRuleTakesTheRiskLevelOrAnOffenceCategory() {
        NotificationRule rule = new NotificationRule(EnumSet.of(RiskLevel.HIGH), Set.of(OffenceCategory.TERRORISM));
        assertThat(rule.applies(RiskLevel.HIGH, List.of())).isTrue();
        assertThat(rule.applies(RiskLevel.LOW, List.of(OffenceCategory.TERRORISM))).isTrue();
        assertThat(rule.applies(RiskLevel.MEDIUM, List.of(OffenceCategory.NARCOTICS))).isFalse();
    }
}
