package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.strimzi.api.kafka.model.kafka.Kafka;
import io.strimzi.api.kafka.model.kafka.listener.GenericKafkaListener;
import io.strimzi.api.kafka.model.topic.KafkaTopic;
import io.strimzi.api.kafka.model.user.KafkaUser;
import io.strimzi.api.kafka.model.user.KafkaUserAuthorizationSimple;
import io.strimzi.api.kafka.model.user.KafkaUserTlsClientAuthentication;
import io.strimzi.api.kafka.model.user.acl.AclOperation;
import io.strimzi.api.kafka.model.user.acl.AclResourcePatternType;
import io.strimzi.api.kafka.model.user.acl.AclRuleBuilder;
import io.strimzi.api.kafka.model.user.acl.AclRuleTopicResourceBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each check fails on a copy of a real overlay broken on purpose, and names what is wrong. */
class BrokenManifestsTest {

    private static List<String> run(Check check, Manifests manifests) {
        return check.problems(manifests, Overlays.CONFIGS);
    }

    private static Container container(Manifests manifests, String deployment) {
        return manifests.get(Deployment.class, deployment).getSpec().getTemplate().getSpec().getContainers().get(0);
    }

    private static ConfigMap configMap(Manifests manifests, String prefix) {
        return manifests.all(ConfigMap.class).stream()
                .filter(c -> c.getMetadata().getName().startsWith(prefix + "-")).findFirst().orElseThrow();
    }

    @Test
    void aMissingOrMisdirectedProbeIsFound() {
        Manifests dev = Overlays.render("dev");
        container(dev, "inmate-service").setReadinessProbe(null);
        container(dev, "gateway").getLivenessProbe().getHttpGet().setPort(new IntOrString(9000));
        container(dev, "program-service").getStartupProbe().getHttpGet().setPath("/q/health");
        assertThat(run(WorkloadChecks::check, dev)).containsExactlyInAnyOrder(
                "inmate-service has no HTTP probe on /q/health/ready",
                "gateway's probe on /q/health/live uses port 9000, which the container does not declare",
                "program-service's probe for /q/health/started asks /q/health");
    }

    @Test
    void missingResourcesAndRootAreFound() {
        Manifests prod = Overlays.render("prod");
        container(prod, "gateway").getResources().setLimits(null);
        container(prod, "liaison-service").getSecurityContext().setRunAsNonRoot(false);
        container(prod, "inmate-service").getSecurityContext().setReadOnlyRootFilesystem(false);
        container(prod, "program-service").getSecurityContext().setAllowPrivilegeEscalation(true);
        assertThat(run(WorkloadChecks::check, prod)).containsExactlyInAnyOrder(
                "gateway needs a cpu request and limit",
                "gateway needs a memory request and limit",
                "liaison-service may run as root (runAsNonRoot must be true, runAsUser not 0)",
                "inmate-service has a writable root filesystem",
                "program-service may escalate privileges");
    }

    @Test
    void aContainerPortOtherThanQuarkusListensOnIsFound() {
        Manifests dev = Overlays.render("dev");
        container(dev, "liaison-service").getPorts().get(0).setContainerPort(8083);
        assertThat(run(ConfigurationChecks::check, dev))
                .containsExactly("liaison-service listens on 8080: its container must declare exactly that port, named http, not [http:8083]");
    }

    @Test
    void aMissingRequiredVariableIsFound() {
        Manifests prod = Overlays.render("prod");
        configMap(prod, "sinergi-jwt").getData().remove("SINERGI_JWT_ISSUER");
        assertThat(run(ConfigurationChecks::check, prod)).containsExactlyInAnyOrder(
                "gateway needs SINERGI_JWT_ISSUER (its configuration has no default)",
                "inmate-service needs SINERGI_JWT_ISSUER (its configuration has no default)",
                "program-service needs SINERGI_JWT_ISSUER (its configuration has no default)",
                "liaison-service needs SINERGI_JWT_ISSUER (its configuration has no default)");
    }

