package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.IPBlock;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Kubernetes NetworkPolicy semantics over a small model of the places traffic goes between: a
 * connection is open when the source's policies let it out (or none selects the source for
 * egress) and the destination's let it in (or none selects the destination for ingress). Policies
 * only ever select pods of their own namespace; rules are unions.
 */
final class NetworkModel {

    /**
     * A pod (namespace, labels and an address in the pod network, so that a wide ipBlock reaches
     * it as it does in a cluster), or an address outside the cluster (no namespace).
     */
    record Endpoint(String name, String namespace, Map<String, String> labels, String ip, List<Port> ports) {

        private static final AtomicInteger POD_ADDRESSES = new AtomicInteger();

        static Endpoint pod(String name, String namespace, Map<String, String> labels, Port... ports) {
            int n = POD_ADDRESSES.incrementAndGet();
            return new Endpoint(name, namespace, labels, "10.244." + (n / 250) + "." + (n % 250 + 1), List.of(ports));
        }

        static Endpoint address(String name, String ip, Port... ports) {
            return new Endpoint(name, null, Map.of(), ip, List.of(ports));
        }

        boolean isPod() {
            return namespace != null;
        }

        Map<String, String> namespaceLabels() {
            return Map.of("kubernetes.io/metadata.name", namespace);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A port an endpoint listens on; the name is what a policy's named port refers to. */
    record Port(String name, int number, String protocol) {

        static Port tcp(int number) {
            return new Port(null, number, "TCP");
        }

        static Port tcp(String name, int number) {
            return new Port(name, number, "TCP");
        }

        static Port udp(int number) {
            return new Port(null, number, "UDP");
        }

        @Override
        public String toString() {
            return number + ("TCP".equals(protocol) ? "" : "/" + protocol);
        }
    }

    private final List<NetworkPolicy> policies;

    NetworkModel(List<NetworkPolicy> policies) {
        this.policies = policies;
    }

    boolean allows(Endpoint source, Endpoint destination, Port port) {
        return leaves(source, destination, port) && enters(source, destination, port);
    }

    private boolean leaves(Endpoint source, Endpoint destination, Port port) {
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getEgress() != null
                && policy.getSpec().getEgress().stream().anyMatch(rule ->
                        peersMatch(rule.getTo(), policy, destination) && portsMatch(rule.getPorts(), destination, port)));
    }

    private boolean enters(Endpoint source, Endpoint destination, Port port) {
        List<NetworkPolicy> selecting = selecting(destination, "Ingress");
        return selecting.isEmpty() || selecting.stream().anyMatch(policy -> policy.getSpec().getIngress() != null
                && policy.getSpec().getIngress().stream().anyMatch(rule ->
                        peersMatch(rule.getFrom(), policy, source) && portsMatch(rule.getPorts(), destination, port)));
    }

    private List<NetworkPolicy> selecting(Endpoint endpoint, String direction) {
        if (!endpoint.isPod()) {
            return List.of();
        }
        return policies.stream()
                .filter(policy -> endpoint.namespace().equals(policy.getMetadata().getNamespace()))
                .filter(policy -> policyTypes(policy).contains(direction))
                .filter(policy -> selects(policy.getSpec().getPodSelector(), endpoint.labels()))
                .toList();
    }

    private static List<String> policyTypes(NetworkPolicy policy) {
        List<String> types = policy.getSpec().getPolicyTypes();
        if (types != null && !types.isEmpty()) {
            return types;
        }
        boolean egress = policy.getSpec().getEgress() != null && !policy.getSpec().getEgress().isEmpty();
        return egress ? List.of("Ingress", "Egress") : List.of("Ingress");
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, NetworkPolicy policy, Endpoint other) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> peerMatches(peer, policy, other));
    }

    private static boolean peerMatches(NetworkPolicyPeer peer, NetworkPolicy policy, Endpoint other) {
        if (peer.getIpBlock() != null) {
            return inBlock(peer.getIpBlock(), other.ip());
        }
        if (!other.isPod()) {
            return false;
        }
        if (peer.getNamespaceSelector() == null) {
            return other.namespace().equals(policy.getMetadata().getNamespace())
                    && selects(peer.getPodSelector(), other.labels());
        }
        return selects(peer.getNamespaceSelector(), other.namespaceLabels())
                && (peer.getPodSelector() == null || selects(peer.getPodSelector(), other.labels()));
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint destination, Port port) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(rule -> portMatches(rule, destination, port));
    }

    private static boolean portMatches(NetworkPolicyPort rule, Endpoint destination, Port port) {
        String protocol = rule.getProtocol() == null ? "TCP" : rule.getProtocol();
        if (!protocol.equals(port.protocol())) {
            return false;
        }
        IntOrString number = rule.getPort();
        if (number == null) {
            return true;
        }
        if (number.getStrVal() != null) {
            return destination.ports().stream().anyMatch(p -> number.getStrVal().equals(p.name()) && p.number() == port.number());
        }
        int from = number.getIntVal();
        int to = rule.getEndPort() == null ? from : rule.getEndPort();
        return port.number() >= from && port.number() <= to;
    }

    static boolean selects(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        Map<String, String> wanted = selector.getMatchLabels() == null ? Map.of() : selector.getMatchLabels();
        boolean labelsMatch = wanted.entrySet().stream().allMatch(e -> e.getValue().equals(labels.get(e.getKey())));
        List<LabelSelectorRequirement> expressions =
                selector.getMatchExpressions() == null ? List.of() : selector.getMatchExpressions();
        return labelsMatch && expressions.stream().allMatch(expression -> matches(expression, labels));
    }

    private static boolean matches(LabelSelectorRequirement expression, Map<String, String> labels) {
        String value = labels.get(expression.getKey());
        List<String> values = expression.getValues() == null ? List.of() : expression.getValues();
        return switch (expression.getOperator()) {
            case "In" -> value != null && values.contains(value);
            case "NotIn" -> value == null || !values.contains(value);
            case "Exists" -> value != null;
            case "DoesNotExist" -> value == null;
            default -> throw new IllegalArgumentException("unknown selector operator " + expression.getOperator());
        };
    }

    private static boolean inBlock(IPBlock block, String ip) {
        return inCidr(block.getCidr(), ip)
                && (block.getExcept() == null || block.getExcept().stream().noneMatch(except -> inCidr(except, ip)));
    }

    private static boolean inCidr(String cidr, String ip) {
        String[] parts = cidr.split("/");
        int bits = Integer.parseInt(parts[1]);
        BigInteger network = address(parts[0]);
        BigInteger candidate = address(ip);
        int width = parts[0].contains(":") ? 128 : 32;
        BigInteger mask = BigInteger.ONE.shiftLeft(width).subtract(BigInteger.ONE)
                .xor(BigInteger.ONE.shiftLeft(width - bits).subtract(BigInteger.ONE));
        return Objects.equals(network.and(mask), candidate.and(mask));
    }

    private static BigInteger address(String literal) {
        try {
            return new BigInteger(1, InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
