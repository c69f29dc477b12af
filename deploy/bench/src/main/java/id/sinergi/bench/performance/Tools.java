package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The load generators the benchmark drives: wrk and pgbench, from Debian's packages. */
final class Tools {

    private Tools() {
    }

    /** Runs a diagnostic command in a service's JVM with the JDK's {@code jcmd} (the services run on this JDK). */
    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), Long.toString(pid)));
        line.addAll(List.of(command));
        return run(line, Path.of("."));
    }

    /** Runs a command, returns what it printed; fails with its output when it exits non-zero. */
    static String run(List<String> command, Path directory) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IOException(command.get(0) + " did not finish");
        }
        String text = new String(output, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ":\n" + text);
        }
        return text;
    }

    /** pgbench from the PATH or from Debian's PostgreSQL directory (the deploy/bench/performance script installs it). */
    static String pgbench() {
        if (onPath("pgbench")) {
            return "pgbench";
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin/pgbench")).filter(Files::isExecutable)
                    .max(java.util.Comparator.naturalOrder()).map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException("pgbench is missing (Debian package postgresql-15)"));
        } catch (IOException e) {
            throw new IllegalStateException("pgbench is missing (Debian package postgresql-15)", e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(":")) {
            if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }

    static double millis(String wrkDuration) {
        // wrk prints 812.00us, 1.23ms, 1.02s, 1.50m
        String value = wrkDuration.trim();
        if (value.endsWith("us")) {
            return Double.parseDouble(value.substring(0, value.length() - 2)) / 1000;
        } else if (value.endsWith("ms")) {
            return Double.parseDouble(value.substring(0, value.length() - 2));
        } else if (value.endsWith("m")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 60_000;
        } else if (value.endsWith("s")) {
            return Double.parseDouble(value.substring(0, value.length() - 1)) * 1000;
        }
        throw new IllegalArgumentException("not a wrk duration: " + wrkDuration);
    }
}
