package id.sinergi.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ./sinergi up | down | status | token}: runs the whole system on this machine.
 */
public final class Launcher {

    private static final PrintStream OUT = System.out;

    /** Held for the life of {@code up}: a second stack on the same data directory cannot start. */
    private static FileLock stackLock;

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(System.getProperty("sinergi.home", ".")).toAbsolutePath().normalize();
        String command = args.length == 0 ? "up" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        int exit = switch (command) {
            case "up" -> up(StackSettings.fromEnvironment(home, System.getenv()), rest);
            case "down" -> down(StackSettings.fromEnvironment(home, System.getenv()));
            case "status" -> status(StackSettings.fromEnvironment(home, System.getenv()));
            case "token" -> token(rest);
            default -> usage();
        };
        System.exit(exit);
    }

    private static int usage() {
        OUT.println("""
                usage: ./sinergi up          start PostgreSQL, Kafka, the services and the gateway (Ctrl-C stops)
                       ./sinergi up --seed-region [N]
                                             the same, then seed the region: N synthetic WBP (default 50) in
                                             every facility of the directory and a programme in each
                       ./sinergi down        stop a stack started by ./sinergi up
                       ./sinergi status      say whether the stack runs and which parts are ready
                       ./sinergi token ROLE [--sub NAME] [--agency LAPAS|POLRES|KANWIL] [--unit CODE] [--hours N]
                                             print a DEVELOPMENT token for ROLE (lapas-registrar,
                                             lapas-program-officer, lapas-security, lapas-liaison,
                                             lapas-head, polres-officer, polres-head, auditor,
                                             kanwil-officer, sinergi-admin)""");
        return 2;
    }

    /** How many synthetic WBP {@code --seed-region} puts in each facility when no number follows it. */
    static final int DEFAULT_SEED_PEOPLE = 50;

    /** {@code --seed-region [N]}: the number of WBP per facility to seed, empty without the flag; null on bad arguments. */
    static Optional<Integer> seedRequest(String[] args) {
        if (args.length == 0) {
            return Optional.empty();
        }
        if (!args[0].equals("--seed-region") || args.length > 2) {
            return null;
        }
        if (args.length == 1) {
            return Optional.of(DEFAULT_SEED_PEOPLE);
        }
        try {
            int people = Integer.parseInt(args[1]);
            return people > 0 && people <= 100_000 ? Optional.of(people) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int up(StackSettings settings, String[] args) throws IOException, InterruptedException {
        Optional<Integer> seed = seedRequest(args);
        if (seed == null) {
            return usage();
        }
        Files.createDirectories(settings.dataDirectory());
        FileChannel lockChannel = FileChannel.open(settings.dataDirectory().resolve("stack.lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        stackLock = lockChannel.tryLock();
        if (stackLock == null) {
            OUT.println("Sinergi is already running from " + settings.dataDirectory()
                    + runningPid(settings).map(pid -> " (pid " + pid + ")").orElse("")
                    + ". Stop it with ./sinergi down (or Ctrl-C in its terminal) before starting it again.");
            return 1;
        }
        Path pidFile = settings.dataDirectory().resolve("stack.pid");
        Files.writeString(pidFile, String.valueOf(ProcessHandle.current().pid()));

        OUT.println("Sinergi local stack — data in " + settings.dataDirectory());
        Stack stack = new Stack(settings, Stack.Progress.printedTo(OUT, "  … ", "  ✓ "));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            OUT.println("Stopping Sinergi…");
            stack.close();
            try {
                Files.deleteIfExists(pidFile);
            } catch (IOException ignored) {
                // the lock, not the pid file, decides whether a stack runs
            }
            OUT.println("Stopped.");
            stopped.countDown();
        }, "sinergi-shutdown"));

        long started = System.nanoTime();
        try {
            stack.start();
        } catch (Stack.StackException e) {
            OUT.println();
            OUT.println("✗ " + e.getMessage());
            OUT.println("Everything that had started was stopped.");
            return 1;
        }
        String gateway = stack.gatewayUrl();
        if (seed.isPresent()) {
            try {
                new RegionSeed(gateway, OUT).seed(seed.get());
            } catch (IOException e) {
                OUT.println("✗ Seeding the region failed: " + e.getMessage() + " (the stack keeps running)");
            }
        }
        OUT.printf("""

                Sinergi is up (%.1f s).
                  Gateway:   %s
                  API docs:  %s/q/swagger-ui
                  Token:     TOKEN=$(./sinergi token lapas-registrar)
                             curl -H "Authorization: Bearer $TOKEN" %s/api/v1/inmates
                  Logs:      %s
                Stop with Ctrl-C or ./sinergi down.
                %n""", Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0,
                gateway, gateway, gateway, settings.dataDirectory().resolve("logs"));
        stopped.await();
        return 0;
    }

    private static int down(StackSettings settings) throws InterruptedException {
        Optional<Long> pid = runningPid(settings);
        Optional<ProcessHandle> process = pid.flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            OUT.println("Sinergi is not running.");
            return 0;
        }
        OUT.println("Stopping Sinergi (pid " + pid.get() + ")…");
        process.get().destroy();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (process.get().isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        if (process.get().isAlive()) {
            OUT.println("It did not stop within 90 s; see " + settings.dataDirectory().resolve("logs"));
            return 1;
        }
        OUT.println("Stopped.");
        return 0;
    }

    private static int status(StackSettings settings) {
        Optional<Long> pid = runningPid(settings).filter(p -> ProcessHandle.of(p).map(ProcessHandle::isAlive).orElse(false));
        if (pid.isEmpty()) {
            OUT.println("Sinergi is not running.");
            return 1;
        }
        OUT.println("Sinergi is running (pid " + pid.get() + ").");
        return 0;
    }

    private static int token(String[] args) {
        if (args.length == 0 || args[0].startsWith("--")) {
            return usage();
        }
        String role = args[0];
        String agency = role.startsWith("polres") ? "POLRES"
                : role.equals("kanwil-officer") || role.equals("sinergi-admin") ? "KANWIL" : "LAPAS";
        String subject = null;
        String unit = null;
        long hours = 8;
        List<String> options = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
        for (int i = 0; i + 1 < options.size(); i += 2) {
            String value = options.get(i + 1);
            switch (options.get(i)) {
                case "--sub" -> subject = value;
                case "--agency" -> agency = value;
                case "--unit" -> unit = value;
                case "--hours" -> hours = Long.parseLong(value);
                default -> {
                    return usage();
                }
            }
        }
        if (unit == null) {
            unit = switch (agency) {
                case "POLRES" -> "POLRES-HSU";
                case "KANWIL" -> "KANWIL-KALSEL";
                default -> "LAPAS-AMUNTAI";
            };
        }
        if (subject == null) {
            subject = "dev-" + role;
        }
        OUT.println(DevTokens.mint(subject, List.of(role), agency, unit, Duration.ofHours(hours)));
        return 0;
    }

    private static Optional<Long> runningPid(StackSettings settings) {
        try {
            return Optional.of(Long.parseLong(Files.readString(
                    settings.dataDirectory().resolve("stack.pid"), StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
