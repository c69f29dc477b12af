package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every overlay, as ops would apply it, passes every check. */
class OverlaysTest {

    static final java.util.List<String> OVERLAYS = Overlays.NAMES;

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyDeploymentHasProbesResourcesAndNoRoot(String overlay) {
        assertThat(WorkloadChecks.check(Overlays.render(overlay), Overlays.CONFIGS)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void portsAndVariablesAreWhatTheServicesRead(String overlay) {
        assertThat(ConfigurationChecks.check(Overlays.render(overlay), Overlays.CONFIGS)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void everyTopicHasAKafkaTopic(String overlay) {
        assertThat(TopicChecks.check(Overlays.render(overlay), Overlays.CONFIGS)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void networkPoliciesOpenExactlyTheIntendedPaths(String overlay) {
        assertThat(NetworkChecks.check(Overlays.render(overlay), Overlays.CONFIGS)).isEmpty();
    }

    @ParameterizedTest
    @FieldSource("OVERLAYS")
    void onlyTheGatewayIsExposed(String overlay) {
        assertThat(ExposureChecks.check(Overlays.render(overlay), Overlays.CONFIGS)).isEmpty();
    }

    @Test
    void prodScalesWithinPartitionsAndConnections() {
        assertThat(AutoscalingChecks.check(Overlays.render("prod"), Overlays.CONFIGS)).isEmpty();
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
