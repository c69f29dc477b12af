package id.sinergi.bench.performance;

import id.sinergi.local.Stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the CPU goes under the write load: every service records with JFR (its {@code profile}
 * settings with {@code method-profiling=max}: an execution sample of each running Java thread every
 * millisecond) while admissions go through the gateway on 16 connections, then each recording
 * becomes a flame graph beside the report, and the report lists each service's hottest methods. Started and stopped with
 * {@code jcmd}, so the services run without the recorder in every other section.
 */
final class ProfilesSection implements Section {

    static final int SECONDS = 30;
    private static final int CONNECTIONS = 16;
    private static final int HOTTEST = 8;

    @Override
    public String name() {
        return "profiles";
    }

    @Override
    public String run(BenchRun run) throws Exception {
        Path work = run.stack().settings().dataDirectory().resolve("profiles");
        Files.createDirectories(work);
        Path admissions = Wrk.script(work, "admissions.lua", Admissions.wrkScript(run.registrarTokens()));
        run.say("warming up: admissions for 15 s");
        Wrk.run(run.url("gateway") + "/api/v1/inmates", CONNECTIONS, run.seconds(15), run.token("lapas-registrar"),
                admissions, work);
        for (Stack.Service service : Stack.SERVICES) {
            Tools.jcmd(run.stack().service(service.name()).pid(), "JFR.start", "name=bench", "settings=profile", "method-profiling=max");
        }
        run.say("recording while admissions run for " + run.seconds(SECONDS) + " s");
        Wrk.Result load = Wrk.run(run.url("gateway") + "/api/v1/inmates", CONNECTIONS, run.seconds(SECONDS),
                run.token("lapas-registrar"), admissions, work);

        StringBuilder md = new StringBuilder("## Profiles under the write load\n\n");
        md.append(String.format("JFR execution samples (settings `profile` with `method-profiling=max`: every running Java thread every 1 ms) of every "
                + "service while admissions ran through the gateway on %d connections for %d s (%.0f admissions/s), "
                + "after 15 s of the same load. Each flame graph has the thread's first frame at the bottom and, above "
                + "each frame, what it called, as wide as its share of the samples (hover for names; frames under 0.5 %% "
                + "left out); Sinergi's own code is blue, the JDK's yellow, libraries orange. Samples count Java code "
                + "only: time in the JVM's compilers and garbage collector is not in them.%n%n",
                CONNECTIONS, run.seconds(SECONDS), load.requestsPerSecond()));
        for (Stack.Service service : Stack.SERVICES) {
            Path recording = work.resolve(service.name() + ".jfr");
            long pid = run.stack().service(service.name()).pid();
            Tools.jcmd(pid, "JFR.dump", "name=bench", "filename=" + recording);
            Tools.jcmd(pid, "JFR.stop", "name=bench");
            FlameGraph graph = FlameGraph.of(recording);
            Path svg = run.artefact("flame-" + service.name() + ".svg");
            graph.write(svg, service.name() + " under the write load (" + Machine.jvm() + ")");
            md.append("### ").append(service.name()).append("\n\n![").append(service.name()).append(" flame graph](")
                    .append(svg.getFileName()).append(")\n\n");
            md.append(String.format("%d samples. Hottest methods (share of samples on top of the stack):%n%n",
                    graph.samples()));
            md.append("| share | method |\n|---:|---|\n");
            for (Map.Entry<String, Double> method : graph.hottest(HOTTEST)) {
                md.append(String.format("| %.1f %% | `%s` |%n", method.getValue() * 100, method.getKey()));
            }
            md.append("\n");
        }
        return md.toString();
    }
}
