package id.sinergi.k8s;

import id.sinergi.k8s.NetworkModel.Endpoint;
import id.sinergi.k8s.NetworkModel.Port;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeerBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evaluates the overlay's NetworkPolicies over the places traffic can go (the workloads, the
 * database instances, Kafka, cluster DNS, the ingress controller, Prometheus where a PodMonitor
 * scrapes the workloads, the CloudNativePG operator, the
 * Kubernetes API, the internet, and a stranger pod in and outside the namespace) and compares
 * every open connection with the intended ones: exactly these are open.
 *
 * <p>Where Kafka runs in the namespace (dev), Strimzi adds its own ingress policy for the broker
 * pods from the Kafka resource's listeners; it is derived here the same way.
 */
final class NetworkChecks {

    /** A Strimzi bootstrap address: cluster, namespace (optional), port. */
    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    static final Pattern BOOTSTRAP = Pattern.compile("([a-z0-9-]+)-kafka-bootstrap(?:\\.([a-z0-9-]+))?(?:\\.[a-z.]+)?:(\\d+)");

    private NetworkChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Places places = new Places(manifests, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        List<NetworkPolicy> policies = new ArrayList<>(manifests.networkPolicies());
        places.kafka.ifPresent(kafka -> policies.add(strimziListenerPolicy(kafka, places)));
        NetworkModel model = new NetworkModel(policies);

        Set<String> intended = places.intended();
        for (Endpoint source : places.all) {
            for (Endpoint destination : places.all) {
                boolean ours = places.namespace.equals(source.namespace()) || places.namespace.equals(destination.namespace());
                if (source == destination || !ours) {
                    continue;
                }
                for (Port port : destination.ports()) {
                    String path = path(source, destination, port);
                    boolean open = model.allows(source, destination, port);
                    if (open && !intended.contains(path)) {
                        problems.add("open but not intended: " + path);
                    } else if (!open && intended.contains(path)) {
                        problems.add("intended but closed: " + path);
                    }
                }
            }
        }
        return problems;
    }

    static String path(Endpoint source, Endpoint destination, Port port) {
        return source + " -> " + destination + ":" + port;
    }

