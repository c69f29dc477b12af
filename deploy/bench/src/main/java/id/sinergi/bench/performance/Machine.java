package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** What the figures were measured on: they mean little without the core count and the JVM. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return String.format("Machine: %d cores (%s), %s memory, %s %s; JVM %s.",
                Runtime.getRuntime().availableProcessors(), cpuModel(), memory(),
                System.getProperty("os.name"), System.getProperty("os.version"), jvm());
    }

    /** The JVM the services run on: the launcher starts them with its own. */
    static String jvm() {
        return System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
    }

    private static String cpuModel() {
        return procLine(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
    }

    private static String memory() {
        return procLine(Path.of("/proc/meminfo"), "MemTotal")
                .map(kb -> String.format("%.0f GiB", Long.parseLong(kb.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                .orElse("unknown");
    }

    private static java.util.Optional<String> procLine(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim());
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }
}
