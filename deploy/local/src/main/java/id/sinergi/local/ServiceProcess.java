package id.sinergi.local;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Quarkus service run as its own JVM process from its packaged {@code quarkus-app}. */
public final class ServiceProcess {

    private static final String APPCDS_ARCHIVE = "app-cds.jsa";
    private static final String AOT_CACHE = "app.aot";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String name;
    private final int port;
    private final Path log;
    private final Process process;
    private final long startedNanos;

    private ServiceProcess(String name, int port, Path log, Process process, long startedNanos) {
        this.name = name;
        this.port = port;
        this.log = log;
        this.process = process;
        this.startedNanos = startedNanos;
    }

    /** How long ago the process was started. */
    public Duration age() {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    public static ServiceProcess start(String name, Path quarkusApp, int port, Map<String, String> environment,
                                       List<String> jvmOptions, Path log) throws IOException {
        return start(name, quarkusApp, port, environment, jvmOptions, log, false);
    }

    /** As above; {@code appendLog} keeps what the log holds (a restart after a crash keeps the crash's lines). */
    public static ServiceProcess start(String name, Path quarkusApp, int port, Map<String, String> environment,
                                       List<String> jvmOptions, Path log, boolean appendLog) throws IOException {
        Path jar = quarkusApp.resolve("quarkus-run.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IOException(name + " is not built: " + jar + " is missing (run ./mvnw package -DskipTests)");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(startupCacheOptions(quarkusApp));
        command.add("-jar");
        command.add(jar.getFileName().toString());
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(quarkusApp.toFile())
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? ProcessBuilder.Redirect.appendTo(log.toFile()) : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(port));
        builder.environment().put("QUARKUS_HTTP_HOST", "127.0.0.1");
        long startedNanos = System.nanoTime();
        return new ServiceProcess(name, port, log, builder.start(), startedNanos);
    }

    /**
     * The cache of loaded and linked classes the build wrote beside the jar: on a JDK 25 or newer the
     * AOT cache (Maven profile {@code jdk25-aot-cache}), otherwise the AppCDS archive. Both name the
     * jars by the relative paths they were written with, so the JVM runs from that directory; a
     * cache another JDK wrote is refused by the JVM with a warning, and without one the service
     * starts the same, only slower.
     */
    public static List<String> startupCacheOptions(Path quarkusApp) {
        if (Runtime.version().feature() >= 25 && Files.isRegularFile(quarkusApp.resolve(AOT_CACHE))) {
            return List.of("-XX:AOTCache=" + AOT_CACHE);
        }
        if (Files.isRegularFile(quarkusApp.resolve(APPCDS_ARCHIVE))) {
            return List.of("-XX:SharedArchiveFile=" + APPCDS_ARCHIVE);
        }
        return List.of();
    }

    /** The operating system's id of the process (to read its memory from {@code /proc}). */
    public long pid() {
        return process.pid();
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** True once {@code /q/health/ready} answers 200. */
    public boolean isReady() {
        if (!mayBeListening()) {
            return false;
        }
        try {
            HttpResponse<Void> response = HTTP.send(
                    HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * False when Linux's socket tables show nothing listening on the port yet. Asking before the
     * service listens is not only useless: the ports of a stack on free ports lie in the
     * ephemeral range, and a connection to a port nobody listens on can be given that very port
     * as its own and connect to itself, which then keeps the service from binding it. Elsewhere
     * (no {@code /proc}) it is true and the caller simply asks.
     */
    private boolean mayBeListening() {
        String localPort = String.format(":%04X ", port);
        boolean procFound = false;
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    // sl local_address rem_address st …: state 0A is LISTEN
                    String[] fields = line.trim().split("\\s+");
                    if (fields.length > 3 && (fields[1] + " ").endsWith(localPort) && fields[3].equals("0A")) {
                        return true;
                    }
                }
                procFound = true;
            } catch (IOException e) {
                // no such table on this system
            }
        }
        return !procFound;
    }

    /** Asks the service to stop (SIGTERM, Quarkus shuts down gracefully), and kills it if it does not. */
    public void stop(Duration grace) {
        process.destroy();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Kills the process at once (SIGKILL, as {@code kill -9}): no shutdown hooks, no graceful drain,
     * exactly what a crash or an OOM kill does to a service.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public List<String> lastLogLines(int count) {
        try {
            List<String> lines = Files.readAllLines(log);
            return lines.subList(Math.max(0, lines.size() - count), lines.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }
}
