package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBackend;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One door: a single Ingress, and it leads to the gateway only; every Service stays inside the
 * cluster; the ingress controller lets through the bodies the gateway accepts.
 */
final class ExposureChecks {

    private ExposureChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        List<Ingress> ingresses = manifests.all(Ingress.class);
        if (ingresses.size() != 1) {
            problems.add("expected one Ingress, found " + ingresses.size());
        }
        for (Ingress ingress : ingresses) {
            List<IngressBackend> backends = new ArrayList<>();
            Optional.ofNullable(ingress.getSpec().getDefaultBackend()).ifPresent(backends::add);
            for (IngressRule rule : ingress.getSpec().getRules() == null ? List.<IngressRule>of() : ingress.getSpec().getRules()) {
                if (rule.getHttp() != null) {
                    rule.getHttp().getPaths().stream().map(HTTPIngressPath::getBackend).forEach(backends::add);
                }
            }
            for (IngressBackend backend : backends) {
                String target = backend.getService() == null ? "a non-Service backend" : backend.getService().getName();
                if (!"gateway".equals(target)) {
                    problems.add("Ingress " + ingress.getMetadata().getName() + " leads to " + target + "; only the gateway may be reached");
                }
            }
            bodyLimit(ingress, configs.get("gateway"), problems);
        }
        for (Service service : manifests.services()) {
            String type = service.getSpec().getType();
            if (type != null && !"ClusterIP".equals(type)) {
                problems.add("Service " + service.getMetadata().getName() + " is a " + type + ": the Ingress is the only way in");
            }
        }
        return problems;
    }

    private static void bodyLimit(Ingress ingress, ServiceConfig gateway, List<String> problems) {
        Map<String, String> annotations = ingress.getMetadata().getAnnotations() == null ? Map.of() : ingress.getMetadata().getAnnotations();
        String nginx = annotations.getOrDefault("nginx.ingress.kubernetes.io/proxy-body-size", "1m");
        long gatewayLimit = bytes(gateway.defaultOf("SINERGI_GATEWAY_MAX_BODY_SIZE"));
        if (bytes(nginx) < gatewayLimit) {
            problems.add("the Ingress refuses bodies over " + nginx + " although the gateway accepts up to "
                    + gateway.defaultOf("SINERGI_GATEWAY_MAX_BODY_SIZE"));
        }
    }

    /** 10M, 10m, 1g, 512k or plain bytes. */
    private static long bytes(String size) {
        String value = size.trim().toLowerCase(java.util.Locale.ROOT);
        long unit = switch (value.charAt(value.length() - 1)) {
            case 'k' -> 1024L;
            case 'm' -> 1024L * 1024;
            case 'g' -> 1024L * 1024 * 1024;
            default -> 1L;
        };
        String number = unit == 1 ? value : value.substring(0, value.length() - 1);
        return Long.parseLong(number) * unit;
    }
}
