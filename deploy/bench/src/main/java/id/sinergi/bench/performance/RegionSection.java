package id.sinergi.bench.performance;

import id.sinergi.bench.RegionBench;

import java.net.URI;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * Issue 22's region ({@link RegionBench}): scoped and regional search and the Kanwil's monthly report
 * over {@code 15x20000} stays by default. It needs a register of its own (its stays take the seeded ids
 * the scale section's million takes), so it runs only when asked: {@code --only region}.
 *
 * <p>The report runs in one transaction, which Quarkus aborts after 60 s by default. To learn how long a
 * report takes that does not finish within that, {@value #LIAISON_TIMEOUT} (e.g. {@code 10m}) restarts
 * liaison-service with that transaction timeout first; the section says so.
 */
final class RegionSection implements Section {

    static final String NAME = "region";
    private static final int REQUESTS = 300;
    private static final int WARMUP = 100;
    static final String LIAISON_TIMEOUT = "BENCH_REGION_LIAISON_TRANSACTION_TIMEOUT";

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
        String timeout = System.getenv(LIAISON_TIMEOUT);
        if (timeout != null && !timeout.isBlank()) {
            run.say("restarting liaison-service with a transaction timeout of " + timeout);
            run.stack().restart("liaison-service", Map.of("QUARKUS_TRANSACTION_MANAGER_DEFAULT_TRANSACTION_TIMEOUT", timeout));
        }
        try (Connection inmate = run.database("inmate"); Connection liaison = run.database("liaison")) {
            RegionBench bench = new RegionBench(inmate, liaison, URI.create(run.url("inmate-service")),
                    URI.create(run.url("liaison-service")), run.progress());
            RegionBench.Result result = bench.run(size, requests, warmup, List.of(1, 4));
            String markdown = RegionBench.markdown(result, requests, warmup);
            return timeout == null || timeout.isBlank() ? markdown : markdown + "liaison-service ran with a transaction timeout of "
                    + timeout + " (`" + LIAISON_TIMEOUT + "`) instead of Quarkus' 60 s.\n";
        }
    }
}
