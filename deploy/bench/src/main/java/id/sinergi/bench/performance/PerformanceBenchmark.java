package id.sinergi.bench.performance;

import id.sinergi.bench.RegionBench;
import id.sinergi.local.Stack;
import id.sinergi.local.StackSettings;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The performance report: starts a fresh stack of its own (embedded PostgreSQL and Kafka, the
 * four service JVMs with the same options as {@code ./sinergi up}, on free ports), runs every
 * section against it in an order where each measures what the earlier ones left behind, and writes
 * {@code deploy/bench/results/performance-<date>.md} with its charts beside it.
 *
 * <p>Usage: {@code deploy/bench/performance [--only a,b] [--out DIR] [--name NAME] [--quick] [--warm-up 300] [--region 15x20000]}; the region
 * section runs only when named in {@code --only}; {@code --quick} is a smoke run
 * (one short round per cell) whose figures are not worth reporting. The footprint section runs
 * last because it reports memory after the load of the others and then restarts every service.
 */
public final class PerformanceBenchmark {

    private static final PrintStream OUT = System.out;
    private static final String USAGE = "deploy/bench/performance [--only %s] [--out DIR] [--name NAME (of the report: default performance-<date>)] [--quick] [--warm-up SECONDS (of the write path: default 15)] [--region FACILITIESxSTAYS "
            + "(the region section: default 15x20000)]";

    private PerformanceBenchmark() {
    }

    private static final RegionBench.Size REGION = new RegionBench.Size(15, 20_000);

    /** The sections of a whole report, in the order they run. */
    static List<Section> sections() {
        return List.of(new WritePathSection(), new PropagationSection(), new RelaySection(), new OverloadSection(),
                new ProfilesSection(), new ScaleSection(), new ReadPathSection(), new GatewaySection(),
                new FootprintSection(), new ScaleOutSection());
    }

    /** Every section, also those that run only when asked for by name. */
    static List<Section> sections(RegionBench.Size region) {
        List<Section> all = new ArrayList<>(sections());
        all.add(new RegionSection(region));
        return all;
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("sinergi.home", ".")).toAbsolutePath().normalize();
        Path out = home.resolve("deploy/bench/results");
        Set<String> only = new LinkedHashSet<>();
        boolean quick = false;
        int warmUp = 15;
        RegionBench.Size region = REGION;
        String name = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--only" -> only.addAll(Arrays.asList(value(args, ++i).split(",")));
                case "--out" -> out = Path.of(value(args, ++i)).toAbsolutePath();
                case "--name" -> name = value(args, ++i);
                case "--quick" -> quick = true;
                case "--warm-up" -> warmUp = positive(value(args, ++i));
                case "--region" -> region = region(value(args, ++i));
                case "--help", "-h" -> {
                    OUT.println(USAGE.formatted(String.join(",", names())));
                    return;
                }
                default -> usage("unknown option " + args[i]);
            }
        }
        List<Section> chosen = only.isEmpty() ? sections()
                : sections(region).stream().filter(s -> only.contains(s.name())).toList();
        if (!only.isEmpty() && chosen.size() != only.size()) {
            usage("sections are " + String.join(", ", names()) + "; asked for " + String.join(", ", only));
        }
        // A second run on the same day names itself, or it would overwrite the first one's report and charts.
        String reportName = name != null ? name : (quick ? "performance-quick-" : "performance-") + LocalDate.now();
        Files.createDirectories(out);

        Path data = home.resolve("deploy/bench/target/performance-stack");
        deleteRecursively(data);
        StackSettings settings = StackSettings.onFreePorts(home, data, Map.of(
                // The benchmark is one client sending thousands of requests a second.
                "SINERGI_RATE_LIMIT_PER_SECOND", "1000000", "SINERGI_RATE_LIMIT_BURST", "1000000",
                // The scale section runs the notice job itself, when the register is seeded.
                "SINERGI_INMATE_NOTICES_CRON", "off"));
        OUT.println("Starting a fresh stack on free ports (" + data + ")");
        long began = System.nanoTime();
        try (Stack stack = new Stack(settings, Stack.Progress.printedTo(OUT, "  ", "  "))) {
            stack.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close));
            BenchRun run = new BenchRun(stack, out, reportName, OUT, quick, warmUp);
            List<String> parts = new ArrayList<>();
            for (Section section : chosen) {
                OUT.println("== " + section.name());
                long started = System.nanoTime();
                String markdown;
                try {
                    markdown = section.run(run);
                } catch (Exception e) {
                    // One section failing must not throw away the figures the others measured.
                    e.printStackTrace(OUT);
                    markdown = "## " + section.name() + "\n\n**Failed**: " + e + "\n";
                }
                OUT.printf("== %s done in %.0f s%n", section.name(), (System.nanoTime() - started) / 1e9);
                parts.add(markdown);
            }
            Path report = out.resolve(reportName + ".md");
            Files.writeString(report, header(run, began) + String.join("\n", parts));
            OUT.println();
            OUT.println(Files.readString(report));
            OUT.println("Written to " + report);
        }
    }

    private static String header(BenchRun run, long beganNanos) {
        StringBuilder md = new StringBuilder("# Sinergi performance report\n\n");
        md.append(Machine.describe()).append("\n\n");
        md.append(String.format("Written by `deploy/bench/performance` at %s; the whole run took %.1f min on a fresh stack "
                        + "(embedded PostgreSQL 15 and Kafka, the four services as packaged jars with `%s`; the gateway with `%s`).%n%n",
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT.withZone(ZoneOffset.UTC)),
                (System.nanoTime() - beganNanos) / 60e9, String.join(" ", run.stack().settings().jvmOptions()),
                String.join(" ", run.stack().settings().jvmOptionsFor("gateway"))));
        if (!run.targets().isEmpty()) {
            md.append("## Targets\n\n| what | target | measured | met |\n|---|---|---|---|\n");
            for (BenchRun.Target target : run.targets()) {
                md.append("| ").append(target.what()).append(" | ").append(target.goal()).append(" | ")
                        .append(target.measured()).append(" | ").append(target.met() ? "yes" : "**no**").append(" |\n");
            }
            md.append('\n');
        }
        return md.toString();
    }

    private static List<String> names() {
        return sections(REGION).stream().map(Section::name).toList();
    }

    private static RegionBench.Size region(String text) {
        try {
            return RegionBench.Size.parse(text);
        } catch (IllegalArgumentException e) {
            usage(e.getMessage());
            throw e;
        }
    }

    private static int positive(String text) {
        try {
            int value = Integer.parseInt(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        usage("--warm-up takes a number of seconds above 0, not '" + text + "'");
        return 0;
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: " + USAGE.formatted(String.join(",", names())));
        System.exit(2);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
