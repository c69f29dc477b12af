package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A Deployment's one container with its environment resolved against the rendered ConfigMaps,
 * the way the kubelet would build it. What cannot be resolved is a problem, listed in
 * {@link #problems}.
 */
final class Workload {

    /**
     * Objects the manifests refer to that ops or an operator create, not kustomize: the JWT key set
     * in prod, the Kafka cluster's CA certificate (written by Strimzi beside the Kafka in dev,
     * copied by ops in prod; deploy/README.md); CloudNativePG's {@code <cluster>-app} Secrets are
     * accepted for every rendered Cluster, Strimzi's user Secrets for every rendered KafkaUser.
     */
    static final Set<String> CREATED_OUTSIDE = Set.of("ConfigMap/sinergi-jwt-keys", "Secret/sinergi-cluster-ca-cert");

    /** Where a variable's value comes from: a literal (from a ConfigMap or the manifest), or a Secret key. */
    record Value(String literal, String secret, String secretKey) {
    }

    final Deployment deployment;
    final String name;
    final Container container;
    final Map<String, Value> environment = new TreeMap<>();
    final List<String> problems = new java.util.ArrayList<>();

    Workload(Deployment deployment, Manifests manifests) {
        this.deployment = deployment;
        this.name = deployment.getMetadata().getName();
        List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
        this.container = containers.get(0);
        if (containers.size() != 1) {
            problems.add(name + " has " + containers.size() + " containers; one is expected");
        }
        resolveEnvironment(manifests);
    }

    static List<Workload> all(Manifests manifests) {
        return manifests.deployments().stream().map(d -> new Workload(d, manifests)).toList();
    }

    PodSpec pod() {
        return deployment.getSpec().getTemplate().getSpec();
    }

    Map<String, String> podLabels() {
        return deployment.getSpec().getTemplate().getMetadata().getLabels();
    }

    Optional<String> literal(String variable) {
        return Optional.ofNullable(environment.get(variable)).map(Value::literal);
    }

    /** The container port a probe or Service refers to, by name or number. */
    Optional<ContainerPort> port(IntOrString reference) {
        List<ContainerPort> ports = container.getPorts() == null ? List.of() : container.getPorts();
        return ports.stream().filter(port -> reference.getStrVal() != null
                ? reference.getStrVal().equals(port.getName())
                : reference.getIntVal().equals(port.getContainerPort())).findFirst();
    }

    Optional<Volume> volume(String volumeName) {
        List<Volume> volumes = pod().getVolumes() == null ? List.of() : pod().getVolumes();
        return volumes.stream().filter(volume -> volume.getName().equals(volumeName)).findFirst();
    }

    static boolean createdOutside(Manifests manifests, String kind, String objectName) {
        return CREATED_OUTSIDE.contains(kind + "/" + objectName) || "Secret".equals(kind) && objectName.endsWith("-app")
                && manifests.findGeneric("Cluster", objectName.substring(0, objectName.length() - "-app".length())).isPresent()
                || "Secret".equals(kind) && manifests.find(KafkaUser.class, objectName).isPresent();
    }

    private void resolveEnvironment(Manifests manifests) {
        for (EnvFromSource source : container.getEnvFrom() == null ? List.<EnvFromSource>of() : container.getEnvFrom()) {
            if (source.getSecretRef() != null) {
                problems.add(name + " takes every key of Secret " + source.getSecretRef().getName()
                        + ": name its variables one by one (secretKeyRef) so they can be checked");
            } else if (source.getConfigMapRef() != null) {
                String configMap = source.getConfigMapRef().getName();
                Optional<ConfigMap> found = manifests.configMap(configMap);
                if (found.isEmpty()) {
                    problems.add(name + " takes its environment from ConfigMap " + configMap + ", which is not in the overlay");
                } else if (found.get().getData() != null) {
                    String prefix = source.getPrefix() == null ? "" : source.getPrefix();
                    found.get().getData().forEach((key, value) -> environment.put(prefix + key, new Value(value, null, null)));
                }
            }
        }
        for (EnvVar variable : container.getEnv() == null ? List.<EnvVar>of() : container.getEnv()) {
            environment.put(variable.getName(), resolve(variable, manifests));
        }
    }

    private Value resolve(EnvVar variable, Manifests manifests) {
        if (variable.getValueFrom() == null) {
            return new Value(variable.getValue(), null, null);
        }
        var from = variable.getValueFrom();
        if (from.getSecretKeyRef() != null) {
            String secret = from.getSecretKeyRef().getName();
            if (manifests.find(Secret.class, secret).isEmpty() && !createdOutside(manifests, "Secret", secret)) {
                problems.add(name + " reads " + variable.getName() + " from Secret " + secret + ", which nothing creates");
            }
            return new Value(null, secret, from.getSecretKeyRef().getKey());
        }
        if (from.getConfigMapKeyRef() != null) {
            String configMap = from.getConfigMapKeyRef().getName();
            String key = from.getConfigMapKeyRef().getKey();
            Optional<String> value = manifests.configMap(configMap).map(ConfigMap::getData).map(data -> data.get(key));
            if (value.isEmpty()) {
                problems.add(name + " reads " + variable.getName() + " from " + configMap + "/" + key + ", which is not in the overlay");
            }
            return new Value(value.orElse(null), null, null);
        }
        return new Value(null, null, null);
    }
}
