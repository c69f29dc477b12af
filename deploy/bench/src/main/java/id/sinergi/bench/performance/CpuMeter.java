package id.sinergi.bench.performance;

import id.sinergi.local.Stack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time used by each part of the stack, from {@code /proc}: each service's JVM, PostgreSQL (the
 * postmaster and every backend), and Kafka (the embedded broker runs inside this benchmark's JVM,
 * which does nothing else while wrk loads the stack). Differences between two readings say what a
 * run cost each part, which is what a capacity estimate needs.
 */
final class CpuMeter {

    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    private final Stack stack;

    CpuMeter(Stack stack) {
        this.stack = stack;
    }

    /** CPU seconds used so far by each part. */
    Map<String, Double> read() throws IOException {
        Map<String, Double> seconds = new LinkedHashMap<>();
        for (Stack.Service service : Stack.SERVICES) {
            seconds.put(service.name(), cpuSeconds(servicePid(stack.settings().port(service.name()))));
        }
        long postmaster = Long.parseLong(Files.readAllLines(stack.settings().dataDirectory()
                .resolve("postgres").resolve("postmaster.pid")).get(0).trim());
        double postgres = cpuSeconds(postmaster);
        for (long child : children(postmaster)) {
            postgres += cpuSeconds(child);
        }
        seconds.put("postgresql", postgres);
        seconds.put("kafka", cpuSeconds(ProcessHandle.current().pid()));
        return seconds;
    }

    private static long servicePid(int port) throws IOException {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmdline = Files.readString(process.resolve("cmdline"), StandardCharsets.ISO_8859_1);
                    if (cmdline.contains("quarkus-run.jar") && Files.readString(process.resolve("environ"),
                            StandardCharsets.ISO_8859_1).contains("\0QUARKUS_HTTP_PORT=" + port + "\0")) {
                        return Long.parseLong(process.getFileName().toString());
                    }
                } catch (IOException gone) {
                    // the process ended while the list was read
                }
            }
        }
        throw new IOException("no service process listens on port " + port);
    }

    /**
     * Waits until the stack is idle (under a fifth of a core over 2 s: consumers done with the
     * backlog an earlier load left, jobs finished), at most {@code longest}; returns how long it took.
     */
    java.time.Duration awaitQuiet(java.time.Duration longest) throws IOException, InterruptedException {
        long began = System.nanoTime();
        double before = total(read());
        while (System.nanoTime() - began < longest.toNanos()) {
            Thread.sleep(2000);
            double now = total(read());
            if ((now - before) / 2.0 < 0.2) {
                break;
            }
            before = now;
        }
        return java.time.Duration.ofNanos(System.nanoTime() - began);
    }

    private static double total(Map<String, Double> seconds) {
        return seconds.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The processes whose parent is {@code parent} (PostgreSQL's backends under its postmaster). */
    static List<Long> children(long parent) throws IOException {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                String[] stat = stat(process);
                if (stat != null && Long.parseLong(stat[1]) == parent) {
                    children.add(Long.parseLong(process.getFileName().toString()));
                }
            }
        }
        return children;
    }

    private static double cpuSeconds(long pid) {
        String[] stat = stat(Path.of("/proc", String.valueOf(pid)));
        // After the command name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
        return stat == null ? 0 : (Long.parseLong(stat[11]) + Long.parseLong(stat[12])) / TICKS_PER_SECOND;
    }

    /** The fields of /proc/PID/stat after the command name (which may hold spaces), or null when the process is gone. */
    private static String[] stat(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        } catch (IOException | RuntimeException gone) {
            return null;
        }
    }
}
