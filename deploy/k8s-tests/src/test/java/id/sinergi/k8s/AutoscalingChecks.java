package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where an overlay scales (prod): every Deployment has a HorizontalPodAutoscaler of at least two
 * replicas and a PodDisruptionBudget that keeps one; a consuming service never scales past the
 * partitions of a topic it reads (the extra consumers would sit idle); and the most replicas a
 * rollout can run at once, times the connection pool, fit the database's max_connections.
 */
final class AutoscalingChecks {

    /** Room the operator and an administrator keep on each database. */
    private static final int RESERVED_CONNECTIONS = 10;

    private AutoscalingChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : Workload.all(manifests)) {
            Optional<HorizontalPodAutoscaler> hpa = manifests.all(HorizontalPodAutoscaler.class).stream()
                    .filter(h -> "Deployment".equals(h.getSpec().getScaleTargetRef().getKind())
                            && workload.name.equals(h.getSpec().getScaleTargetRef().getName()))
                    .findFirst();
            if (hpa.isEmpty()) {
                problems.add(workload.name + " has no HorizontalPodAutoscaler");
                continue;
            }
            int min = Optional.ofNullable(hpa.get().getSpec().getMinReplicas()).orElse(1);
            int max = hpa.get().getSpec().getMaxReplicas();
            if (min < 2 || max < min) {
                problems.add(workload.name + " scales between " + min + " and " + max + "; at least two replicas keep it up in a node loss");
            }
            disruptionBudget(manifests, workload, min, problems);
            ServiceConfig config = configs.get(workload.name);
            if (config != null) {
                partitions(manifests, workload, config, max, problems);
                connections(manifests, workload, config, max, problems);
            }
        }
        return problems;
    }

    private static void disruptionBudget(Manifests manifests, Workload workload, int minReplicas, List<String> problems) {
        Optional<PodDisruptionBudget> budget = manifests.all(PodDisruptionBudget.class).stream()
                .filter(pdb -> NetworkModel.selects(pdb.getSpec().getSelector(), workload.podLabels())).findFirst();
        if (budget.isEmpty()) {
            problems.add(workload.name + " has no PodDisruptionBudget");
            return;
        }
        IntOrString maxUnavailable = budget.get().getSpec().getMaxUnavailable();
        IntOrString minAvailable = budget.get().getSpec().getMinAvailable();
        boolean keepsOne = maxUnavailable != null && maxUnavailable.getIntVal() != null && maxUnavailable.getIntVal() < minReplicas
                || minAvailable != null && minAvailable.getIntVal() != null && minAvailable.getIntVal() >= 1;
        if (!keepsOne) {
            problems.add(workload.name + "'s PodDisruptionBudget may let a drain take every replica");
        }
    }

    private static void partitions(Manifests manifests, Workload workload, ServiceConfig config, int max, List<String> problems) {
        for (String topic : config.consumedTopics()) {
            int partitions = TopicChecks.partitions(manifests, topic);
            if (max > partitions) {
                problems.add(workload.name + " scales to " + max + " replicas but " + topic + " has " + partitions
                        + " partitions: the extra consumers would sit idle");
            }
        }
    }

    private static void connections(Manifests manifests, Workload workload, ServiceConfig config, int max, List<String> problems) {
        Optional<String> cluster = workload.literal("QUARKUS_DATASOURCE_JDBC_URL")
                .map(url -> url.replaceFirst("jdbc:postgresql://([^:/]+)-rw.*", "$1"));
        Optional<GenericKubernetesResource> database = cluster.flatMap(name -> manifests.findGeneric("Cluster", name));
        if (database.isEmpty()) {
            return;
        }
        int pool = Integer.parseInt(workload.literal("SINERGI_DB_POOL_SIZE").orElse(config.defaultOf("SINERGI_DB_POOL_SIZE")));
        int maxConnections = Integer.parseInt(String.valueOf(
                Manifests.value(database.get(), "spec", "postgresql", "parameters", "max_connections").orElse("100")));
        // A rolling update runs up to a quarter more pods (maxSurge 25%, rounded up).
        int pods = max + (max + 3) / 4;
        if (pods * pool > maxConnections - RESERVED_CONNECTIONS) {
            problems.add(workload.name + " may open " + pods * pool + " connections (" + pods + " pods x " + pool
                    + ") to " + cluster.get() + ", which allows " + maxConnections);
        }
    }
}
