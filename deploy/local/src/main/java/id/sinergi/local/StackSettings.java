package id.sinergi.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the local stack runs: ports, data directory, and, when set, the external PostgreSQL and
 * Kafka to use instead of the embedded ones. Read from environment variables (see the README's
 * configuration table).
 */
public record StackSettings(
        Path home,
        Path dataDirectory,
        Map<String, Integer> servicePorts,
        int postgresPort,
        int kafkaPort,
        int kafkaControllerPort,
        String externalPostgresUrl,
        String postgresUser,
        String postgresPassword,
        String externalKafka,
        Duration readyTimeout,
        List<String> jvmOptions,
        Map<String, String> extraEnvironment) {

    /**
     * The JVM options every service runs with, sized for a 2-core machine running the whole stack
     * (deploy/README.md, "Images", gives the measurements): SerialGC and a small heap that starts small (the services keep under
     * 40 MB live after load); C1 only, because on two shared cores C2 compiling startup code
     * doubles the CPU a start costs, and C1 code serves a database-bound API nearly as fast (on
     * 2026-12-07, after three minutes of admissions: 22.7 ms of the whole stack's CPU per admission
     * with C2 on JDK 25, 24.0 with C1 on JDK 17 and 18.1 with C1 on JDK 25, as many admissions per
     * second, at 50–150 MB more resident per service with C2);
     * bounded metaspace and code cache so the whole process has a predictable ceiling; exit on
     * OutOfMemoryError so the launcher or the orchestrator restarts it. The images
     * ({@code Dockerfile.jvm}) use the same options.
     */
    public static final List<String> SERVICE_JVM_OPTIONS = List.of(
            "-XX:+UseSerialGC", "-Xms32m", "-Xmx128m", "-XX:MinHeapFreeRatio=15", "-XX:MaxHeapFreeRatio=40",
            "-XX:MaxMetaspaceSize=192m", "-XX:ReservedCodeCacheSize=64m", "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");

    /**
     * The gateway's: the same, except that C2 compiles its hot path. The gateway is a CPU-bound
     * proxy whose whole work is that path, and its start is small (ready in about 1 s either way):
     * with C1 only it spent 190–280 µs of CPU per proxied request under the proxy benchmark, with C2
     * (after its first 30 s of load) 75–100 µs (deploy/bench/README.md, "Proxy benchmark").
     */
    public static final List<String> GATEWAY_JVM_OPTIONS = SERVICE_JVM_OPTIONS.stream()
            .filter(option -> !option.startsWith("-XX:TieredStopAtLevel")).toList();

    private static final Map<String, Integer> DEFAULT_PORTS = Map.of(
            "gateway", 8080, "inmate-service", 8081, "program-service", 8082, "liaison-service", 8083);

    public static StackSettings fromEnvironment(Path home, Map<String, String> env) {
        Map<String, Integer> ports = new java.util.HashMap<>();
        DEFAULT_PORTS.forEach((service, port) -> ports.put(service, intVariable(env, portVariable(service), port)));
        String externalPostgres = blankToNull(env.get("SINERGI_POSTGRES_URL"));
        return new StackSettings(
                home,
                Path.of(env.getOrDefault("SINERGI_DATA_DIR", home.resolve(".sinergi").toString())).toAbsolutePath(),
                Map.copyOf(ports),
                intVariable(env, "SINERGI_POSTGRES_PORT", 55432),
                intVariable(env, "SINERGI_KAFKA_PORT", 9092),
                intVariable(env, "SINERGI_KAFKA_CONTROLLER_PORT", 9093),
                externalPostgres,
                env.getOrDefault("SINERGI_POSTGRES_USER", LocalPostgres.USER),
                env.getOrDefault("SINERGI_POSTGRES_PASSWORD", ""),
                blankToNull(env.get("SINERGI_KAFKA_BOOTSTRAP_SERVERS")),
                Duration.ofSeconds(intVariable(env, "SINERGI_READY_TIMEOUT_SECONDS", 120)),
                jvmOptionsOrDefault(env.get("SINERGI_SERVICE_JVM_OPTIONS")),
                Map.of());
    }

    /** A stack on free ports in its own data directory, for system tests. */
    public static StackSettings onFreePorts(Path home, Path dataDirectory, Map<String, String> extraEnvironment) {
        Map<String, Integer> ports = new java.util.HashMap<>();
        DEFAULT_PORTS.keySet().forEach(service -> ports.put(service, FreePorts.next()));
        return new StackSettings(home, dataDirectory, Map.copyOf(ports),
                FreePorts.next(), FreePorts.next(), FreePorts.next(),
                null, LocalPostgres.USER, "", null, Duration.ofSeconds(120),
                jvmOptionsOrDefault(System.getenv("SINERGI_SERVICE_JVM_OPTIONS")), Map.copyOf(extraEnvironment));
    }

    private static List<String> jvmOptionsOrDefault(String variable) {
        String value = blankToNull(variable);
        return value == null ? SERVICE_JVM_OPTIONS : List.of(value.trim().split("\\s+"));
    }

    /** The options a service starts with: the defaults per service, or the same for all when set by SINERGI_SERVICE_JVM_OPTIONS. */
    public List<String> jvmOptionsFor(String service) {
        return "gateway".equals(service) && jvmOptions.equals(SERVICE_JVM_OPTIONS) ? GATEWAY_JVM_OPTIONS : jvmOptions;
    }

    public int port(String service) {
        return servicePorts.get(service);
    }

    public Path devPublicKey() {
        return home.resolve("deploy/local/src/main/resources").resolve(DevTokens.PUBLIC_KEY_RESOURCE);
    }

    /** SINERGI_GATEWAY_PORT, SINERGI_INMATE_PORT, … */
    static String portVariable(String service) {
        return "SINERGI_" + shortName(service) + "_PORT";
    }

    /** The gateway's upstream variables: SINERGI_INMATE_URL, … */
    static String urlVariable(String service) {
        return "SINERGI_" + shortName(service) + "_URL";
    }

    private static String shortName(String service) {
        return service.replace("-service", "").toUpperCase(Locale.ROOT);
    }

    private static int intVariable(Map<String, String> env, String name, int fallback) {
        String value = blankToNull(env.get(name));
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, not '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
