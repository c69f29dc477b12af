package id.sinergi.bench.performance;

import id.sinergi.local.ServiceProcess;
import id.sinergi.local.Stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Footprint: every service's resident memory after the load the earlier sections made, the whole
 * stack's, then how fast each service is ready again when restarted alone while the rest runs.
 * It runs last because it restarts the services (their memory afterwards is a fresh process's).
 *
 * <p>Targets (issue 23, which tightened issue 11's 2 s and 220 MB): each service ready in under
 * 1 s after a restart and under 200 MB resident after load.
 */
public final class FootprintSection implements Section {

    static final double READY_TARGET_SECONDS = 1.0;
    static final double RSS_TARGET_MB = 200;

    /** Finer than the stack's own 200 ms poll, so the figure is the service's, not the poll's. */
    private static final Duration READY_POLL = Duration.ofMillis(20);
    private static final Pattern QUARKUS_STARTED = Pattern.compile("started in ([0-9.]+)s");

    @Override
    public String name() {
        return "footprint";
    }

    /** What one service measured: memory after the load, then each restart. */
    private record ServiceFootprint(String service, double rssAfterLoadMb, double fileBackedMb, ClassesLoaded classes,
                                    List<Double> readySeconds, List<Double> quarkusStartedSeconds,
                                    double rssAfterRestartMb) {
    }

    /** Classes the JVM has loaded, and how many of them came from the start-up cache (CDS or AOT). */
    private record ClassesLoaded(long loaded, long fromCache) {
    }

    @Override
    public String run(BenchRun run) throws Exception {
        Stack stack = run.stack();
        Map<String, Double> rssAfterLoad = new LinkedHashMap<>();
        Map<String, ClassesLoaded> classes = new LinkedHashMap<>();
        Map<String, Double> fileBacked = new LinkedHashMap<>();
        for (Stack.Service service : Stack.SERVICES) {
            rssAfterLoad.put(service.name(), megabytes(residentKb(stack.service(service.name()).pid())));
            classes.put(service.name(), classesLoaded(stack.service(service.name()).pid()));
            fileBacked.put(service.name(), megabytes(statusField(
                    Path.of("/proc", Long.toString(stack.service(service.name()).pid()), "status"), "RssFile:")));
        }
        StackMemory whole = stackMemory(stack, rssAfterLoad);
        run.say(String.format("resident after load: %s; PostgreSQL %.0f MB", rssAfterLoad, whole.postgresMb()));

        // Restarts are timed on an idle stack: consumers still working off the earlier sections'
        // backlog would take the cores a start needs.
        Duration quiet = new CpuMeter(stack).awaitQuiet(Duration.ofMinutes(10));
        run.say(String.format("the stack was idle after %.0f s", quiet.toNanos() / 1e9));
        List<ServiceFootprint> footprints = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            List<Double> ready = new ArrayList<>();
            List<Double> started = new ArrayList<>();
            for (int round = 0; round < run.rounds(); round++) {
                Duration took = stack.timedRestart(service.name(), READY_POLL);
                ready.add(took.toNanos() / 1e9);
                quarkusStarted(stack.service(service.name())).ifPresent(started::add);
                run.say(String.format("%s ready %.2f s after its start", service.name(), took.toNanos() / 1e9));
            }
            double rssAfterRestart = megabytes(residentKb(stack.service(service.name()).pid()));
            footprints.add(new ServiceFootprint(service.name(), rssAfterLoad.get(service.name()), fileBacked.get(service.name()),
                    classes.get(service.name()), ready, started, rssAfterRestart));
        }
        return markdown(run, footprints, whole);
    }

    private String markdown(BenchRun run, List<ServiceFootprint> footprints, StackMemory whole) {
        StringBuilder md = new StringBuilder("## Footprint\n\n");
        md.append(String.format("Each service restarted alone %d time(s) while the rest of the stack ran, idle (after the "
                + "consumers had worked off the earlier sections' backlog); ready = from the "
                + "process's start to the first 200 from `/q/health/ready`, asked every %d ms (median). \"Quarkus\" is "
                + "the `started in` of its log (from the JVM's start to the HTTP server's). Resident memory is VmRSS "
                + "from `/proc`, read after the earlier sections' load, before the restarts; its file-backed part (RssFile: "
                + "the jars and the start-up cache mapped in) is clean memory the kernel can drop and reread, and that "
                + "processes mapping the same files share.%n%n",
                run.rounds(), READY_POLL.toMillis()));
        md.append("| service | ready (median) | each restart | Quarkus started in | resident after load | "
                + "of it file-backed | classes loaded after load (of them from the start-up cache) | "
                + "resident just after restart | ready < 1 s | resident < 200 MB |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---|---|\n");
        for (ServiceFootprint f : footprints) {
            double ready = median(f.readySeconds());
            boolean readyMet = ready < READY_TARGET_SECONDS;
            boolean rssMet = f.rssAfterLoadMb() < RSS_TARGET_MB;
            OptionalDouble started = f.quarkusStartedSeconds().isEmpty()
                    ? OptionalDouble.empty() : OptionalDouble.of(median(f.quarkusStartedSeconds()));
            md.append(String.format("| %s | %.2f s | %s | %s | %.0f MB | %.0f MB | %,d (%,d) | %.0f MB | %s | %s |%n", f.service(), ready,
                    String.join(", ", f.readySeconds().stream().map(s -> String.format("%.2f", s)).toList()),
                    started.isPresent() ? String.format("%.2f s", started.getAsDouble()) : "not logged",
                    f.rssAfterLoadMb(), f.fileBackedMb(), f.classes().loaded(), f.classes().fromCache(), f.rssAfterRestartMb(), readyMet ? "met" : "**not met**",
                    rssMet ? "met" : "**not met**"));
            run.target(f.service() + " ready after a restart", "< 1 s", String.format("%.2f s", ready), readyMet);
            run.target(f.service() + " resident after load", "< 200 MB", String.format("%.0f MB", f.rssAfterLoadMb()),
                    rssMet);
            run.figure("footprint." + f.service() + ".ready-seconds", ready);
            run.figure("footprint." + f.service() + ".rss-mb", f.rssAfterLoadMb());
        }
        md.append(String.format("%nThe whole stack after load: **%.0f MB** = the four services (%.0f MB) + PostgreSQL "
                + "(%.0f MB, the proportional set size of the postmaster and its backends, so that shared buffers count "
                + "once)", whole.servicesMb() + whole.postgresMb(), whole.servicesMb(), whole.postgresMb()));
        md.append(whole.kafkaInBenchmarkMb() > 0
                ? String.format(". The Kafka broker runs inside this benchmark's JVM (`LocalKafka`), whose %.0f MB also "
                + "hold the load generators, so it is not in the total.%n%n", whole.kafkaInBenchmarkMb())
                : ". Kafka is external and not counted.\n\n");
        md.append("JVM options of every service: `").append(String.join(" ", run.stack().settings().jvmOptions()))
                .append("` (the gateway's: `").append(String.join(" ", run.stack().settings().jvmOptionsFor("gateway")))
                .append("`), with `MALLOC_ARENA_MAX=2` in its environment, on ").append(Machine.jvm())
                .append(", and the start-up cache its build wrote: ").append(startupCaches(run)).append(".\n");
        return md.toString();
    }

    private static String startupCaches(BenchRun run) {
        List<String> caches = new ArrayList<>();
        for (Stack.Service service : Stack.SERVICES) {
            List<String> options = ServiceProcess.startupCacheOptions(
                    run.stack().settings().home().resolve(service.module()).resolve("target/quarkus-app"));
            caches.add(service.name() + " `" + (options.isEmpty() ? "none" : String.join(" ", options)) + "`");
        }
        return String.join(", ", caches);
    }

    /** From the JVM's performance counters, read with {@code jcmd PerfCounter.print}. */
    private static ClassesLoaded classesLoaded(long pid) throws IOException, InterruptedException {
        String counters = Tools.jcmd(pid, "PerfCounter.print");
        // HotSpot counts the classes it loaded from the cache apart from the others.
        long fromCache = counter(counters, "java.cls.sharedLoadedClasses");
        return new ClassesLoaded(counter(counters, "java.cls.loadedClasses") + fromCache, fromCache);
    }

    private static long counter(String counters, String name) {
        Matcher matcher = Pattern.compile("^" + Pattern.quote(name) + "=(\\d+)", Pattern.MULTILINE).matcher(counters);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }

    /** The last {@code started in} of the service's log: the start that was just awaited. */
    private static OptionalDouble quarkusStarted(ServiceProcess service) {
        OptionalDouble last = OptionalDouble.empty();
        for (String line : service.lastLogLines(200)) {
            Matcher matcher = QUARKUS_STARTED.matcher(line);
            if (matcher.find()) {
                last = OptionalDouble.of(Double.parseDouble(matcher.group(1)));
            }
        }
        return last;
    }

    private record StackMemory(double servicesMb, double postgresMb, double kafkaInBenchmarkMb) {
    }

    private static StackMemory stackMemory(Stack stack, Map<String, Double> services) throws IOException {
        double servicesMb = services.values().stream().mapToDouble(Double::doubleValue).sum();
        double postgresMb = 0;
        if (stack.settings().externalPostgresUrl() == null) {
            long postmaster = Long.parseLong(Files.readAllLines(
                    stack.settings().dataDirectory().resolve("postgres/postmaster.pid")).get(0).trim());
            long kb = proportionalKb(postmaster);
            for (long child : CpuMeter.children(postmaster)) {
                try {
                    kb += proportionalKb(child);
                } catch (java.nio.file.NoSuchFileException ended) {
                    // a backend that ended after the list was read holds no memory any more
                }
            }
            postgresMb = megabytes(kb);
        }
        double kafkaMb = stack.kafka() != null ? megabytes(residentKb(ProcessHandle.current().pid())) : 0;
        return new StackMemory(servicesMb, postgresMb, kafkaMb);
    }

    private static long residentKb(long pid) throws IOException {
        return statusField(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
    }

    private static long proportionalKb(long pid) throws IOException {
        return statusField(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
    }

    private static long statusField(Path file, String field) throws IOException {
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith(field)) {
                return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException(file + " has no " + field);
    }

    private static double megabytes(long kb) {
        return kb / 1024.0;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
