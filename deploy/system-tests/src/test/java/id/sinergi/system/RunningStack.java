package id.sinergi.system;

import id.sinergi.local.Stack;
import id.sinergi.local.StackSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One whole stack on free ports for all system tests of a JVM, stopped when the JVM ends. */
final class RunningStack {

    /** How often inmate-service's notices job runs in the test stack. */
    static final String NOTICES_CRON = "0/2 * * * * ?";

    private static Stack stack;

    private RunningStack() {
    }

    static synchronized Stack get() {
        if (stack == null) {
            Path home = Path.of(System.getProperty("sinergi.home", "../..")).toAbsolutePath().normalize();
            try {
                Path data = Files.createTempDirectory("sinergi-system-test");
                // The tests drive the pipeline at rates one client would never be allowed: lift the
                // gateway's per-client limit (its own tests cover it). The daily notices job runs
                // every two seconds instead, so a release that becomes due is noticed at once. An escape
                // notice is due at once and the escalation job looks every two seconds, so an
                // unacknowledged escape escalates within the test's patience. Webhook retries back off
                // in seconds, not minutes, so a subscriber's outage ends within the test. Every process
                // writes the HTTP access log ops may switch on, with the pattern the configuration
                // gives it, so that PersonalDataInLogsIT reads that too.
                StackSettings settings = StackSettings.onFreePorts(home, data, Map.of(
                        "SINERGI_RATE_LIMIT_PER_SECOND", "100000", "SINERGI_RATE_LIMIT_BURST", "100000",
                        "SINERGI_INMATE_NOTICES_CRON", NOTICES_CRON, "SINERGI_LIAISON_ESCAPE_ACK_MINUTES", "0",
                        "SINERGI_LIAISON_ESCALATION_INTERVAL", "2s", "SINERGI_LIAISON_WEBHOOKS_BACKOFF", "PT1S,PT2S,PT5S",
                        "QUARKUS_HTTP_ACCESS_LOG_ENABLED", "true"));
                Stack started = new Stack(settings, Stack.Progress.printedTo(System.out, "[stack] ", "[stack] "));
                started.start();
                Runtime.getRuntime().addShutdownHook(new Thread(started::close));
                stack = started;
            } catch (IOException | Stack.StackException e) {
                throw new IllegalStateException("cannot start the stack: " + e.getMessage(), e);
            }
        }
        return stack;
    }
}