    /**
     * What Strimzi writes for the brokers: each listener open to its networkPolicyPeers (all if
     * none), the controller port to the brokers, the replication port to the brokers and the
     * entity operator.
     */
    private static NetworkPolicy strimziListenerPolicy(Kafka kafka, Places places) {
        String cluster = kafka.getMetadata().getName();
        List<NetworkPolicyIngressRule> rules = new ArrayList<>();
        for (GenericKafkaListener listener : kafka.getSpec().getKafka().getListeners()) {
            List<NetworkPolicyPeer> peers = listener.getNetworkPolicyPeers() == null ? List.of() : listener.getNetworkPolicyPeers();
            rules.add(new NetworkPolicyIngressRuleBuilder().withFrom(peers).withPorts(tcp(listener.getPort())).build());
        }
        rules.add(new NetworkPolicyIngressRuleBuilder().withFrom(strimziPods(cluster + "-kafka")).withPorts(tcp(9090)).build());
        rules.add(new NetworkPolicyIngressRuleBuilder()
                .withFrom(strimziPods(cluster + "-kafka"), strimziPods(cluster + "-entity-operator"))
                .withPorts(tcp(9091)).build());
        return new NetworkPolicyBuilder()
                .withNewMetadata().withName(cluster + "-network-policy-kafka").withNamespace(places.namespace).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector(null, Map.of("strimzi.io/name", cluster + "-kafka")))
                .withPolicyTypes("Ingress").withIngress(rules).endSpec()
                .build();
    }

    private static NetworkPolicyPeer strimziPods(String name) {
        return new NetworkPolicyPeerBuilder().withPodSelector(new LabelSelector(null, Map.of("strimzi.io/name", name))).build();
    }

    private static NetworkPolicyPort tcp(int port) {
        return new NetworkPolicyPort(null, new IntOrString(port), "TCP");
    }

    /** The places, and which connections between them are meant to be open. */
    private static final class Places {

        final String namespace;
        final List<Endpoint> all = new ArrayList<>();
        final Map<String, Endpoint> workloads = new LinkedHashMap<>();
        final Map<String, List<Endpoint>> databases = new LinkedHashMap<>();
        final Map<String, String> databaseOf = new LinkedHashMap<>();
        final List<Endpoint> brokers = new ArrayList<>();
        final Optional<Kafka> kafka;
        Endpoint entityOperator;
        int kafkaPort;
        final Endpoint ingressController;
        /** Prometheus (namespace monitoring), which the PodMonitors send to the workloads' metrics ports. */
        final Endpoint prometheus = Endpoint.pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus"), Port.tcp(9090));
        /** Workload → the port a PodMonitor scrapes it on. */
        final Map<String, Integer> scraped = new LinkedHashMap<>();
        final Endpoint cnpgOperator;
        final Endpoint dns;
        final Endpoint apiServer = Endpoint.address("kubernetes-api", "10.96.0.1", Port.tcp(443), Port.tcp(6443));
        final Endpoint internet = Endpoint.address("internet", "203.0.113.7", Port.tcp(443));

        Places(Manifests manifests, List<String> problems) {
            namespace = manifests.namespace();
            for (Workload workload : Workload.all(manifests)) {
                int port = workload.container.getPorts().get(0).getContainerPort();
                workloads.put(workload.name, Endpoint.pod(workload.name, namespace, workload.podLabels(), Port.tcp("http", port)));
                workload.literal("QUARKUS_DATASOURCE_JDBC_URL")
                        .map(url -> url.replaceFirst("jdbc:postgresql://([^:/]+)-rw.*", "$1"))
                        .ifPresent(cluster -> databaseOf.put(workload.name, cluster));
            }
            for (GenericKubernetesResource cluster : manifests.generic("Cluster")) {
                String name = cluster.getMetadata().getName();
                Map<String, String> labels = Map.of("cnpg.io/cluster", name, "cnpg.io/podRole", "instance");
                databases.put(name, List.of(
                        Endpoint.pod(name + "-1", namespace, labels, Port.tcp(5432), Port.tcp(8000)),
                        Endpoint.pod(name + "-2", namespace, labels, Port.tcp(5432), Port.tcp(8000))));
            }
            Optional<String> bootstrap = Workload.all(manifests).stream()
                    .flatMap(w -> w.literal("KAFKA_BOOTSTRAP_SERVERS").stream()).findFirst();
            Matcher address = BOOTSTRAP.matcher(bootstrap.orElse(""));
            if (bootstrap.isPresent() && !address.matches()) {
                problems.add("KAFKA_BOOTSTRAP_SERVERS " + bootstrap.get() + " is no Strimzi bootstrap Service (<cluster>-kafka-bootstrap[.namespace]:port)");
            }
            String cluster = address.matches() ? address.group(1) : "none";
            String kafkaNamespace = address.matches() && address.group(2) != null ? address.group(2) : namespace;
            kafkaPort = address.matches() ? Integer.parseInt(address.group(3)) : 9092;
            kafka = manifests.find(Kafka.class, cluster);
            if (address.matches()) {
                Map<String, String> broker = Map.of("strimzi.io/cluster", cluster, "strimzi.io/kind", "Kafka",
                        "strimzi.io/name", cluster + "-kafka", "strimzi.io/broker-role", "true");
                for (int i = 0; i < (kafka.isPresent() ? 2 : 1); i++) {
                    brokers.add(Endpoint.pod(cluster + "-kafka-" + i, kafkaNamespace, broker,
                            Port.tcp(9090), Port.tcp(9091), Port.tcp(kafkaPort)));
                }
            }
            if (kafka.isPresent()) {
                entityOperator = Endpoint.pod(cluster + "-entity-operator", namespace, Map.of("strimzi.io/cluster", cluster,
                        "strimzi.io/kind", "Kafka", "strimzi.io/name", cluster + "-entity-operator"));
            }
            ingressController = Endpoint.pod("ingress-controller", "ingress-nginx",
                    Map.of("app.kubernetes.io/name", "ingress-nginx"), Port.tcp(443));
            cnpgOperator = Endpoint.pod("cloudnative-pg-operator", "cnpg-system",
                    Map.of("app.kubernetes.io/name", "cloudnative-pg"), Port.tcp(9443));
            dns = Endpoint.pod("kube-dns", "kube-system", Map.of("k8s-app", "kube-dns"), Port.udp(53), Port.tcp(53));
            all.addAll(workloads.values());
            databases.values().forEach(all::addAll);
            all.addAll(brokers);
            if (entityOperator != null) {
                all.add(entityOperator);
            }
            for (Workload workload : Workload.all(manifests)) {
                for (GenericKubernetesResource monitor : manifests.generic("PodMonitor")) {
                    Object selector = Manifests.value(monitor, "spec", "selector").orElse(Map.of());
                    if (!NetworkModel.selects(SERIALIZATION.convertValue(selector, LabelSelector.class), workload.podLabels())) {
                        continue;
                    }
                    List<?> endpoints = (List<?>) Manifests.value(monitor, "spec", "podMetricsEndpoints").orElse(List.of());
                    endpoints.forEach(endpoint -> workload.port(new IntOrString(String.valueOf(((Map<?, ?>) endpoint).get("port"))))
                            .ifPresent(port -> scraped.put(workload.name, port.getContainerPort())));
                }
            }
            all.addAll(List.of(ingressController, prometheus, cnpgOperator, dns, apiServer, internet,
                    Endpoint.pod("stranger", namespace, Map.of("app", "stranger"), Port.tcp(8080)),
                    Endpoint.pod("stranger-elsewhere", "elsewhere", Map.of("app", "stranger"), Port.tcp(8080))));
        }

        Set<String> intended() {
            Set<String> paths = new TreeSet<>();
            Endpoint gateway = workloads.get("gateway");
            if (gateway != null) {
                open(paths, ingressController, gateway, 8080);
            }
            workloads.forEach((name, workload) -> {
                if (workload == gateway) {
                    return;
                }
                if (gateway != null) {
                    open(paths, gateway, workload, 8080);
                }
                databases.getOrDefault(databaseOf.get(name), List.of()).forEach(db -> open(paths, workload, db, 5432));
                brokers.forEach(broker -> open(paths, workload, broker, kafkaPort));
                if (name.equals("liaison-service")) {
                    // webhook deliveries to agency systems: HTTPS out of the cluster, nowhere inside it
                    open(paths, workload, internet, 443);
                }
            });
            scraped.forEach((name, port) -> open(paths, prometheus, workloads.get(name), port));
            all.stream().filter(e -> namespace.equals(e.namespace()))
                    .forEach(pod -> dns.ports().forEach(port -> paths.add(path(pod, dns, port))));
            databases.values().forEach(instances -> instances.forEach(db -> {
                open(paths, cnpgOperator, db, 5432, 8000);
                instances.stream().filter(other -> other != db).forEach(other -> open(paths, db, other, 5432, 8000));
                httpsAnywhere(paths, db);
            }));
            if (entityOperator != null) {
                brokers.forEach(broker -> {
                    brokers.stream().filter(other -> other != broker).forEach(other -> open(paths, broker, other, 9090, 9091));
                    open(paths, entityOperator, broker, 9091);
                });
                httpsAnywhere(paths, entityOperator);
            }
            return paths;
        }

        /**
         * The Kubernetes API (and the object store for backups) cannot be named in a policy, so
         * the rule is by port: 443 and 6443 to anywhere, inside the cluster too.
         */
        private void httpsAnywhere(Set<String> paths, Endpoint source) {
            all.stream().filter(destination -> destination != source).forEach(destination -> destination.ports().stream()
                    .filter(port -> "TCP".equals(port.protocol()) && (port.number() == 443 || port.number() == 6443))
                    .forEach(port -> paths.add(path(source, destination, port))));
        }

        private static void open(Set<String> paths, Endpoint source, Endpoint destination, int... ports) {
            for (int port : ports) {
                paths.add(path(source, destination, Port.tcp(port)));
            }
        }
    }
}
