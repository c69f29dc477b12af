package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every overlay, as ops would apply it, passes every check. */
class OverlaysTest {

    /** What every overlay must pass; autoscaling only where the overlay scales (prod). */
    static Stream<Arguments> checks() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("every Deployment has probes, resources and no root", WorkloadChecks::check);
        checks.put("ports and variables are what the services read", ConfigurationChecks::check);
        checks.put("every topic has a KafkaTopic", TopicChecks::check);
        checks.put("each service has its own Kafka user with exactly the ACLs it needs", KafkaAccessChecks::check);
        checks.put("network policies open exactly the intended paths", NetworkChecks::check);
        checks.put("only the gateway is exposed", ExposureChecks::check);
        checks.put("PodMonitors scrape every workload where it serves metrics", MonitoringChecks::check);
        return Overlays.NAMES.stream().flatMap(overlay -> checks.entrySet().stream()
                .map(check -> Arguments.of(overlay, check.getKey(), check.getValue())));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("checks")
    void passes(String overlay, String what, Check check) {
        assertThat(check.problems(Overlays.render(overlay), Overlays.CONFIGS)).as(what).isEmpty();
    }

    @Test
    void prodScalesWithinPartitionsAndConnections() {
        assertThat(AutoscalingChecks.check(Overlays.render("prod"), Overlays.CONFIGS)).isEmpty();
    }

    @Test
    void prodIsMonitored() {
        Manifests prod = Overlays.render("prod");
        assertThat(prod.generic("PodMonitor")).isNotEmpty();
        assertThat(prod.findGeneric("PrometheusRule", AlertRules.PROMETHEUS_RULE_NAME)).isPresent();
    }

    @Test
    void prodCommitsNoSecretValue() {
        Manifests prod = Overlays.render("prod");
        assertThat(prod.all(Secret.class)).isEmpty();
        assertThat(prod.all(ConfigMap.class)).allSatisfy(configMap -> assertThat(configMap.getData().keySet())
                .noneMatch(key -> key.contains("PASSWORD") || key.contains("SECRET") || key.endsWith(".key")));
    }

    @Test
    void prodPinsItsImages() {
        assertThat(Overlays.render("prod").all(Deployment.class))
                .extracting(d -> d.getSpec().getTemplate().getSpec().getContainers().get(0).getImage())
                .allSatisfy(image -> assertThat(image).matches(".+/.+:\\d+\\.\\d+\\.\\d+"));
    }

    @Test
    void devTrustsTheLocalStacksDevelopmentKey() {
        assertThat(Repository.read("deploy/k8s/overlays/dev/sinergi-dev-public.pem"))
                .isEqualTo(Repository.read("deploy/local/src/main/resources/dev-keys/sinergi-dev-public.pem"));
    }
}
