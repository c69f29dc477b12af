package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The alerts: one source, the PrometheusRule made from it, and a runbook entry for each. */
class AlertRulesTest {

    private static final Path GENERATED = Path.of("target", "prometheus-rules.yaml");

    @Test
    void thePrometheusRuleIsMadeFromTheRulesFile() throws IOException {
        String expected = AlertRules.prometheusRule(Repository.read(AlertRules.RULES_FILE));
        Files.createDirectories(GENERATED.getParent());
        Files.writeString(GENERATED, expected);
        assertThat(Repository.read(AlertRules.PROMETHEUS_RULE_FILE))
                .as("%s differs from what %s makes; copy deploy/k8s-tests/%s there",
                        AlertRules.PROMETHEUS_RULE_FILE, AlertRules.RULES_FILE, GENERATED)
                .isEqualTo(expected);
        // The text transformation keeps the meaning: the spec is the rules file's content.
        assertThat(AlertRules.parse(expected).get("spec")).isEqualTo(AlertRules.parse(Repository.read(AlertRules.RULES_FILE)));
    }

    @Test
    void prodAppliesTheRulesAsTheyAreInTheRulesFile() {
        GenericKubernetesResource rule = Overlays.render("prod").findGeneric("PrometheusRule", AlertRules.PROMETHEUS_RULE_NAME)
                .orElseThrow(() -> new AssertionError("prod has no PrometheusRule " + AlertRules.PROMETHEUS_RULE_NAME));
        assertThat(Manifests.value(rule, "spec")).contains(AlertRules.parse(Repository.read(AlertRules.RULES_FILE)));
    }

    @Test
    void everyAlertHasASummaryAndARunbookEntryInDeployReadme() {
        List<String> problems = runbookProblems(Repository.read(AlertRules.RULES_FILE), Repository.read("deploy/README.md"));
        assertThat(problems).isEmpty();
    }

    @Test
    void anAlertWithoutRunbookOrWithAnAnchorThatIsNoHeadingIsFound() {
        String rules = Repository.read(AlertRules.RULES_FILE)
                .replace("#sinergioutboxstuck", "#sinergi-outbox-stuck")
                .replaceFirst("\n *runbook_url: [^\n]*#sinergikafkaunreachable", "");
        assertThat(runbookProblems(rules, Repository.read("deploy/README.md"))).containsExactlyInAnyOrder(
                "SinergiOutboxStuck's runbook_url " + AlertRules.RUNBOOK + "sinergi-outbox-stuck: deploy/README.md has no heading sinergi-outbox-stuck",
                "SinergiKafkaUnreachable has no runbook_url");
    }

    @Test
    void anchorsAreTheHeadingsAsGithubWritesThem() {
        assertThat(AlertRules.anchors("# Deploying Sinergi\n```\n# not a heading\n```\n### Replay a dead-letter topic\n"
                + "## Kafka users and ACLs\n### Kafka: users, ACLs\n## Kafka users and ACLs\n"))
                .containsExactly("deploying-sinergi", "replay-a-dead-letter-topic", "kafka-users-and-acls", "kafka-users-acls",
                        "kafka-users-and-acls-1");
    }

    @SuppressWarnings("unchecked")
    private static List<String> runbookProblems(String rulesFile, String readme) {
        Set<String> anchors = AlertRules.anchors(readme);
        List<String> problems = new java.util.ArrayList<>();
        for (Map<String, Object> alert : AlertRules.alerts(AlertRules.parse(rulesFile))) {
            String name = String.valueOf(alert.get("alert"));
            Map<String, Object> annotations = (Map<String, Object>) alert.getOrDefault("annotations", Map.of());
            if (!annotations.containsKey("summary")) {
                problems.add(name + " has no summary");
            }
            Object url = annotations.get("runbook_url");
            if (url == null) {
                problems.add(name + " has no runbook_url");
            } else if (!String.valueOf(url).startsWith(AlertRules.RUNBOOK)) {
                problems.add(name + "'s runbook_url " + url + " does not lead to " + AlertRules.RUNBOOK);
            } else if (!anchors.contains(String.valueOf(url).substring(AlertRules.RUNBOOK.length()))) {
                String anchor = String.valueOf(url).substring(AlertRules.RUNBOOK.length());
                problems.add(name + "'s runbook_url " + url + ": deploy/README.md has no heading " + anchor);
            }
        }
        return problems;
    }
}
