package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** Every Deployment: the three health probes, CPU and memory requests and limits, no root, no writes but /tmp. */
final class WorkloadChecks {

    private static final Map<String, Function<io.fabric8.kubernetes.api.model.Container, Probe>> PROBES = Map.of(
            "/q/health/started", io.fabric8.kubernetes.api.model.Container::getStartupProbe,
            "/q/health/live", io.fabric8.kubernetes.api.model.Container::getLivenessProbe,
            "/q/health/ready", io.fabric8.kubernetes.api.model.Container::getReadinessProbe);

    private WorkloadChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        for (Workload workload : Workload.all(manifests)) {
            problems.addAll(workload.problems);
            probes(workload, problems);
            resources(workload, problems);
            security(workload, problems);
        }
        return problems;
    }

    private static void probes(Workload workload, List<String> problems) {
        PROBES.forEach((path, probeOf) -> {
            Probe probe = probeOf.apply(workload.container);
            if (probe == null || probe.getHttpGet() == null) {
                problems.add(workload.name + " has no HTTP probe on " + path);
            } else if (!path.equals(probe.getHttpGet().getPath())) {
                problems.add(workload.name + "'s probe for " + path + " asks " + probe.getHttpGet().getPath());
            } else if (workload.port(probe.getHttpGet().getPort()).isEmpty()) {
                IntOrString port = probe.getHttpGet().getPort();
                problems.add(workload.name + "'s probe on " + path + " uses port "
                        + (port.getStrVal() != null ? port.getStrVal() : port.getIntVal()) + ", which the container does not declare");
            }
        });
    }

    private static void resources(Workload workload, List<String> problems) {
        ResourceRequirements resources = workload.container.getResources();
        for (String resource : List.of("cpu", "memory")) {
            Quantity request = resources == null || resources.getRequests() == null ? null : resources.getRequests().get(resource);
            Quantity limit = resources == null || resources.getLimits() == null ? null : resources.getLimits().get(resource);
            if (request == null || limit == null) {
                problems.add(workload.name + " needs a " + resource + " request and limit");
            } else if (request.getNumericalAmount().compareTo(limit.getNumericalAmount()) > 0) {
                problems.add(workload.name + " requests more " + resource + " than its limit");
            }
        }
    }

    private static void security(Workload workload, List<String> problems) {
        PodSecurityContext pod = workload.pod().getSecurityContext();
        SecurityContext container = workload.container.getSecurityContext();
        Boolean nonRoot = container != null && container.getRunAsNonRoot() != null
                ? container.getRunAsNonRoot() : pod == null ? null : pod.getRunAsNonRoot();
        Long user = container != null && container.getRunAsUser() != null
                ? container.getRunAsUser() : pod == null ? null : pod.getRunAsUser();
        if (!Boolean.TRUE.equals(nonRoot) || Objects.equals(user, 0L)) {
            problems.add(workload.name + " may run as root (runAsNonRoot must be true, runAsUser not 0)");
        }
        if (container == null) {
            problems.add(workload.name + " has no container security context");
            return;
        }
        if (!Boolean.FALSE.equals(container.getAllowPrivilegeEscalation()) || Boolean.TRUE.equals(container.getPrivileged())) {
            problems.add(workload.name + " may escalate privileges");
        }
        Capabilities capabilities = container.getCapabilities();
        if (capabilities == null || capabilities.getDrop() == null || !capabilities.getDrop().contains("ALL")) {
            problems.add(workload.name + " keeps Linux capabilities (drop ALL)");
        }
        if (!Boolean.TRUE.equals(container.getReadOnlyRootFilesystem())) {
            problems.add(workload.name + " has a writable root filesystem");
        }
        List<VolumeMount> mounts = workload.container.getVolumeMounts() == null ? List.of() : workload.container.getVolumeMounts();
        boolean tmp = mounts.stream().anyMatch(mount -> "/tmp".equals(mount.getMountPath())
                && workload.volume(mount.getName()).map(volume -> volume.getEmptyDir() != null).orElse(false));
        if (!tmp) {
            problems.add(workload.name + " has no writable /tmp (an emptyDir) for Quarkus and the JVM");
        }
        if (!Boolean.FALSE.equals(workload.pod().getAutomountServiceAccountToken())) {
            problems.add(workload.name + " mounts a service account token it never uses");
        }
    }
}
