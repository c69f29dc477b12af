package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The gateway judged against the library it stands on and against nginx (issue 23): runs
 * {@code deploy/bench/proxy} against this run's stack (GET of one WBP directly, through the
 * gateway, through nginx and through Vert.x's HTTP proxy alone) and takes its medians into the
 * summary. Targets: the gateway's CPU per request at most 1.15 × the bare Vert.x proxy's, its
 * throughput at least 0.9 × nginx's, at 16 and 64 connections.
 */
final class GatewaySection implements Section {

    static final double CPU_RATIO_TARGET = 1.15;
    static final double THROUGHPUT_RATIO_TARGET = 0.9;
    private static final String CONNECTIONS = "16 64";

    @Override
    public String name() {
        return "gateway";
    }

    @Override
    public String run(BenchRun run) throws IOException, InterruptedException {
        Path home = run.stack().settings().home();
        Path work = Files.createTempDirectory("sinergi-bench-gateway");
        Path report = work.resolve("proxy.md");
        Path summary = work.resolve("summary.txt");
        ProcessBuilder proxy = new ProcessBuilder("bash", home.resolve("deploy/bench/proxy").toString())
                .directory(home.toFile()).redirectErrorStream(true);
        proxy.environment().putAll(Map.of(
                "GATEWAY_URL", run.url("gateway"), "INMATE_URL", run.url("inmate-service"),
                "TOKEN", run.token("lapas-registrar"), "BENCH_PACKAGED", "1",
                "CONNECTIONS", CONNECTIONS, "REPORT", report.toString(), "SUMMARY", summary.toString(),
                "DURATION", run.seconds(10) + "s", "ROUNDS", String.valueOf(run.rounds()),
                "WARMUP", run.seconds(30) + "s"));
        run.say("deploy/bench/proxy against this stack, " + CONNECTIONS + " connections");
        Process process = proxy.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException("deploy/bench/proxy failed:\n" + output);
        }

        for (String line : Files.readAllLines(summary)) {
            String[] f = line.trim().split("\\s+");
            int connections = Integer.parseInt(f[0]);
            double gateway = Double.parseDouble(f[1]);
            double nginx = Double.parseDouble(f[2]);
            double gatewayCpu = Double.parseDouble(f[4]);
            double vertxCpu = Double.parseDouble(f[5]);
            double cpuRatio = gatewayCpu / vertxCpu;
            double throughputRatio = gateway / nginx;
            run.figure("gateway.cpu-ratio." + connections, cpuRatio);
            run.figure("gateway.throughput-ratio." + connections, throughputRatio);
            run.target("Gateway CPU per request, " + connections + " connections",
                    String.format("≤ %.2f × the bare Vert.x proxy's", CPU_RATIO_TARGET),
                    String.format("%.0f µs against %.0f µs = %.2f ×", gatewayCpu, vertxCpu, cpuRatio),
                    cpuRatio <= CPU_RATIO_TARGET);
            run.target("Gateway throughput, " + connections + " connections",
                    String.format("≥ %.1f × nginx's", THROUGHPUT_RATIO_TARGET),
                    String.format("%.0f/s against %.0f/s = %.2f ×", gateway, nginx, throughputRatio),
                    throughputRatio >= THROUGHPUT_RATIO_TARGET);
        }
        // deploy/bench/proxy's own report without its title, under this section's heading.
        List<String> lines = Files.readAllLines(report);
        Files.delete(report);
        Files.delete(summary);
        Files.delete(work);
        StringBuilder md = new StringBuilder("## Gateway against nginx and Vert.x's HTTP proxy alone\n\n");
        md.append("`deploy/bench/proxy` run against this stack (GET of one WBP with a registrar's token), ")
                .append("after the sections above.\n\n");
        for (String line : lines.subList(1, lines.size())) {
            md.append(line).append('\n');
        }
        return md.append('\n').toString();
    }
}