    @Test
    void aVariableNoServiceReadsIsFoundAndOneItReadsIsAccepted() {
        Manifests dev = Overlays.render("dev");
        container(dev, "program-service").getEnv().add(new EnvVar("SINERGI_OUTBOX_SWEEP_INTERVAL", "PT2S", null));
        container(dev, "program-service").getEnv().add(new EnvVar("SINERGI_OUTBOX_SWEEP_INTERVALL", "PT2S", null));
        container(dev, "gateway").getEnv().add(new EnvVar("KAFKA_BOOTSTRAP_SERVERS", "sinergi-kafka-bootstrap:9092", null));
        assertThat(run(ConfigurationChecks::check, dev)).containsExactlyInAnyOrder(
                "program-service sets SINERGI_OUTBOX_SWEEP_INTERVALL, which its configuration never reads",
                "gateway sets KAFKA_BOOTSTRAP_SERVERS, which its configuration never reads");
    }

    @Test
    void anotherServicesDatabaseIsFound() {
        Manifests dev = Overlays.render("dev");
        configMap(dev, "program-service-config").getData()
                .put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://liaison-db-rw:5432/liaison");
        assertThat(run(ConfigurationChecks::check, dev)).containsExactlyInAnyOrder(
                "program-service must take QUARKUS_DATASOURCE_USERNAME from Secret liaison-db-app, key username",
                "program-service must take QUARKUS_DATASOURCE_PASSWORD from Secret liaison-db-app, key password");
        assertThat(run(NetworkChecks::check, dev)).contains(
                "intended but closed: program-service -> liaison-db-1:5432",
                "open but not intended: program-service -> program-db-1:5432");
    }

    @Test
    void aGatewayUpstreamThatLeadsElsewhereIsFound() {
        Manifests dev = Overlays.render("dev");
        configMap(dev, "gateway-config").getData().put("SINERGI_PROGRAM_URL", "http://liaison-service:8080");
        configMap(dev, "gateway-config").getData().put("SINERGI_INMATE_URL", "http://inmate-service:8081");
        assertThat(run(ConfigurationChecks::check, dev)).containsExactlyInAnyOrder(
                "gateway's SINERGI_PROGRAM_URL (http://liaison-service:8080) does not reach program-service's http port",
                "gateway's SINERGI_INMATE_URL (http://inmate-service:8081) does not reach inmate-service's http port");
    }

    @Test
    void aJwtKeyFileThatIsNotMountedIsFound() {
        Manifests dev = Overlays.render("dev");
        configMap(dev, "sinergi-jwt").getData().put("SINERGI_JWT_PUBLIC_KEY_LOCATION", "/etc/sinergi/jwt/jwks.json");
        assertThat(run(ConfigurationChecks::check, dev)).hasSize(4).allSatisfy(problem ->
                assertThat(problem).endsWith("reads its JWT keys from /etc/sinergi/jwt/jwks.json, but ConfigMap "
                        + configMap(dev, "sinergi-jwt-keys").getMetadata().getName() + " has no jwks.json"));
    }

    @Test
    void aMissingDeploymentIsFound() {
        Manifests prod = Overlays.render("prod");
        prod.remove(Deployment.class, "liaison-service");
        assertThat(run(ConfigurationChecks::check, prod)).containsExactlyInAnyOrder(
                "liaison-service has no Deployment",
                "gateway's SINERGI_LIAISON_URL leads to liaison-service, which is no Service of liaison-service");
    }

    @Test
    void aTopicWithoutKafkaTopicOrWithBadSettingsIsFound() {
        Manifests prod = Overlays.render("prod");
        prod.remove(KafkaTopic.class, "inmate-events-v1-liaison-service-dlq");
        prod.get(KafkaTopic.class, "program-events-v1").getSpec().setReplicas(1);
        prod.get(KafkaTopic.class, "liaison-events-v1").getSpec().getConfig().put("retention.ms", 40L * 24 * 3600 * 1000);
        assertThat(run(TopicChecks::check, prod)).containsExactlyInAnyOrder(
                "topic inmate.events.v1.liaison-service.dlq has no KafkaTopic",
                "KafkaTopic program.events.v1 wants 2 in-sync replicas of 1: no write would succeed",
                "KafkaTopic liaison.events.v1 keeps records longer than consumers remember processed events (PT720H)");
    }

    private static List<io.strimzi.api.kafka.model.user.acl.AclRule> acls(Manifests manifests, String user) {
        return ((KafkaUserAuthorizationSimple) manifests.get(KafkaUser.class, user).getSpec().getAuthorization()).getAcls();
    }

