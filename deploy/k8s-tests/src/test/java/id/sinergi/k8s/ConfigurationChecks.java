package id.sinergi.k8s;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The manifests against what each service's configuration reads: one Deployment per module, its
 * container port is the one Quarkus listens on, every required variable is set and none the
 * service does not read, and the addresses in them lead where they should (the service's own
 * database with its credentials, the gateway's upstreams to the right Services, the JWT key file
 * to a mounted volume).
 */
final class ConfigurationChecks {

    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/([^?]+).*");
    private static final Pattern UPSTREAM = Pattern.compile("SINERGI_([A-Z]+)_URL");

    private ConfigurationChecks() {
    }

    static List<String> check(Manifests manifests, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Set<String> deployed = new TreeSet<>();
        for (Workload workload : Workload.all(manifests)) {
            deployed.add(workload.name);
            ServiceConfig config = configs.get(workload.name);
            if (config == null) {
                problems.add(workload.name + " is no Sinergi module: nothing to check its configuration against");
                continue;
            }
            problems.addAll(workload.problems);
            ports(workload, config, problems);
            variables(workload, config, problems);
            jwtKeys(workload, manifests, problems);
            database(workload, manifests, problems);
            upstreams(workload, manifests, problems);
        }
        configs.keySet().stream().filter(module -> !deployed.contains(module))
                .forEach(module -> problems.add(module + " has no Deployment"));
        return problems;
    }

    private static void ports(Workload workload, ServiceConfig config, List<String> problems) {
        int listens = workload.literal("QUARKUS_HTTP_PORT").map(Integer::parseInt).orElse(config.httpPort());
        List<ContainerPort> ports = workload.container.getPorts() == null ? List.of() : workload.container.getPorts();
        if (ports.size() != 1 || ports.get(0).getContainerPort() != listens || !"http".equals(ports.get(0).getName())) {
            problems.add(workload.name + " listens on " + listens + ": its container must declare exactly that port, named http, not "
                    + ports.stream().map(p -> p.getName() + ":" + p.getContainerPort()).toList());
        }
    }

    private static void variables(Workload workload, ServiceConfig config, List<String> problems) {
        config.required().stream().filter(variable -> !workload.environment.containsKey(variable))
                .forEach(variable -> problems.add(workload.name + " needs " + variable + " (its configuration has no default)"));
        workload.environment.keySet().stream().filter(variable -> !config.reads(variable))
                .forEach(variable -> problems.add(workload.name + " sets " + variable + ", which its configuration never reads"));
        workload.environment.forEach((variable, value) -> {
            if (value.literal() == null && value.secret() == null) {
                problems.add(workload.name + " sets " + variable + " to nothing");
            }
        });
    }

    /** SINERGI_JWT_PUBLIC_KEY_LOCATION is a file: it must be on a volume the container mounts. */
    private static void jwtKeys(Workload workload, Manifests manifests, List<String> problems) {
        Optional<String> location = workload.literal("SINERGI_JWT_PUBLIC_KEY_LOCATION");
        if (location.isEmpty() || location.get().startsWith("http")) {
            return;
        }
        String file = location.get();
        List<VolumeMount> mounts = workload.container.getVolumeMounts() == null ? List.of() : workload.container.getVolumeMounts();
        Optional<VolumeMount> mount = mounts.stream().filter(m -> file.startsWith(m.getMountPath() + "/")).findFirst();
        Optional<Volume> volume = mount.flatMap(m -> workload.volume(m.getName()));
        if (volume.isEmpty() || volume.get().getConfigMap() == null) {
            problems.add(workload.name + " reads its JWT keys from " + file + ", which no ConfigMap volume provides");
            return;
        }
        String configMap = volume.get().getConfigMap().getName();
        String key = file.substring(mount.get().getMountPath().length() + 1);
        Optional<ConfigMap> rendered = manifests.configMap(configMap);
        if (rendered.isPresent()) {
            boolean hasKey = rendered.get().getData() != null && rendered.get().getData().containsKey(key);
            if (!hasKey) {
                problems.add(workload.name + " reads its JWT keys from " + file + ", but ConfigMap " + configMap + " has no " + key);
            }
        } else if (!Workload.createdOutside(manifests, "ConfigMap", configMap)) {
            problems.add(workload.name + " mounts ConfigMap " + configMap + ", which nothing creates");
        }
    }

    /** The JDBC URL leads to the service's CloudNativePG cluster, with that cluster's credentials. */
    private static void database(Workload workload, Manifests manifests, List<String> problems) {
        Optional<String> url = workload.literal("QUARKUS_DATASOURCE_JDBC_URL");
        if (url.isEmpty()) {
            return;
        }
        Matcher jdbc = JDBC.matcher(url.get());
        if (!jdbc.matches() || !jdbc.group(1).endsWith("-rw")) {
            problems.add(workload.name + "'s database URL " + url.get() + " is not a CloudNativePG read-write Service");
            return;
        }
        String cluster = jdbc.group(1).substring(0, jdbc.group(1).length() - "-rw".length());
        Optional<GenericKubernetesResource> found = manifests.findGeneric("Cluster", cluster);
        if (found.isEmpty()) {
            problems.add(workload.name + "'s database " + cluster + " is not in the overlay");
            return;
        }
        String database = String.valueOf(Manifests.value(found.get(), "spec", "bootstrap", "initdb", "database").orElse("app"));
        if (!database.equals(jdbc.group(3)) || !"5432".equals(jdbc.group(2))) {
            problems.add(workload.name + " connects to " + jdbc.group(3) + " on " + jdbc.group(2) + "; cluster " + cluster
                    + " serves " + database + " on 5432");
        }
        for (String[] credential : List.of(new String[] {"QUARKUS_DATASOURCE_USERNAME", "username"},
                new String[] {"QUARKUS_DATASOURCE_PASSWORD", "password"})) {
            Workload.Value value = workload.environment.get(credential[0]);
            if (value == null || !(cluster + "-app").equals(value.secret()) || !credential[1].equals(value.secretKey())) {
                problems.add(workload.name + " must take " + credential[0] + " from Secret " + cluster + "-app, key " + credential[1]);
            }
        }
    }

    /** SINERGI_INMATE_URL etc. name a Service that sends to that module's pods on its http port. */
    private static void upstreams(Workload workload, Manifests manifests, List<String> problems) {
        workload.environment.forEach((variable, value) -> {
            Matcher upstream = UPSTREAM.matcher(variable);
            if (!upstream.matches() || value.literal() == null) {
                return;
            }
            String module = upstream.group(1).toLowerCase(java.util.Locale.ROOT) + "-service";
            URI uri = URI.create(value.literal());
            Optional<Service> service = manifests.find(Service.class, uri.getHost());
            Optional<Workload> target = Workload.all(manifests).stream().filter(w -> w.name.equals(module)).findFirst();
            if (service.isEmpty() || target.isEmpty()) {
                problems.add(workload.name + "'s " + variable + " leads to " + uri.getHost() + ", which is no Service of " + module);
                return;
            }
            Optional<ServicePort> port = service.get().getSpec().getPorts().stream()
                    .filter(p -> p.getPort() == uri.getPort()).findFirst();
            boolean selects = NetworkModel.selects(
                    new io.fabric8.kubernetes.api.model.LabelSelector(null, service.get().getSpec().getSelector()),
                    target.get().podLabels());
            if (!selects || port.isEmpty() || target.get().port(port.get().getTargetPort()).isEmpty()) {
                problems.add(workload.name + "'s " + variable + " (" + value.literal() + ") does not reach " + module + "'s http port");
            }
        });
    }
}
