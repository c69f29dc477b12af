package id.sinergi.bench;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The Markdown report: where and what was measured, the latency table, and the verdict per kind. */
public final class BenchReport {

    public static final double P95_TARGET_MILLIS = 50.0;

    private BenchReport() {
    }

    record Environment(LocalDateTime at, int cores, String javaVersion, String os, String postgresVersion,
                       long rows, long people, String tableSize, String target, int requests, int warmup) {
    }

    /** The latency table: one row per kind and client count. */
    public static String table(List<SearchRunner.Result> results) {
        StringBuilder md = new StringBuilder();
        md.append("| kind | clients | p50 ms | p95 ms | p99 ms | max ms | req/s | found | median total | p95 < ")
                .append((int) P95_TARGET_MILLIS).append(" ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (SearchRunner.Result r : results) {
            md.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f | %.0f%% | %,d | %s |%n",
                    r.kind().label, r.clients(), r.p50(), r.p95(), r.p99(), r.max(), r.perSecond(),
                    100 * r.foundShare(), r.medianTotal(), r.meetsTarget(P95_TARGET_MILLIS) ? "yes" : "**NO**"));
        }
        return md.toString();
    }

    /** Whether every row met the p95 target, in one sentence. */
    public static String verdict(List<SearchRunner.Result> results) {
        long missed = results.stream().filter(r -> !r.meetsTarget(P95_TARGET_MILLIS)).count();
        return missed == 0
                ? "Target met: p95 under " + (int) P95_TARGET_MILLIS + " ms for every kind and client count."
                : "Target missed for " + missed + " of " + results.size() + " kind/client combinations (marked **NO**).";
    }

    /** @param note said first, e.g. that the run was interrupted; null for none */
    static String markdown(Environment environment, List<SearchRunner.Result> results, int errorCount,
                           List<String> errors, String note) {
        StringBuilder md = new StringBuilder();
        md.append("# inmate-service search benchmark — ")
                .append(environment.at().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))).append("\n\n");
        if (note != null) {
            md.append("**").append(note).append("**\n\n");
        }
        md.append("- Machine: ").append(environment.cores()).append(" cores (as the benchmark JVM sees them), ")
                .append(environment.os()).append('\n');
        md.append("- Java: ").append(environment.javaVersion()).append(" (benchmark client)\n");
        md.append("- Database: ").append(environment.postgresVersion()).append(", ")
                .append(String.format(Locale.ROOT, "%,d stays (`inmate`) of %,d people (`people`)", environment.rows(),
                        environment.people())).append(", ").append(environment.tableSize()).append(" with indexes\n");
        md.append("- Target: `GET ").append(environment.target()).append("?…&size=").append(SearchQueries.PAGE_SIZE)
                .append("`, bearer token of a `lapas-registrar`\n");
        md.append("- ").append(environment.warmup()).append(" warm-up requests (not measured), then ")
                .append(environment.requests()).append(" requests per kind and client count; clients send their next ")
                .append("request when the previous answer is in. Latency: request sent to body read.\n\n");

        md.append(table(results)).append('\n');
        md.append(verdict(results)).append("\n\n");

        md.append("Kinds:\n\n");
        for (QueryKind kind : QueryKind.values()) {
            md.append("- **").append(kind.label).append("**: ").append(kind.description).append('\n');
        }
        md.append("\n*found*: answers with at least one WBP; *median total*: the median of the answers' `total` "
                + "(how many rows the query matched, which the service counts on every search).\n");
        if (errorCount > 0) {
            md.append("\n**").append(errorCount).append(" requests failed** (not 200). First ones:\n\n");
            errors.forEach(e -> md.append("- `").append(e.replace("`", "'")).append("`\n"));
        }
        return md.toString();
    }
}
