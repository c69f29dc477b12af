package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.k8s.NetworkModel.Endpoint;
import id.sinergi.k8s.NetworkModel.Port;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy evaluator follows Kubernetes' rules, so the network checks judge what a cluster would do. */
class NetworkModelTest {

    private final Endpoint web = Endpoint.pod("web", "shop", Map.of("app", "web"), Port.tcp("http", 8080));
    private final Endpoint db = Endpoint.pod("db", "shop", Map.of("app", "db"), Port.tcp(5432));
    private final Endpoint monitor = Endpoint.pod("monitor", "ops", Map.of("app", "monitor"), Port.tcp(9000));
    private final Endpoint webInOps = Endpoint.pod("web-in-ops", "ops", Map.of("app", "web"), Port.tcp(8080));
    private final Endpoint outside = Endpoint.address("outside", "198.51.100.20", Port.tcp(443));

    private static NetworkPolicy policy(String yaml) {
        return (NetworkPolicy) Manifests.parse("test", yaml).items.get(0);
    }

    @Test
    void withoutPoliciesEverythingIsOpen() {
        NetworkModel model = new NetworkModel(List.of());
        assertThat(model.allows(monitor, db, Port.tcp(5432))).isTrue();
        assertThat(model.allows(web, outside, Port.tcp(443))).isTrue();
    }

    @Test
    void aPodSelectorPeerMeansTheSameNamespaceAndNamespaceAndPodSelectorsInOnePeerBothApply() {
        NetworkModel model = new NetworkModel(List.of(policy("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: db, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: db}}
                  ingress:
                    - from:
                        - podSelector: {matchLabels: {app: web}}
                        - namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ops}}
                          podSelector: {matchLabels: {app: monitor}}
                      ports: [{port: 5432}]
                """)));
        assertThat(model.allows(web, db, Port.tcp(5432))).isTrue();
        assertThat(model.allows(monitor, db, Port.tcp(5432))).isTrue();
        assertThat(model.allows(webInOps, db, Port.tcp(5432))).isFalse();
        assertThat(model.allows(web, db, Port.udp(5432))).isFalse();
        // Egress is not restricted by an ingress-only policy.
        assertThat(model.allows(db, outside, Port.tcp(443))).isTrue();
    }

    @Test
    void egressRulesNamedPortsAndIpBlocksWithExceptions() {
        NetworkModel model = new NetworkModel(List.of(policy("""
                apiVersion: networking.k8s.io/v1
                kind: NetworkPolicy
                metadata: {name: web, namespace: shop}
                spec:
                  podSelector: {matchLabels: {app: web}}
                  policyTypes: [Egress]
                  egress:
                    - to: [{podSelector: {matchExpressions: [{key: app, operator: In, values: [web, db]}]}}]
                      ports: [{port: http}, {port: 5400, endPort: 5500}]
                    - to: [{ipBlock: {cidr: 198.51.100.0/24, except: [198.51.100.20/32]}}]
                """)));
        assertThat(model.allows(web, db, Port.tcp(5432))).isTrue();
        assertThat(model.allows(web, db, Port.tcp(5600))).isFalse();
        Endpoint otherWeb = Endpoint.pod("web-2", "shop", Map.of("app", "web"), Port.tcp("http", 8080));
        assertThat(model.allows(web, otherWeb, Port.tcp("http", 8080))).isTrue();
        assertThat(model.allows(web, webInOps, Port.tcp(8080))).isFalse();
        assertThat(model.allows(web, outside, Port.tcp(443))).isFalse();
        assertThat(model.allows(web, Endpoint.address("neighbour", "198.51.100.21", Port.tcp(443)), Port.tcp(443))).isTrue();
        // Ingress to web is not restricted by an egress-only policy.
        assertThat(model.allows(monitor, web, Port.tcp(8080))).isTrue();
    }
}
