package id.sinergi.liaison.domain;

import java.util.Collection;
import java.util.Set;

/**
 * Which WBP Polres is told about before and on release: those whose risk level is one of
 * {@code riskLevels}, or who are held for an offence of one of {@code offenceCategories}.
 */
public record NotificationRule(Set<RiskLevel> riskLevels, Set<OffenceCategory> offenceCategories) {

    public boolean applies(RiskLevel riskLevel, Collection<OffenceCategory> categories) {
        return riskLevels.contains(riskLevel) || categories.stream().anyMatch(offenceCategories::contains);
    }
}
