package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import id.sinergi.local.StackTopics;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * deploy/compose/docker-compose.yml, checked like the Kubernetes overlays (no Docker engine runs
 * here): each service gets exactly the variables its configuration reads, only the gateway is
 * published, the images run read-only, and every topic is created.
 */
class ComposeTest {

    private static final String COMPOSE = "deploy/compose/";

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() {
        Map<String, Object> compose = new Yaml().load(Repository.read(COMPOSE + "docker-compose.yml"));
        return (Map<String, Map<String, Object>>) compose.get("services");
    }

    @SuppressWarnings("unchecked")
    static List<String> check(Map<String, Map<String, Object>> services) {
        List<String> problems = new ArrayList<>();
        String databases = Repository.read(COMPOSE + "postgres-init.sql");
        for (String module : ServiceConfig.WORKLOADS) {
            Map<String, Object> service = services.get(module);
            if (service == null) {
                problems.add(module + " is not in the compose file");
                continue;
            }
            ServiceConfig config = Overlays.CONFIGS.get(module);
            Map<String, Object> environment = (Map<String, Object>) service.getOrDefault("environment", Map.of());
            config.required().stream().filter(variable -> !environment.containsKey(variable))
                    .forEach(variable -> problems.add(module + " needs " + variable));
            environment.keySet().stream().filter(variable -> !config.reads(variable))
                    .forEach(variable -> problems.add(module + " sets " + variable + ", which it never reads"));
            if (!Boolean.TRUE.equals(service.get("read_only")) || !String.valueOf(service.get("tmpfs")).contains("/tmp")) {
                problems.add(module + " must run with a read-only root filesystem and a tmpfs /tmp");
            }
            Map<String, Object> build = (Map<String, Object>) service.get("build");
            if (build == null || !Repository.exists(COMPOSE + build.get("context") + "/" + build.get("dockerfile"))) {
                problems.add(module + " has no Dockerfile to build from");
            }
            Object published = service.get("ports");
            boolean gateway = "gateway".equals(module);
            if (gateway != (published != null) || gateway && !List.of("8080:" + config.httpPort()).equals(published)) {
                problems.add(module + (gateway ? " must be published on 8080" : " is published on the host: only the gateway may be"));
            }
            Object location = environment.get("SINERGI_JWT_PUBLIC_KEY_LOCATION");
            List<String> volumes = (List<String>) service.getOrDefault("volumes", List.of());
            boolean keyMounted = volumes.stream().anyMatch(volume -> volume.endsWith(":" + location + ":ro")
                    && Repository.exists(COMPOSE + volume.substring(0, volume.indexOf(':'))));
            if (!keyMounted) {
                problems.add(module + " reads its JWT key from " + location + ", which no volume provides");
            }
            environment.forEach((variable, value) -> {
                Matcher jdbc = Pattern.compile("jdbc:postgresql://postgres:5432/(\\w+)").matcher(String.valueOf(value));
                if ("QUARKUS_DATASOURCE_JDBC_URL".equals(variable)
                        && (!jdbc.matches() || !databases.contains("CREATE DATABASE " + jdbc.group(1) + ";"))) {
                    problems.add(module + "'s database " + value + " is not created by postgres-init.sql");
                }
                if (variable.matches("SINERGI_[A-Z]+_URL")) {
                    URI upstream = URI.create(String.valueOf(value));
                    ServiceConfig target = Overlays.CONFIGS.get(upstream.getHost());
                    if (target == null || upstream.getPort() != target.httpPort()) {
                        problems.add(module + "'s " + variable + " leads nowhere: " + value);
                    }
                }
            });
        }
        String topics = String.valueOf(services.get("kafka-topics").get("command"));
        StackTopics.all().stream().filter(topic -> !Pattern.compile("(?<![\\w.-])" + Pattern.quote(topic) + "(?![\\w.-])").matcher(topics).find())
                .forEach(topic -> problems.add("topic " + topic + " is not created"));
        return problems;
    }

    @Test
    void composeRunsEveryServiceAsConfiguredAndCreatesEveryTopic() {
        assertThat(check(services())).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBrokenComposeFileIsFound() {
        Map<String, Map<String, Object>> services = services();
        ((Map<String, Object>) services.get("liaison-service").get("environment")).remove("KAFKA_BOOTSTRAP_SERVERS");
        ((Map<String, Object>) services.get("gateway").get("environment")).put("SINERGI_LIAISON_URL", "http://liaison:8083");
        services.get("inmate-service").put("ports", List.of("8081:8080"));
        services.get("kafka-topics").put("command", List.of("create inmate.events.v1 program.events.v1 liaison.events.v1"));
        assertThat(check(services)).containsExactlyInAnyOrder(
                "liaison-service needs KAFKA_BOOTSTRAP_SERVERS",
                "gateway's SINERGI_LIAISON_URL leads nowhere: http://liaison:8083",
                "inmate-service is published on the host: only the gateway may be",
                "topic inmate.events.v1.program-service.dlq is not created",
                "topic inmate.events.v1.liaison-service.dlq is not created",
                "topic program.events.v1.liaison-service.dlq is not created",
                "topic inmate.events.v1.liaison-webhooks.dlq is not created",
                "topic program.events.v1.liaison-webhooks.dlq is not created",
                "topic liaison.events.v1.liaison-webhooks.dlq is not created",
                "topic liaison.events.v1.inmate-service.dlq is not created");
    }
}
