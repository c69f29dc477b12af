package id.sinergi.bench.performance;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Scale-out on paper: from this run's figures, what a national deployment (about 270,000 WBP in
 * over 500 facilities, 2,000 writes per second at peak) would need, and what limits it first.
 * Measures nothing itself; it reads what the write path measured.
 */
final class ScaleOutSection implements Section {

    static final double PEAK_WRITES_PER_SECOND = 2_000;
    static final int NATIONAL_WBP = 270_000;
    static final int FACILITIES = 500;
    /** Plan for pods kept at 60 % CPU, so a replica's loss or a burst does not saturate the rest. */
    static final double UTILISATION = 0.6;
    /** A pod's CPU limit in deploy/k8s (one core per service replica). */
    static final double CORES_PER_REPLICA = 1.0;

    @Override
    public String name() {
        return "scale-out";
    }

    @Override
    public String run(BenchRun run) {
        OptionalDouble total = run.figure("cpu.admission.total");
        if (total.isEmpty()) {
            return "## Scale-out on paper\n\nNeeds the write-path section's figures; run it in the same report.\n";
        }
        StringBuilder md = new StringBuilder("## Scale-out on paper: a national deployment\n\n");
        md.append(String.format("""
                The load: %,d WBP in over %d facilities, **%,.0f writes per second at peak**. Every write is counted \
                as an admission, the heaviest common write (register number, name words, timeline, audit, outbox, \
                two consumers), so the estimate errs on the safe side. CPU per admission comes from the write \
                path above; pods are planned at %.0f %% CPU, %.0f core each.

                | part | CPU ms per write (measured) | cores at %,.0f writes/s | replicas |
                |---|---:|---:|---:|
                """, NATIONAL_WBP, FACILITIES, PEAK_WRITES_PER_SECOND, UTILISATION * 100, CORES_PER_REPLICA,
                PEAK_WRITES_PER_SECOND));
        String busiest = null;
        double busiestCores = 0;
        for (String part : List.of("gateway", "inmate-service", "program-service", "liaison-service", "postgresql", "kafka")) {
            double millis = run.figure("cpu.admission." + part).orElse(0);
            double cores = PEAK_WRITES_PER_SECOND * millis / 1000 / UTILISATION;
            boolean scalesOut = !part.equals("postgresql") && !part.equals("kafka");
            md.append(String.format("| %s | %.2f | %.1f | %s |%n", part, millis, cores,
                    scalesOut ? String.valueOf((int) Math.max(2, Math.ceil(cores / CORES_PER_REPLICA))) : "see below"));
            if (cores > busiestCores) {
                busiestCores = cores;
                busiest = part;
            }
        }
        // At full speed (the relay section) where it ran; else the busiest second of the write path,
        // which only shows what the admissions asked of them.
        boolean fullSpeed = run.figure("relay.eventsPerSecond").isPresent();
        double program = run.figure("consumer.program.fullSpeed").orElse(run.figure("consumer.program.peak").orElse(0));
        double liaison = run.figure("consumer.liaison.fullSpeed").orElse(run.figure("consumer.liaison.peak").orElse(0));
        double slowestConsumer = Math.min(program, liaison);
        int partitions = (int) Math.max(6, Math.ceil(PEAK_WRITES_PER_SECOND / (slowestConsumer * UTILISATION)));
        double relay = run.figure("relay.eventsPerSecond").orElse(run.figure("relay.peak").orElse(0));
        String measured = fullSpeed ? "at full speed (relay section)"
                : "in the write path's busiest second (the relay section measures their capacity)";
        double pgbench = run.figure("write.pgbench.64").orElse(0);
        md.append(String.format("""

                - **Partitions**: one consumer replica applied %.0f events/s (program-service) and %.0f/s \
                (liaison-service) on this machine %s, a poll's events in one transaction. A partition is read by one replica at a \
                time, so `inmate.events.v1` needs at least %,.0f / (%.0f × %.0f %%) ≈ **%d partitions** (prod has 6; \
                partitions cannot be reduced later, so take %d or more), and program- and liaison-service at most that \
                many replicas each. The other topics carry a fraction of the load.
                - **Outbox relay**: one replica per service publishes, in lanes by aggregate id (each lane holds an \
                advisory lock, which keeps an aggregate's events in order). It published %.0f events/s here %s. %s
                - **PostgreSQL**: all three databases together used %.2f ms of CPU per admission here (the \
                admission with its triggers, both consumers' transactions, the relay), about %.0f cores at the peak \
                at %.0f %%; pgbench's bare admission-and-outbox transaction reached %,.0f/s on this machine, so the \
                service's own SQL, not commit throughput, is what costs. inmate-service's database takes every \
                write and is the one to size first (a primary with that many cores and fast fsync, read replicas for \
                search and reads); program- and liaison-service's take one transaction per poll of events each.
                - **Kafka**: %,.0f events/s of about 1 KB is far below one broker's measured 167,000 records/s; three \
                brokers (replication 3, min ISR 2, as in the prod overlay) are for durability, not throughput.
                - **Register numbers** are gap-free per facility, register class and year: the counter row is \
                locked from the number's allocation to the admission's commit, so only admissions of one facility, \
                class and year take turns, which a Lapas admitting a few WBP a day never feels.

                **What limits first**: %s, at about %.0f cores for the peak; then the single outbox relay per \
                service (%s) and the inmate database's primary. Search is not a concern: the register would hold \
                %,d WBP, a quarter of the million searched in the scale section.
                """, program, liaison, measured, PEAK_WRITES_PER_SECOND, slowestConsumer, UTILISATION * 100, partitions,
                Math.max(partitions, 12), relay, measured,
                relay >= PEAK_WRITES_PER_SECOND / UTILISATION
                        ? "That covers the peak with room to spare."
                        : String.format("At %,.0f writes/s that is the first single-replica limit: more lanes "
                        + "(`SINERGI_OUTBOX_LANES`) share it.", PEAK_WRITES_PER_SECOND),
                run.figure("cpu.admission.postgresql").orElse(0),
                PEAK_WRITES_PER_SECOND * run.figure("cpu.admission.postgresql").orElse(0) / 1000 / UTILISATION,
                UTILISATION * 100, pgbench,
                PEAK_WRITES_PER_SECOND, busiest, busiestCores,
                relay >= PEAK_WRITES_PER_SECOND / UTILISATION ? "not a limit at this peak" : "below the peak",
                NATIONAL_WBP));
        return md.toString();
    }
}
