package id.sinergi.bench.performance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One closed-loop load run with wrk: a number of connections, each sending its next request when its answer is in. */
final class Wrk {

    /** What one run measured. {@code failed} counts non-2xx answers and socket errors. */
    record Result(int connections, double requestsPerSecond, double p50Millis, double p99Millis, long requests, long failed) {
    }

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile(
            "Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    private Wrk() {
    }

    /**
     * @param script a Lua script for wrk (how each request is made), or null for a plain GET
     */
    static Result run(String url, int connections, int seconds, String token, Path script, Path workDirectory)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "-t" + Math.min(2, connections), "-c" + connections,
                "-d" + seconds + "s", "--latency", "--timeout", "10s", "-H", "Authorization: Bearer " + token));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        String output = Tools.run(command, workDirectory);
        long failed = find(NON_2XX, output).map(Long::parseLong).orElse(0L);
        Matcher errors = SOCKET_ERRORS.matcher(output);
        if (errors.find()) {
            for (int group = 1; group <= 4; group++) {
                failed += Long.parseLong(errors.group(group));
            }
        }
        return new Result(connections,
                Double.parseDouble(find(RATE, output).orElseThrow(() -> new IOException("wrk printed no rate:\n" + output))),
                latency(output, "50%"), latency(output, "99%"),
                find(TOTAL, output).map(Long::parseLong).orElse(0L), failed);
    }

    /** Writes a Lua script for wrk into the work directory. */
    static Path script(Path workDirectory, String name, String lua) throws IOException {
        Files.createDirectories(workDirectory);
        return Files.writeString(workDirectory.resolve(name), lua);
    }

    private static double latency(String output, String percentile) throws IOException {
        for (String line : output.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 2 && fields[0].equals(percentile)) {
                return Tools.millis(fields[1]);
            }
        }
        throw new IOException("wrk printed no " + percentile + " latency:\n" + output);
    }

    private static java.util.Optional<String> find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? java.util.Optional.of(matcher.group(1)) : java.util.Optional.empty();
    }
}
