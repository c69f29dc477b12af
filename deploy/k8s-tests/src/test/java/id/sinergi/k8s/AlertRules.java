package id.sinergi.k8s;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/**
 * The alerting rules. deploy/observability/prometheus-alerts.yaml is the only place they are
 * written; the Prometheus Operator's PrometheusRule in the monitoring component is made from it
 * here, text for text (comments kept), so the two cannot differ.
 */
final class AlertRules {

    static final String RULES_FILE = "deploy/observability/prometheus-alerts.yaml";
    static final String RULES_TEST_FILE = "deploy/observability/prometheus-alerts.test.yaml";
    static final String PROMETHEUS_RULE_FILE = "deploy/k8s/components/monitoring/prometheus-rules.yaml";
    static final String PROMETHEUS_RULE_NAME = "sinergi-alerts";
    /** Where runbook_url points: deploy/README.md as the repository serves it, and a heading's anchor. */
    static final String RUNBOOK = "https://git.sinergi.example/sinergi/sinergi/blob/main/deploy/README.md#";

    private static final Pattern HEADING = Pattern.compile("^#{1,6} +(.+?) *#*$", Pattern.MULTILINE);

    private AlertRules() {
    }

    /** The PrometheusRule for the rules file: its groups become the spec, as they are. */
    static String prometheusRule(String rulesFile) {
        int groups = rulesFile.indexOf("\ngroups:");
        if (groups < 0) {
            throw new AssertionError(RULES_FILE + " has no top-level groups:");
        }
        StringBuilder rule = new StringBuilder()
                .append("# GENERATED from ").append(RULES_FILE).append(" by deploy/k8s-tests (AlertRulesTest): do not edit.\n")
                .append("# Edit that file, run the checks, then copy deploy/k8s-tests/target/prometheus-rules.yaml here.\n")
                .append("apiVersion: monitoring.coreos.com/v1\n")
                .append("kind: PrometheusRule\n")
                .append("metadata:\n")
                .append("  name: ").append(PROMETHEUS_RULE_NAME).append('\n')
                .append("spec:\n");
        for (String line : rulesFile.substring(groups + 1).split("\n", -1)) {
            rule.append(line.isEmpty() ? "" : "  " + line).append('\n');
        }
        return rule.toString().replaceAll("\n+$", "\n");
    }

    /** Every rule of the file (alerts and recordings), as parsed. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> alerts(Map<String, Object> rules) {
        List<Map<String, Object>> alerts = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                if (rule.containsKey("alert")) {
                    alerts.add(rule);
                }
            }
        }
        return alerts;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String yaml) {
        return (Map<String, Object>) new Yaml().load(yaml);
    }

    /** The anchors GitHub (and most Markdown renderers) give the headings of a document. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new LinkedHashSet<>();
        Matcher heading = HEADING.matcher(markdown.replaceAll("(?s)```.*?```", ""));
        while (heading.find()) {
            String slug = heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String anchor = slug;
            for (int n = 1; !anchors.add(anchor); n++) {
                anchor = slug + "-" + n;
            }
        }
        return anchors;
    }
}
