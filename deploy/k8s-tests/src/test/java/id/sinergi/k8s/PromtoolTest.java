package id.sinergi.k8s;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The alerting rules as Prometheus reads them: {@code promtool check rules} on the rules file and
 * {@code promtool test rules} on its unit tests (two alerts firing on synthetic series, and not
 * before their time or for a healthy service).
 *
 * <p>promtool is taken from the PATH, else from Debian's {@code prometheus} package, downloaded
 * with {@code apt-get download} (after {@code apt-get update} when the package lists lack it) and
 * unpacked with {@code dpkg-deb -x} into {@code target/promtool}: nothing is installed, no daemon
 * runs, and later builds reuse it. Where none of that works, the tests are skipped, saying why;
 * with {@code -Dsinergi.promtool.required=true} they fail instead.
 */
class PromtoolTest {

    private static final Path UNPACKED = Path.of("target", "promtool").toAbsolutePath();
    private static Path promtool;

    @BeforeAll
    static void findPromtool() {
        List<String> tried = new ArrayList<>();
        promtool = onPath().orElseGet(() -> fromDebianPackage(tried));
        if (promtool == null) {
            String reason = "promtool is not available, the alerting rules were NOT checked: " + String.join("; ", tried);
            System.err.println("WARNING: " + reason);
            if (Boolean.getBoolean("sinergi.promtool.required")) {
                throw new AssertionError(reason);
            }
            Assumptions.abort(reason);
        }
    }

    @Test
    void theRulesPassPromtoolCheck() {
        Result result = run(promtool.toString(), "check", "rules", Repository.path(AlertRules.RULES_FILE).toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        long alerts = AlertRules.alerts(AlertRules.parse(Repository.read(AlertRules.RULES_FILE))).size();
        assertThat(result.output()).contains("SUCCESS: " + alerts + " rules found");
    }

    @Test
    void theRuleTestsPass() {
        Result result = run(promtool.toString(), "test", "rules", Repository.path(AlertRules.RULES_TEST_FILE).toString());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS");
    }

    @Test
    void aRuleTestFailsWhenTheAlertDoesNotFireAsExpected() throws IOException {
        // The same tests against rules whose outbox threshold is ten times higher: the page must not come.
        Path scratch = Files.createTempDirectory(Path.of("target"), "rules");
        Files.writeString(scratch.resolve("prometheus-alerts.yaml"), Repository.read(AlertRules.RULES_FILE)
                .replace("(sinergi_outbox_oldest_age_seconds) > 300", "(sinergi_outbox_oldest_age_seconds) > 3000"));
        Files.writeString(scratch.resolve("prometheus-alerts.test.yaml"), Repository.read(AlertRules.RULES_TEST_FILE));
        Result result = run(promtool.toString(), "test", "rules", scratch.resolve("prometheus-alerts.test.yaml").toString());
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("FAILED", "alertname: SinergiOutboxStuck, time: 12m");
    }

    private static java.util.Optional<Path> onPath() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty()).map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable).findFirst();
    }

    /** Debian's prometheus package, unpacked (not installed) under target/promtool. */
    private static Path fromDebianPackage(List<String> tried) {
        Path binary = UNPACKED.resolve("usr/bin/promtool");
        if (Files.isExecutable(binary)) {
            return binary;
        }
        tried.add("no promtool on the PATH");
        if (onPathAll("apt-get", "dpkg-deb")) {
            try {
                Files.createDirectories(UNPACKED);
                Result download = runIn(UNPACKED, "apt-get", "download", "prometheus");
                if (download.exitCode() != 0) {
                    // A fresh machine may have no package lists yet.
                    Result update = run("apt-get", "update");
                    tried.add("apt-get update: exit " + update.exitCode());
                    download = runIn(UNPACKED, "apt-get", "download", "prometheus");
                }
                if (download.exitCode() != 0) {
                    tried.add("apt-get download prometheus failed: " + download.output().strip());
                    return null;
                }
                try (Stream<Path> files = Files.list(UNPACKED)) {
                    Path deb = files.filter(file -> file.getFileName().toString().endsWith(".deb")).findFirst().orElseThrow();
                    Result unpack = run("dpkg-deb", "-x", deb.toString(), UNPACKED.toString());
                    Files.delete(deb);
                    // Only promtool is wanted: no Prometheus server is kept, let alone started.
                    Files.deleteIfExists(UNPACKED.resolve("usr/bin/prometheus"));
                    if (unpack.exitCode() != 0 || !Files.isExecutable(binary)) {
                        tried.add("dpkg-deb -x of " + deb.getFileName() + " gave no usr/bin/promtool: " + unpack.output().strip());
                        return null;
                    }
                }
                return binary;
            } catch (IOException e) {
                tried.add("fetching Debian's prometheus package: " + e.getMessage());
                return null;
            }
        }
        tried.add("no apt-get and dpkg-deb to fetch Debian's prometheus package (install promtool on the PATH)");
        return null;
    }

    private static boolean onPathAll(String... programs) {
        return Stream.of(programs).allMatch(program -> Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program))));
    }

    record Result(int exitCode, String output) {
    }

    private static Result run(String... command) {
        return runIn(null, command);
    }

    private static Result runIn(Path directory, String... command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return new Result(-1, String.join(" ", command) + " took over five minutes");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }
}