    @Test
    void aMissingOrAnExtraAclIsFound() {
        Manifests dev = Overlays.render("dev");
        acls(dev, "inmate-service").removeIf(rule -> "group".equals(rule.getResource().getType()));
        acls(dev, "inmate-service").add(new AclRuleBuilder()
                .withResource(new AclRuleTopicResourceBuilder().withName("program.events.v1").build())
                .withOperations(AclOperation.READ).build());
        acls(dev, "program-service").add(new AclRuleBuilder()
                .withResource(new AclRuleTopicResourceBuilder().withName("program.").withPatternType(AclResourcePatternType.PREFIX).build())
                .withOperations(AclOperation.ALL).build());
        assertThat(run(KafkaAccessChecks::check, dev)).containsExactlyInAnyOrder(
                "KafkaUser inmate-service lacks Read on group inmate-service, which inmate-service needs",
                "KafkaUser inmate-service allows Read on topic program.events.v1, which inmate-service does not need",
                "KafkaUser program-service allows All on topic program. (prefix), which program-service does not need");
    }

    @Test
    void aKafkaUserOfNoServiceIsFound() {
        Manifests dev = Overlays.render("dev");
        dev.items.addAll(Manifests.parse("dev", Repository.read("deploy/k8s/ops/kafka-ops-user.yaml")).items);
        assertThat(run(KafkaAccessChecks::check, dev)).containsExactly("KafkaUser sinergi-ops belongs to no service that uses Kafka");
    }

    @Test
    void aServiceThatConsumesAnotherTopicNeedsItsUserAllowedFirst() {
        ServiceConfig inmate = ServiceConfig.of("inmate-service");
        inmate.properties.put("mp.messaging.incoming.program-events.connector", "smallrye-kafka");
        inmate.properties.put("mp.messaging.incoming.program-events.topic", "program.events.v1");
        inmate.properties.put("mp.messaging.incoming.program-events.failure-strategy", "dead-letter-queue");
        inmate.properties.put("mp.messaging.incoming.program-events.dead-letter-queue.topic", "program.events.v1.inmate-service.dlq");
        Map<String, ServiceConfig> configs = new java.util.LinkedHashMap<>(Overlays.CONFIGS);
        configs.put("inmate-service", inmate);
        // No group.id: Quarkus's default, the application name.
        assertThat(KafkaAccessChecks.check(Overlays.render("prod"), configs)).containsExactlyInAnyOrder(
                "KafkaUser inmate-service lacks Read on topic program.events.v1, which inmate-service needs",
                "KafkaUser inmate-service lacks Describe on topic program.events.v1, which inmate-service needs",
                "KafkaUser inmate-service lacks Write on topic program.events.v1.inmate-service.dlq, which inmate-service needs",
                "KafkaUser inmate-service lacks Describe on topic program.events.v1.inmate-service.dlq, which inmate-service needs");
    }

    @Test
    void aServiceOnAnotherUserOrWithoutTlsIsFound() {
        Manifests prod = Overlays.render("prod");
        container(prod, "program-service").getEnv().stream().filter(v -> v.getName().equals("KAFKA_SASL_JAAS_CONFIG"))
                .forEach(v -> v.getValueFrom().getSecretKeyRef().setName("liaison-service"));
        configMap(prod, "sinergi-kafka").getData().put("KAFKA_SECURITY_PROTOCOL", "SASL_PLAINTEXT");
        prod.get(KafkaUser.class, "liaison-service").getSpec().setAuthentication(new KafkaUserTlsClientAuthentication());
        prod.remove(KafkaUser.class, "inmate-service");
        assertThat(run(KafkaAccessChecks::check, prod)).containsExactlyInAnyOrder(
                "program-service must take KAFKA_SASL_JAAS_CONFIG from Secret program-service, key sasl.jaas.config",
                "inmate-service must set KAFKA_SECURITY_PROTOCOL=SASL_SSL, not SASL_PLAINTEXT",
                "program-service must set KAFKA_SECURITY_PROTOCOL=SASL_SSL, not SASL_PLAINTEXT",
                "liaison-service must set KAFKA_SECURITY_PROTOCOL=SASL_SSL, not SASL_PLAINTEXT",
                "inmate-service has no KafkaUser inmate-service",
                "KafkaUser liaison-service must authenticate with scram-sha-512");
        assertThat(run(ConfigurationChecks::check, prod))
                .containsExactly("inmate-service reads KAFKA_SASL_JAAS_CONFIG from Secret inmate-service, which nothing creates");
    }

