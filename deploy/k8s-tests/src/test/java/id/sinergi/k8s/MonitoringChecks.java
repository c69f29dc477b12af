package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where an overlay has the monitoring component: each workload is scraped by exactly one PodMonitor,
 * on a port its container declares and the path its configuration serves metrics on, with the job
 * label the alerts select on (the pod's app.kubernetes.io/name); and the alerts come with it.
 */
final class MonitoringChecks {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private MonitoringChecks() {
    }

    @SuppressWarnings("unchecked")
    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        List<GenericKubernetesResource> monitors = manifests.generic("PodMonitor");
        if (monitors.isEmpty()) {
            return problems;
        }
        for (Workload workload : Workload.all(manifests)) {
            List<GenericKubernetesResource> scraping = monitors.stream().filter(monitor -> NetworkModel.selects(
                    SERIALIZATION.convertValue(Manifests.value(monitor, "spec", "selector").orElse(Map.of()), LabelSelector.class),
                    workload.podLabels())).toList();
            if (scraping.size() != 1) {
                problems.add(workload.name + " is scraped by " + scraping.size() + " PodMonitors; one is expected");
                continue;
            }
            GenericKubernetesResource monitor = scraping.get(0);
            Object jobLabel = Manifests.value(monitor, "spec", "jobLabel").orElse(null);
            if (!"app.kubernetes.io/name".equals(jobLabel) || !workload.name.equals(workload.podLabels().get("app.kubernetes.io/name"))) {
                problems.add(workload.name + "'s job label must be its app.kubernetes.io/name (the alerts select on job), not " + jobLabel);
            }
            String path = configs.get(workload.name) == null ? "/q/metrics"
                    : configs.get(workload.name).properties.getOrDefault("quarkus.micrometer.export.prometheus.path", "/q/metrics");
            for (Map<String, Object> endpoint : (List<Map<String, Object>>) Manifests.value(monitor, "spec", "podMetricsEndpoints")
                    .orElse(List.of())) {
                String port = String.valueOf(endpoint.get("port"));
                if (workload.port(new io.fabric8.kubernetes.api.model.IntOrString(port)).isEmpty()) {
                    problems.add(workload.name + " is scraped on port " + port + ", which its container does not declare");
                }
                if (!path.equals(endpoint.get("path"))) {
                    problems.add(workload.name + " is scraped on " + endpoint.get("path") + " but serves metrics on " + path);
                }
            }
        }
        if (manifests.findGeneric("PrometheusRule", AlertRules.PROMETHEUS_RULE_NAME).isEmpty()) {
            problems.add("the pods are scraped but no PrometheusRule " + AlertRules.PROMETHEUS_RULE_NAME + " alerts on them");
        }
        return problems;
    }
}
