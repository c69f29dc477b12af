package id.sinergi.bench.performance;

/**
 * One part of the performance report: it measures against the running stack and returns its part
 * of the report in Markdown (figures, tables, links to the charts it wrote).
 */
public interface Section {

    /** Short name, used by {@code --only} and in progress lines, e.g. {@code write-path}. */
    String name();

    /** Measures and returns this section's Markdown, starting with a {@code ## } heading. */
    String run(BenchRun run) throws Exception;
}