    @Test
    void aPlaintextListenerOrAClusterWithoutAclsIsFound() {
        Manifests dev = Overlays.render("dev");
        GenericKafkaListener listener = dev.get(Kafka.class, "sinergi").getSpec().getKafka().getListeners().get(0);
        listener.setTls(false);
        listener.setAuth(null);
        dev.get(Kafka.class, "sinergi").getSpec().getKafka().setAuthorization(null);
        dev.get(Kafka.class, "sinergi").getSpec().getEntityOperator().setUserOperator(null);
        assertThat(run(KafkaAccessChecks::check, dev)).containsExactlyInAnyOrder(
                "Kafka sinergi's listener tls (9093) must be TLS with scram-sha-512 authentication",
                "Kafka sinergi does not enforce ACLs (spec.kafka.authorization type simple)",
                "Kafka sinergi runs no user operator: the KafkaUsers would never become users");
    }

    @Test
    void aKafkaVariableThatIsNoClientSettingIsFound() {
        Manifests dev = Overlays.render("dev");
        container(dev, "inmate-service").getEnv().add(new EnvVar("KAFKA_SSL_TRUSTSTORE_CERTIFICATE", "x", null));
        container(dev, "inmate-service").getEnv().add(new EnvVar("KAFKA_SSL_ENDPOINT_IDENTIFICATION_ALGORITHM", "https", null));
        assertThat(run(ConfigurationChecks::check, dev))
                .containsExactly("inmate-service sets KAFKA_SSL_TRUSTSTORE_CERTIFICATE, which its configuration never reads");
    }

    @Test
    void aPodMonitorOnTheWrongPortOrPathOrWithoutItsWayInIsFound() {
        Manifests prod = Overlays.render("prod");
        GenericKubernetesResource monitor = prod.generic("PodMonitor").get(0);
        @SuppressWarnings("unchecked")
        Map<String, Object> endpoint = ((List<Map<String, Object>>) Manifests.value(monitor, "spec", "podMetricsEndpoints").orElseThrow()).get(0);
        endpoint.put("path", "/metrics");
        assertThat(run(MonitoringChecks::check, prod)).containsExactlyInAnyOrder(
                "gateway is scraped on /metrics but serves metrics on /q/metrics",
                "inmate-service is scraped on /metrics but serves metrics on /q/metrics",
                "program-service is scraped on /metrics but serves metrics on /q/metrics",
                "liaison-service is scraped on /metrics but serves metrics on /q/metrics");
        endpoint.put("path", "/q/metrics");
        prod.remove(NetworkPolicy.class, "prometheus-scrape");
        assertThat(run(NetworkChecks::check, prod)).containsExactlyInAnyOrder(
                "intended but closed: prometheus -> gateway:8080",
                "intended but closed: prometheus -> inmate-service:8080",
                "intended but closed: prometheus -> program-service:8080",
                "intended but closed: prometheus -> liaison-service:8080");
        // Without a PodMonitor, Prometheus has no business with the pods.
        Manifests unmonitored = Overlays.render("prod");
        unmonitored.items.removeIf(item -> "PodMonitor".equals(item.getKind()));
        assertThat(run(NetworkChecks::check, unmonitored)).containsExactlyInAnyOrder(
                "open but not intended: prometheus -> gateway:8080",
                "open but not intended: prometheus -> inmate-service:8080",
                "open but not intended: prometheus -> program-service:8080",
                "open but not intended: prometheus -> liaison-service:8080");
    }

    @Test
    void withoutDefaultDenyAPodWithoutPoliciesIsOpen() {
        Manifests dev = Overlays.render("dev");
        dev.remove(NetworkPolicy.class, "default-deny");
        // Each workload's own policies still hold it, and allow-dns limits every pod's way out;
        // a pod that no other policy selects is open to anyone.
        assertThat(run(NetworkChecks::check, dev)).containsExactlyInAnyOrder(
                "open but not intended: ingress-controller -> stranger:8080",
                "open but not intended: prometheus -> stranger:8080",
                "open but not intended: cloudnative-pg-operator -> stranger:8080",
                "open but not intended: kube-dns -> stranger:8080",
                "open but not intended: kubernetes-api -> stranger:8080",
                "open but not intended: internet -> stranger:8080",
                "open but not intended: stranger-elsewhere -> stranger:8080");
    }

