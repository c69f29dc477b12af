package id.sinergi.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole Sinergi system on one machine: PostgreSQL (one database per service), a Kafka broker
 * with every topic, the three services and the gateway, each as its own JVM. Embedded PostgreSQL
 * and Kafka are used unless the settings point at external ones. Starting either brings up
 * everything or, on the first failure, stops what it had started and says which part failed.
 */
public final class Stack implements AutoCloseable {

    /** A service of the stack: its module, its database (none for the gateway). */
    public record Service(String name, String module, String database) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("inmate-service", "inmate-service", "inmate"),
            new Service("program-service", "program-service", "program"),
            new Service("liaison-service", "liaison-service", "liaison"),
            new Service("gateway", "gateway", null));

    /** What the stack reports while it starts. */
    public interface Progress {
        void step(String message);

        void done(String message, Duration took);

        /** Prints each step as it starts and each part as it becomes ready, with how long that took. */
        static Progress printedTo(java.io.PrintStream out, String stepPrefix, String donePrefix) {
            return new Progress() {
                @Override
                public void step(String message) {
                    out.println(stepPrefix + message);
                }

                @Override
                public void done(String message, Duration took) {
                    out.printf("%s%s (%.1f s)%n", donePrefix, message, took.toMillis() / 1000.0);
                }
            };
        }
    }

    private static final Duration READY_POLL = Duration.ofMillis(200);

    private final StackSettings settings;
    private final Progress progress;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final Map<String, ServiceProcess> services = new LinkedHashMap<>();

    public Stack(StackSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Starts every part, in order; on the first failure stops what it had started and throws. */
    public void start() throws StackException {
        start(true);
    }

    /**
     * Starts only PostgreSQL (with every service's database) and Kafka (with every topic), for
     * services run by hand in Quarkus dev mode; on a failure stops what it had started and throws.
     */
    public void startInfrastructure() throws StackException {
        start(false);
    }

    private void start(boolean withServices) throws StackException {
        try {
            checkPortsFree(withServices);
            startPostgres();
            startKafka();
            if (withServices) {
                for (Service service : SERVICES) {
                    startService(service, false, Map.of());
                }
                awaitServicesReady();
            }
        } catch (StackException | RuntimeException e) {
            close();
            throw e;
        } catch (Exception e) {
            close();
            throw new StackException(e.getMessage(), e);
        }
    }

    public StackSettings settings() {
        return settings;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public String kafkaBootstrapServers() {
        return settings.externalKafka() != null ? settings.externalKafka() : kafka.bootstrapServers();
    }

    /** The databases of the services, one each (the gateway has none). */
    public static List<String> databases() {
        return SERVICES.stream().map(Service::database).filter(d -> d != null).toList();
    }

    public String jdbcUrl(String database) {
        return settings.externalPostgresUrl() != null
                ? settings.externalPostgresUrl() + "/" + database
                : postgres.jdbcUrl(database);
    }

    public String gatewayUrl() {
        return "http://localhost:" + settings.port("gateway");
    }

    private void checkPortsFree(boolean withServices) throws StackException {
        Map<String, Integer> wanted = new LinkedHashMap<>();
        if (settings.externalPostgresUrl() == null) {
            wanted.put("PostgreSQL (SINERGI_POSTGRES_PORT)", settings.postgresPort());
        }
        if (settings.externalKafka() == null) {
            wanted.put("Kafka (SINERGI_KAFKA_PORT)", settings.kafkaPort());
            wanted.put("Kafka controller (SINERGI_KAFKA_CONTROLLER_PORT)", settings.kafkaControllerPort());
        }
        if (withServices) {
            for (Service service : SERVICES) {
                wanted.put(service.name() + " (" + StackSettings.portVariable(service.name()) + ")", settings.port(service.name()));
            }
        }
        List<String> taken = new ArrayList<>();
        wanted.forEach((what, port) -> {
            if (!isFree(port)) {
                taken.add("port " + port + " for " + what);
            }
        });
        if (!taken.isEmpty()) {
            throw new StackException("Cannot start: " + String.join(", ", taken)
                    + (taken.size() == 1 ? " is" : " are") + " already in use by another program."
                    + " Stop that program or choose another port with the variable named in brackets. Nothing was started.");
        }
    }

    private static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void startPostgres() throws Exception {
        List<String> databases = databases();
        long started = System.nanoTime();
        if (settings.externalPostgresUrl() != null) {
            progress.step("Using external PostgreSQL at " + settings.externalPostgresUrl());
            try (var connection = java.sql.DriverManager.getConnection(
                    settings.externalPostgresUrl() + "/postgres", settings.postgresUser(), settings.postgresPassword())) {
                LocalPostgres.ensureDatabases(connection, databases);
            }
        } else {
            progress.step("Starting PostgreSQL 15 on 127.0.0.1:" + settings.postgresPort());
            postgres = LocalPostgres.start(settings.postgresPort(), settings.dataDirectory().resolve("postgres"));
            postgres.ensureDatabases(databases);
        }
        progress.done("PostgreSQL ready, databases " + String.join(", ", databases), since(started));
    }

    private void startKafka() throws Exception {
        long started = System.nanoTime();
        if (settings.externalKafka() != null) {
            progress.step("Using external Kafka at " + settings.externalKafka());
            try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of(
                    "bootstrap.servers", settings.externalKafka(), "default.api.timeout.ms", 30_000))) {
                LocalKafka.createTopics(admin, StackTopics.all(), StackTopics.PARTITIONS);
            }
        } else {
            progress.step("Starting Kafka (KRaft) on 127.0.0.1:" + settings.kafkaPort());
            kafka = LocalKafka.start(settings.kafkaPort(), settings.kafkaControllerPort(),
                    settings.dataDirectory().resolve("kafka"));
            kafka.createTopics(StackTopics.all(), StackTopics.PARTITIONS);
        }
        progress.done("Kafka ready, topics " + String.join(", ", StackTopics.all()), since(started));
    }

    private void startService(Service service, boolean appendLog, Map<String, String> environmentOverrides)
            throws IOException {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("QUARKUS_PROFILE", "local");
        // glibc gives every thread that allocates its own malloc arena (64 MB address space each,
        // partly touched); two are plenty for a JVM, whose objects live in the Java heap.
        environment.put("MALLOC_ARENA_MAX", "2");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers());
        environment.put("SINERGI_JWT_PUBLIC_KEY_LOCATION", settings.devPublicKey().toString());
        environment.put("SINERGI_JWT_ISSUER", DevTokens.ISSUER);
        if (service.database() != null) {
            environment.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(service.database()));
            environment.put("QUARKUS_DATASOURCE_USERNAME", settings.postgresUser());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", settings.postgresPassword());
        } else {
            for (Service routed : SERVICES) {
                if (routed.database() != null) {
                    environment.put(StackSettings.urlVariable(routed.name()),
                            "http://127.0.0.1:" + settings.port(routed.name()));
                }
            }
        }
        environment.putAll(settings.extraEnvironment());
        environment.putAll(environmentOverrides);
        progress.step("Starting " + service.name() + " on 127.0.0.1:" + settings.port(service.name()));
        services.put(service.name(), ServiceProcess.start(service.name(),
                settings.home().resolve(service.module()).resolve("target/quarkus-app"),
                settings.port(service.name()), environment, settings.jvmOptionsFor(service.name()),
                settings.dataDirectory().resolve("logs").resolve(service.name() + ".log"), appendLog));
    }

    /** A running service of the stack, by name ({@code inmate-service}, …, {@code gateway}). */
    public ServiceProcess service(String name) {
        ServiceProcess service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("no service " + name + " in this stack");
        }
        return service;
    }

    /**
     * Starts a service again with the settings it had (after a {@link ServiceProcess#kill()} or a
     * stop) and waits until it is ready. Its log goes on in the same file.
     */
    public void restart(String name) throws StackException {
        restart(name, Map.of());
    }

    /**
     * Starts a service again with some environment variables set differently for this start only
     * (a benchmark turning a scheduled job on, say), and waits until it is ready. A later
     * {@link #restart(String)} starts it with the stack's settings again.
     */
    public void restart(String name, Map<String, String> environmentOverrides) throws StackException {
        restart(name, environmentOverrides, READY_POLL);
    }

    /**
     * As {@link #restart(String)}, asking for readiness every {@code poll}; returns the time from
     * the new process's start to its first ready answer (a finer {@code poll} measures it closer).
     */
    public Duration timedRestart(String name, Duration poll) throws StackException {
        return restart(name, Map.of(), poll);
    }

    private synchronized Duration restart(String name, Map<String, String> environmentOverrides, Duration poll)
            throws StackException {
        Service service = SERVICES.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in this stack"));
        ServiceProcess previous = services.get(name);
        if (previous != null && previous.isAlive()) {
            previous.stop(Duration.ofSeconds(20));
        }
        try {
            startService(service, true, environmentOverrides);
        } catch (IOException e) {
            throw new StackException("cannot start " + name + " again: " + e.getMessage(), e);
        }
        return awaitReady(services.get(name), poll);
    }

    private void awaitServicesReady() throws StackException {
        for (ServiceProcess service : services.values()) {
            awaitReady(service, READY_POLL);
        }
    }

    private Duration awaitReady(ServiceProcess service, Duration poll) throws StackException {
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!service.isAlive()) {
                throw new StackException(service.name() + " exited while starting. Last lines of "
                        + service.log() + ":\n  " + String.join("\n  ", service.lastLogLines(25)));
            }
            if (service.isReady()) {
                Duration age = service.age();
                progress.done(service.name() + " ready on " + service.url(), age);
                return age;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("interrupted while waiting for " + service.name(), e);
            }
        }
        throw new StackException(service.name() + " was not ready within " + settings.readyTimeout().toSeconds()
                + " s. Last lines of " + service.log() + ":\n  " + String.join("\n  ", service.lastLogLines(25)));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    /** Stops the services (gateway first), then Kafka, then PostgreSQL. */
    @Override
    public synchronized void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        java.util.Collections.reverse(reversed);
        for (ServiceProcess service : reversed) {
            service.stop(Duration.ofSeconds(20));
        }
        services.clear();
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                progress.step("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
            postgres = null;
        }
    }

    /** A part of the stack could not start; the message says which and why. */
    public static final class StackException extends Exception {
        public StackException(String message) {
            super(message);
        }

        public StackException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
