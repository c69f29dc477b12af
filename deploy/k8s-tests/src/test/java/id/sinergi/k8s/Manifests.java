package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.nodepool.KafkaNodePool;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One rendered overlay as typed objects: fabric8's model for Kubernetes kinds, Strimzi's for
 * Kafka kinds, and {@link GenericKubernetesResource} for CloudNativePG (it has no Java model).
 * The list is mutable so that tests can break a copy on purpose.
 */
final class Manifests {

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static {
        // Strimzi's classes carry no group/version annotations: tell the parser which kind is which.
        SERIALIZATION.registerKubernetesResource("kafka.strimzi.io/v1", "KafkaTopic", KafkaTopic.class);
        SERIALIZATION.registerKubernetesResource("kafka.strimzi.io/v1", "Kafka", Kafka.class);
        SERIALIZATION.registerKubernetesResource("kafka.strimzi.io/v1", "KafkaNodePool", KafkaNodePool.class);
        SERIALIZATION.registerKubernetesResource("kafka.strimzi.io/v1", "KafkaUser", KafkaUser.class);
    }

    final String overlay;
    final List<HasMetadata> items;

    private Manifests(String overlay, List<HasMetadata> items) {
        this.overlay = overlay;
        this.items = items;
    }

    /** Renders deploy/k8s/overlays/NAME. */
    static Manifests render(String overlayName) {
        return parse(overlayName, Kustomize.render("deploy/k8s/overlays/" + overlayName));
    }

    static Manifests parse(String overlay, String yaml) {
        Object parsed = SERIALIZATION.unmarshal(yaml);
        List<HasMetadata> items = new ArrayList<>();
        if (parsed instanceof KubernetesList list) {
            items.addAll(list.getItems());
        } else if (parsed instanceof List<?> list) {
            list.forEach(item -> items.add((HasMetadata) item));
        } else {
            items.add((HasMetadata) parsed);
        }
        return new Manifests(overlay, items);
    }

    /** A deep copy to break on purpose. */
    Manifests copy() {
        List<HasMetadata> copies = new ArrayList<>();
        items.forEach(item -> copies.add(SERIALIZATION.clone(item)));
        return new Manifests(overlay, copies);
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return items.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(item -> item.getMetadata().getName().equals(name)).findFirst();
    }

    <T extends HasMetadata> T get(Class<T> type, String name) {
        return find(type, name).orElseThrow(() -> new AssertionError(overlay + " has no " + type.getSimpleName() + " " + name));
    }

    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(item -> kind.equals(item.getKind())).toList();
    }

    Optional<GenericKubernetesResource> findGeneric(String kind, String name) {
        return generic(kind).stream().filter(item -> item.getMetadata().getName().equals(name)).findFirst();
    }

    List<Deployment> deployments() {
        return all(Deployment.class);
    }

    List<Service> services() {
        return all(Service.class);
    }

    List<NetworkPolicy> networkPolicies() {
        return all(NetworkPolicy.class);
    }

    List<KafkaTopic> kafkaTopics() {
        return all(KafkaTopic.class);
    }

    List<KafkaUser> kafkaUsers() {
        return all(KafkaUser.class);
    }

    /** A ConfigMap by the name a workload uses (kustomize has already added the hash suffix there). */
    Optional<ConfigMap> configMap(String name) {
        return find(ConfigMap.class, name);
    }

    /** The namespace the overlay deploys the workloads to. */
    String namespace() {
        return deployments().get(0).getMetadata().getNamespace();
    }

    boolean remove(Class<? extends HasMetadata> type, String name) {
        return items.removeIf(item -> type.isInstance(item) && item.getMetadata().getName().equals(name));
    }

    /** Nested value of a generic resource, e.g. spec → bootstrap → initdb → database. */
    @SuppressWarnings("unchecked")
    static Optional<Object> value(GenericKubernetesResource resource, String... path) {
        Object current = resource.getAdditionalProperties();
        for (String key : path) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = ((Map<String, Object>) map).get(key);
        }
        return Optional.ofNullable(current);
    }
}
