package id.sinergi.bench.performance;

import id.sinergi.bench.RegionBench;

import java.net.URI;
import java.sql.Connection;
import java.util.List;

/**
 * Issue 22's region ({@link RegionBench}): scoped and regional search and the Kanwil's monthly report
 * over {@code 15x20000} stays by default. It needs a register of its own (its stays take the seeded ids
 * the scale section's million takes), so it runs only when asked: {@code --only region}.
 */
final class RegionSection implements Section {

    static final String NAME = "region";
    private static final int REQUESTS = 300;
    private static final int WARMUP = 100;

    private final RegionBench.Size size;

    RegionSection(RegionBench.Size size) {
        this.size = size;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String run(BenchRun run) throws Exception {
        int requests = run.quick() ? 50 : REQUESTS;
        int warmup = run.quick() ? 20 : WARMUP;
        try (Connection inmate = run.database("inmate"); Connection liaison = run.database("liaison")) {
            RegionBench bench = new RegionBench(inmate, liaison, URI.create(run.url("inmate-service")),
                    URI.create(run.url("liaison-service")), run.progress());
            RegionBench.Result result = bench.run(size, requests, warmup, List.of(1, 4));
            return RegionBench.markdown(result, requests, warmup);
        }
    }
}