    @Test
    void aPolicyThatOpensTooMuchIsFound() {
        Manifests prod = Overlays.render("prod");
        prod.items.add(new NetworkPolicyBuilder()
                .withNewMetadata().withName("allow-out").withNamespace(prod.namespace()).endMetadata()
                .withNewSpec().withPodSelector(new LabelSelector(null, Map.of("app.kubernetes.io/name", "inmate-service")))
                .withPolicyTypes("Egress").addNewEgress().addNewTo().withNewIpBlock().withCidr("0.0.0.0/0").endIpBlock()
                .endTo().endEgress().endSpec().build());
        assertThat(run(NetworkChecks::check, prod)).contains(
                "open but not intended: inmate-service -> internet:443",
                "open but not intended: inmate-service -> kubernetes-api:6443",
                "open but not intended: inmate-service -> sinergi-kafka-0:9091");
    }

    @Test
    void aMissingPathIsFound() {
        Manifests dev = Overlays.render("dev");
        dev.remove(NetworkPolicy.class, "allow-dns");
        dev.get(NetworkPolicy.class, "services-from-gateway").getSpec().getIngress().get(0).getPorts().get(0)
                .setPort(new IntOrString(8081));
        assertThat(run(NetworkChecks::check, dev)).contains(
                "intended but closed: gateway -> kube-dns:53/UDP",
                "intended but closed: inmate-db-1 -> kube-dns:53",
                "intended but closed: gateway -> program-service:8080");
    }

    @Test
    void aKafkaListenerOpenToEveryoneIsFound() {
        Manifests dev = Overlays.render("dev");
        dev.get(Kafka.class, "sinergi").getSpec().getKafka().getListeners().get(0).setNetworkPolicyPeers(null);
        assertThat(run(NetworkChecks::check, dev)).hasSize(14).contains(
                "open but not intended: stranger-elsewhere -> sinergi-kafka-0:9093",
                "open but not intended: ingress-controller -> sinergi-kafka-1:9093",
                "open but not intended: internet -> sinergi-kafka-0:9093");
    }

    @Test
    void aSecondWayInIsFound() {
        Manifests prod = Overlays.render("prod");
        prod.get(Ingress.class, "sinergi").getSpec().getRules().get(0).getHttp().getPaths().get(0)
                .getBackend().getService().setName("inmate-service");
        prod.get(Ingress.class, "sinergi").getMetadata().getAnnotations().remove("nginx.ingress.kubernetes.io/proxy-body-size");
        prod.get(Service.class, "program-service").getSpec().setType("LoadBalancer");
        assertThat(run(ExposureChecks::check, prod)).containsExactlyInAnyOrder(
                "Ingress sinergi leads to inmate-service; only the gateway may be reached",
                "the Ingress refuses bodies over 1m although the gateway accepts up to 10M",
                "Service program-service is a LoadBalancer: the Ingress is the only way in");
    }

    @Test
    void scalingPastPartitionsOrConnectionsOrWithoutBudgetIsFound() {
        Manifests prod = Overlays.render("prod");
        prod.remove(PodDisruptionBudget.class, "gateway");
        prod.get(HorizontalPodAutoscaler.class, "program-service").getSpec().setMinReplicas(1);
        prod.get(HorizontalPodAutoscaler.class, "liaison-service").getSpec().setMaxReplicas(8);
        assertThat(run(AutoscalingChecks::check, prod)).containsExactlyInAnyOrder(
                "gateway has no PodDisruptionBudget",
                "program-service scales between 1 and 6; at least two replicas keep it up in a node loss",
                "program-service's PodDisruptionBudget may let a drain take every replica",
                "liaison-service scales to 8 replicas but inmate.events.v1 has 6 partitions: the extra consumers would sit idle",
                "liaison-service scales to 8 replicas but program.events.v1 has 6 partitions: the extra consumers would sit idle",
                // its webhook fan-out reads its own topic too
                "liaison-service scales to 8 replicas but liaison.events.v1 has 6 partitions: the extra consumers would sit idle",
                "liaison-service may open 200 connections (10 pods x 20) to liaison-db, which allows 200");
    }

    @Test
    void devDoesNotScale() {
        assertThat(run(AutoscalingChecks::check, Overlays.render("dev"))).hasSize(4)
                .allSatisfy(problem -> assertThat(problem).endsWith("has no HorizontalPodAutoscaler"));
    }
}
